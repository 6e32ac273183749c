/**
 * reconcile(): every 勾稽 equation of docs/domain.md §5, evaluated exactly in 元, each with both
 * sides' figures. Findings with ok = false are errors in the data (or in a table).
 */
import type { DepartmentBudget, DisclosureTable } from '../types';
import { evaluateSumCheck, tableSet, type ReconciliationFinding, type SumCheck } from './checks';
import { intraTableChecks } from './table-checks';
import { crossTableChecks } from './cross-table';
import { budgetChecks } from './budget-checks';
import { budgetContext, type BudgetContext } from '../context';

export type { ReconciliationFinding, SumCheck, CellRef } from './checks';
export { roundingGaps, type RoundingGap } from './rounding';

/** Every SumCheck of the tables (within and across tables), in the order reconcile reports them. */
export function tableSumChecks(tables: readonly DisclosureTable[]): SumCheck[] {
  const set = tableSet(tables);
  return [...intraTableChecks(set), ...crossTableChecks(set)];
}

/**
 * Pass `checks` (tableSumChecks of these very tables) when roundingGaps reads them too: deriveReport
 * builds the ≈ 370 equations once for both.
 */
export function reconcile(
  budget: DepartmentBudget,
  tables: readonly DisclosureTable[],
  ctx: BudgetContext = budgetContext(budget),
  checks: readonly SumCheck[] = tableSumChecks(tables),
): ReconciliationFinding[] {
  const set = tableSet(tables);
  return [...checks.map((check) => evaluateSumCheck(set, check)), ...budgetChecks(ctx, tables, set)];
}
