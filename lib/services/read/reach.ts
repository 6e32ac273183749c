/**
 * The units and departments a page may show: exactly those the guard's scope reaches, with
 * their 报送 status for the year. Every page picks its unit or department from these lists,
 * so a hand-edited URL cannot reach beyond the scope.
 */
import 'server-only';
import type { Guarded } from '@/lib/auth/guard';
import { departmentFilter, reachesUnit } from '@/lib/auth/scope';
import type { DepartmentStatus, UnitStatus } from '@/lib/budget/workflow';
import { listDepartmentStatuses, listUnitStatuses, type UnitStatusRow } from '@/lib/db/workflow-repository';

/** The guard's result, of which these reads use only the scope. */
export type Reader = Pick<Guarded, 'scope'>;

export interface ScopeDepartment {
  id: string;
  code: string;
  name: string;
  status: DepartmentStatus;
  returnReason: string | null;
  publishedHash: string | null;
}

export interface ScopeUnit {
  id: string;
  code: string;
  name: string;
  departmentId: string;
  status: UnitStatus;
  returnReason: string | null;
}

export async function scopeDepartments({ scope }: Reader, year: number): Promise<ScopeDepartment[]> {
  const rows = await listDepartmentStatuses(departmentFilter(scope), year);
  return rows.map(({ departmentId, ...row }) => ({ id: departmentId, ...row }));
}

/** The unit rows of the year that the scope reaches (a 单位财务: its granted units only). */
export async function reachedUnitRows({ scope }: Reader, year: number): Promise<UnitStatusRow[]> {
  const rows = await listUnitStatuses(departmentFilter(scope), year);
  return rows.filter((u) => reachesUnit(scope, { id: u.unitId, departmentId: u.departmentId }));
}

export async function scopeUnits(reader: Reader, year: number): Promise<ScopeUnit[]> {
  const rows = await reachedUnitRows(reader, year);
  return rows.map((u) => ({ id: u.unitId, code: u.unitCode, name: u.unitName, departmentId: u.departmentId, status: u.status, returnReason: u.returnReason }));
}

/** The picked entry: the requested id when in the list, the first when none was asked for, null when the request is out of reach. */
export function pick<T extends { id: string }>(items: readonly T[], requested: string | undefined): T | null {
  if (!requested) return items[0] ?? null;
  return items.find((item) => item.id === requested) ?? null;
}
