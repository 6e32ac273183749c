/**
 * The four roles and their Chinese names. The type is the database's enum (lib/db), so the data
 * layer needs nothing from lib/auth; the list below must name every value of it.
 */
import type { Role as StoredRole } from '@/lib/db/client';

export type Role = StoredRole;
export const ROLES = ['UNIT_ACCOUNTANT', 'DEPT_LEADER', 'FINANCE_REVIEWER', 'ADMIN'] as const satisfies readonly Role[];

/** Compiles only while ROLES names every role of the enum (a missing one would be a required key here). */
const _everyRoleListed: Record<Exclude<Role, (typeof ROLES)[number]>, never> = {};

export const ROLE_LABEL: Readonly<Record<Role, string>> = {
  UNIT_ACCOUNTANT: '单位财务',
  DEPT_LEADER: '部门领导',
  FINANCE_REVIEWER: '财政局审核',
  ADMIN: '系统管理员',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
