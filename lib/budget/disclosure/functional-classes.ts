/**
 * The 功能 类 rows of 表1 and 表4: every 类 of the year's reference data, blank or not,
 * plus any 类 a line uses that the reference data lacks (a validation error, but its
 * amount must still reach a row so that the totals foot).
 */
import type { DisclosureRow } from '../types';
import type { BudgetContext, ResolvedLine } from '../context';
import { compareCodes, functionalClassOf, functionalClasses } from '../classification/functional';
import { row, type ColumnSpec } from './shared';

export function functionalClassRows(
  ctx: BudgetContext,
  lines: readonly ResolvedLine[],
  columns: readonly ColumnSpec[],
): DisclosureRow[] {
  const byClass = new Map<string, ResolvedLine[]>();
  for (const l of lines) {
    const code = functionalClassOf(l.line.functionalCode);
    const group = byClass.get(code);
    if (group) group.push(l);
    else byClass.set(code, [l]);
  }
  const codes = new Set([...functionalClasses(ctx.budget.reference).map((entry) => entry.code), ...byClass.keys()]);
  return [...codes]
    .sort(compareCodes)
    .map((code) => row(ctx.functionalNames.get(code) ?? '', byClass.get(code) ?? [], columns, { code, level: '类' }));
}
