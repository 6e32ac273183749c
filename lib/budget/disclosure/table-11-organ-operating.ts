/**
 * 预算公开表11 机关运行经费预算财政拨款情况统计表. 机关运行经费 (by definition) = the 财政拨款
 * 公用经费 (302 + 310) of the basic spending of 行政单位 and 参公事业单位, 本年. Rows: 部门合计,
 * then every such unit with a non-zero figure, in unit order (the example omits one; we don't).
 */
import type { DepartmentBudget, DisclosureTable, Unit } from '../types';
import { FISCAL_SOURCES } from '../types';
import { budgetContext, compareUnits, type ResolvedLine, type BudgetContext } from '../context';
import { FUNDING_SOURCE_LABELS } from './labels';
import { all, column, makeTable, row, source, yearTitle } from './shared';
import { TABLE_TITLES } from './titles';

export function isOrganUnit(unit: Unit): boolean {
  return unit.type === 'ADMINISTRATIVE' || unit.type === 'CIVIL_SERVICE_INSTITUTION';
}

/** The lines that make up 机关运行经费. */
export function organOperatingLines(lines: readonly ResolvedLine[]): ResolvedLine[] {
  return lines.filter(
    (l) =>
      l.fiscal &&
      !l.line.carryover &&
      l.line.kind === 'BASIC' &&
      l.nature === 'PUBLIC' &&
      l.unit !== null &&
      isOrganUnit(l.unit),
  );
}

export function deriveTable11(budget: DepartmentBudget, ctx: BudgetContext = budgetContext(budget)): DisclosureTable {
  const lines = organOperatingLines(ctx.lines);
  const columns = [column('合计', all), ...FISCAL_SOURCES.map((s) => column(FUNDING_SOURCE_LABELS[s], source(s)))];
  const unitRows = budget.units
    .filter(isOrganUnit)
    .sort(compareUnits)
    .map((unit) => row(unit.name, lines.filter((l) => l.line.unitId === unit.id), columns, { code: unit.code, level: '单位' }))
    .filter((r) => r.values.some((v) => v !== null));
  return makeTable(11, yearTitle(budget, TABLE_TITLES[11]), [
    { name: null, columns: columns.map((c) => c.label), rows: [row('部门合计', lines, columns), ...unitRows] },
  ]);
}
