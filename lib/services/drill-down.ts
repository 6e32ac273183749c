/**
 * Drill-down core (docs/domain.md §13): the budget a cell's lines are read from, and the cell.
 * The signed-in entry point is readReportCell (lib/services/read/report-cell.ts), which decides
 * access first.
 */
import { drillDownCell, type CellAddress, type CellDrillDown } from '@/lib/budget/drill-down';
import type { DepartmentBudget } from '@/lib/budget/types';
import { loadDepartmentBudget } from '@/lib/db/budget-repository';
import type { Db } from '@/lib/db/client';

/**
 * THE budget a drill-down reads. For an 已批复 (accepted) department-year it must be the budget
 * frozen with the published snapshot, so that the lines match the published figures.
 * TODO(snapshot v2): return the budget carried by the accepted PublishedReport (sha256-checked,
 * like loadDepartmentReport in lib/services/report.ts) when there is one; the live budget otherwise.
 * Today: the live budget (the DB triggers keep an accepted year's lines frozen meanwhile).
 */
export async function budgetForDrillDown(db: Db, departmentCode: string, year: number): Promise<DepartmentBudget | null> {
  return loadDepartmentBudget(db, departmentCode, year);
}

export type DepartmentCellResult =
  | { found: true; cell: CellDrillDown }
  | { found: false; reason: 'no-data' | 'no-cell' };

/** The drill-down of one cell of a department-year's report (no access check: system entry point). */
export async function drillDownDepartmentCell(db: Db, departmentCode: string, year: number, address: CellAddress): Promise<DepartmentCellResult> {
  const budget = await budgetForDrillDown(db, departmentCode, year);
  if (!budget) return { found: false, reason: 'no-data' };
  const cell = drillDownCell(budget, address);
  return cell ? { found: true, cell } : { found: false, reason: 'no-cell' };
}
