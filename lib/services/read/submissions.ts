/**
 * What the 审核报送 page shows: the 报送 status of the departments the guard's scope reaches
 * and, for a caller who approves units (部门领导), those of its units.
 */
import 'server-only';
import type { Guarded } from '@/lib/auth/guard';
import { can } from '@/lib/auth/permissions';
import { departmentFilter } from '@/lib/auth/scope';
import { currentYear, listDepartmentStatuses, type DepartmentStatusRow, type UnitStatusRow } from '@/lib/db/workflow-repository';
import { reachedUnitRows } from './reach';

export interface ApprovalOverview {
  year: number;
  departments: DepartmentStatusRow[];
  /** Empty unless the caller approves units. */
  units: UnitStatusRow[];
}

/** The requested year (a positive integer), else the current one; null when no fiscal year exists. */
export async function readApprovalOverview(g: Guarded, requestedYear: string | undefined): Promise<ApprovalOverview | null> {
  const requested = Number(requestedYear);
  const year = Number.isInteger(requested) && requested > 0 ? requested : await currentYear();
  if (!year) return null;
  const [departments, units] = await Promise.all([
    listDepartmentStatuses(departmentFilter(g.scope), year),
    can(g.actor.role, 'unit.approve') ? reachedUnitRows(g, year) : Promise.resolve([]),
  ]);
  return { year, departments, units };
}
