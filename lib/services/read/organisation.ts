/**
 * Reads for the 部门与单位 page (系统管理员): every department with its units (active and
 * deactivated), and how many 单位财务 / 部门领导 are assigned to each, so a unit without an
 * accountant shows at a glance. Takes the guard's result; the admin's reach is the whole list.
 */
import type { Guarded } from '@/lib/auth/guard';
import { PERMISSIONS, can } from '@/lib/auth/permissions';
import { forbidden } from '@/lib/errors';
import * as org from '@/lib/db/organisation-repository';

export interface OrganisationUnit extends org.UnitRecord {
  accountants: number;
}

export interface OrganisationDepartment extends org.DepartmentRecord {
  leaders: number;
  units: OrganisationUnit[];
}

export async function readOrganisation(g: Guarded): Promise<OrganisationDepartment[]> {
  if (!can(g.actor.role, 'organisation.manage')) throw forbidden(`无权${PERMISSIONS['organisation.manage'].description}`);
  const [departments, units, assignments] = await Promise.all([
    org.listDepartments(true),
    org.listUnits({ includeInactive: true }),
    org.countAssignments(),
  ]);
  return departments.map((d) => ({
    ...d,
    leaders: assignments.leaders.get(d.id) ?? 0,
    units: units.filter((u) => u.departmentId === d.id).map((u) => ({ ...u, accountants: assignments.accountants.get(u.id) ?? 0 })),
  }));
}
