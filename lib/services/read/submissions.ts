/**
 * What the 审核报送 page shows: the 报送 status of the departments the guard's scope reaches
 * and, for a caller who approves units (部门领导), those of its units, with the budgets of the
 * departments (for the amounts), in the year asked for or the one with work waiting.
 */
import 'server-only';
import type { Guarded } from '@/lib/auth/guard';
import { can } from '@/lib/auth/permissions';
import { departmentFilter } from '@/lib/auth/scope';
import type { DepartmentBudget } from '@/lib/budget/types';
import { loadDepartmentBudget } from '@/lib/db/budget-repository';
import { getPrisma } from '@/lib/db/client';
import { listDepartmentStatuses, type DepartmentStatusRow, type UnitStatusRow } from '@/lib/db/workflow-repository';

export type { DepartmentStatusRow, UnitStatusRow };
import { reachedUnitRows } from './reach';
import { readPeriod, type YearChoice } from './years';

export interface ApprovalOverview {
  year: number;
  years: YearChoice[];
  departments: DepartmentStatusRow[];
  /** Empty unless the caller approves units. */
  units: UnitStatusRow[];
  /** Department id → its budget of the year (null when the department has no data). */
  budgets: ReadonlyMap<string, DepartmentBudget | null>;
}

/** null when no fiscal year exists. */
export async function readApprovalOverview(g: Guarded, requestedYear: string | undefined): Promise<ApprovalOverview | null> {
  const { years, year } = await readPeriod(g, requestedYear);
  if (year === null) return null;
  const [departments, units] = await Promise.all([
    listDepartmentStatuses(departmentFilter(g.scope), year),
    can(g.actor.role, 'unit.approve') ? reachedUnitRows(g, year) : Promise.resolve([]),
  ]);
  const budgets = new Map(await Promise.all(departments.map(async (d) => [d.departmentId, await loadDepartmentBudget(getPrisma(), d.code, year)] as const)));
  return { year, years, departments, units, budgets };
}
