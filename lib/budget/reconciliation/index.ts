/**
 * reconcile(): every 勾稽 equation of domain.md §5, evaluated exactly in 元, each with both
 * sides' figures. Findings with ok = false are errors in the data (or in a table).
 */
import type { DepartmentBudget, DisclosureTable } from '../types';
import { evaluateSumCheck, tableSet, type ReconciliationFinding } from './checks';
import { intraTableChecks } from './table-checks';
import { crossTableChecks } from './cross-table';
import { budgetChecks } from './budget-checks';
import { budgetContext, type BudgetContext } from '../context';

export type { ReconciliationFinding, SumCheck, CellRef } from './checks';
export { roundingGaps, type RoundingGap } from './rounding';

export function reconcile(budget: DepartmentBudget, tables: readonly DisclosureTable[], ctx: BudgetContext = budgetContext(budget)): ReconciliationFinding[] {
  const set = tableSet(tables);
  const sumChecks = [...intraTableChecks(set), ...crossTableChecks(set)];
  return [...sumChecks.map((check) => evaluateSumCheck(set, check)), ...budgetChecks(ctx, tables, set)];
}
