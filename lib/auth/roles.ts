/** The four roles (mirrors the Prisma enum `Role`) and their Chinese names. */
export const ROLES = ['UNIT_ACCOUNTANT', 'DEPT_LEADER', 'FINANCE_REVIEWER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABEL: Readonly<Record<Role, string>> = {
  UNIT_ACCOUNTANT: '单位财务',
  DEPT_LEADER: '部门领导',
  FINANCE_REVIEWER: '财政局审核',
  ADMIN: '系统管理员',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
