/**
 * 预算公开表6 一般公共预算安排基本支出分经济科目表（不含上年结转）: 一般公共预算, 本年, 基本支出.
 * Rows: 合计; per 部门经济 类 a subtotal (level 类), then one row per (部门经济 款, 政府经济 款)
 * pair (level 款, govCode/govName). Rows are keyed by the code pair, so lines that share it
 * merge into one row (docs/domain.md §8: the example prints 公务接待费|公务接待费 twice).
 */
import type { DepartmentBudget, DisclosureRow, DisclosureTable } from '../types';
import { budgetContext, type ResolvedLine, type BudgetContext } from '../context';
import { compareCodes } from '../classification/functional';
import { deptEconClass } from '../classification/econ';
import { all, basic, both, column, current, makeTable, row, source, yearTitle } from './shared';
import { TABLE_TITLES } from './titles';

const UNMAPPED = '（未对照政府经济分类）';

const COLUMNS = [
  column('合计', all),
  column('人员经费', (l) => l.nature === 'PERSONNEL'),
  column('公用经费', (l) => l.nature === 'PUBLIC'),
];

function groupBy(lines: readonly ResolvedLine[], key: (l: ResolvedLine) => string): Map<string, ResolvedLine[]> {
  const groups = new Map<string, ResolvedLine[]>();
  for (const l of lines) {
    const k = key(l);
    const group = groups.get(k);
    if (group) group.push(l);
    else groups.set(k, [l]);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => compareCodes(a, b)));
}

export function deriveTable06(budget: DepartmentBudget, ctx: BudgetContext = budgetContext(budget)): DisclosureTable {
  const lines = ctx.lines.filter(both(current, basic, source('GENERAL_PUBLIC')));
  const rows: DisclosureRow[] = [row('合计', lines, COLUMNS)];
  for (const [classCode, classLines] of groupBy(lines, (l) => deptEconClass(l.line.deptEconCode))) {
    rows.push(row(ctx.deptEconNames.get(classCode) ?? '', classLines, COLUMNS, { code: classCode, level: '类' }));
    const pairs = groupBy(classLines, (l) => `${l.line.deptEconCode}|${l.govEconCode ?? ''}`);
    for (const pairLines of pairs.values()) {
      const first = pairLines[0];
      if (!first) continue;
      const deptCode = first.line.deptEconCode;
      const govCode = first.govEconCode;
      rows.push(
        row(ctx.deptEconNames.get(deptCode) ?? '', pairLines, COLUMNS, {
          code: deptCode,
          level: '款',
          ...(govCode === null ? { govName: UNMAPPED } : { govCode, govName: ctx.govEconNames.get(govCode) ?? '' }),
        }),
      );
    }
  }
  return makeTable(6, yearTitle(budget, TABLE_TITLES[6]), [
    { name: null, columns: COLUMNS.map((c) => c.label), rows },
  ]);
}
