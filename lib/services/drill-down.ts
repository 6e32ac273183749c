/**
 * Drill-down core (docs/domain.md §13): the budget a cell's lines are read from, and the cell.
 * The signed-in entry point is readReportCell (lib/services/read/report-cell.ts), which decides
 * access first.
 */
import { drillDownCell, type CellAddress, type CellDrillDown } from '@/lib/budget/drill-down';
import type { DepartmentBudget } from '@/lib/budget/types';
import { loadDepartmentBudget } from '@/lib/db/budget-repository';
import type { Db } from '@/lib/db/client';
import { loadPublishedBudget } from './report';

/**
 * THE budget a drill-down reads: for an 已批复 department-year the budget frozen with its published
 * snapshot (sha256-checked; a tampered snapshot throws, audited, docs/domain.md §9.1), so that the
 * lines match the published figures; the live budget otherwise.
 */
export async function budgetForDrillDown(db: Db, departmentCode: string, year: number): Promise<DepartmentBudget | null> {
  return (await loadPublishedBudget(db, departmentCode, year)) ?? loadDepartmentBudget(db, departmentCode, year);
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
