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
  const codes = new Set(functionalClasses(ctx.budget.reference).map((entry) => entry.code));
  for (const l of lines) codes.add(functionalClassOf(l.line.functionalCode));
  return [...codes].sort(compareCodes).map((code) =>
    row(
      ctx.functionalNames.get(code) ?? '',
      lines.filter((l) => functionalClassOf(l.line.functionalCode) === code),
      columns,
      { code, level: '类' },
    ),
  );
}
