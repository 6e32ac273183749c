/**
 * 用户管理 by the 系统管理员: create, change role/scope, deactivate, reset password. Every change
 * is audited (without password hashes). A deactivated user's session stops at the next
 * request because the guard re-reads `active`.
 */
import type { Guarded } from '@/lib/auth/guard';
import { hashPassword } from '@/lib/auth/password';
import { containsUsername } from '@/lib/auth/password-policy';
import { ROLE_LABEL } from '@/lib/auth/roles';
import { audited, type Tx } from '@/lib/db/audit-repository';
import { countyForNew } from '@/lib/db/organisation-repository';
import * as users from '@/lib/db/users-repository';
import { createUserSchema, updateUserSchema } from '@/lib/schemas/user';
import { invalidInput, notFound, stateRefusal } from '@/lib/errors';
import { defineOperation } from './operation';

/** Role and scope must fit: 单位财务 → a department and its units; 部门领导 → a department; others → neither. */
async function checkScope(tx: Tx, data: users.UserData): Promise<void> {
  const { role, departmentId, unitIds } = data;
  const needsDepartment = role === 'UNIT_ACCOUNTANT' || role === 'DEPT_LEADER';
  if (!needsDepartment) {
    if (departmentId || unitIds.length > 0) throw invalidInput('departmentId', `${ROLE_LABEL[role]}不属于任何部门或单位`);
    return;
  }
  if (!departmentId) throw invalidInput('departmentId', `${ROLE_LABEL[role]}须选择所属部门`);
  if (!(await users.departmentExists(tx, departmentId))) throw invalidInput('departmentId', '所属部门不存在');
  if (role === 'DEPT_LEADER' && unitIds.length > 0) throw invalidInput('unitIds', '部门领导的范围是整个部门，无须选择单位');
  if (role === 'UNIT_ACCOUNTANT') {
    if (unitIds.length === 0) throw invalidInput('unitIds', '单位财务须至少选择一个负责单位');
    const found = await users.unitsInDepartment(tx, departmentId, unitIds);
    if (found.length !== new Set(unitIds).size) throw invalidInput('unitIds', '负责单位须属于所选部门');
  }
}

const auditOf = (g: Guarded, user: users.UserRecord, before: unknown, after: unknown, reason: string | null = null) => ({
  kind: 'USER_CHANGE' as const,
  actor: { id: g.actor.id, name: g.actor.displayName },
  entity: 'User',
  entityId: user.id,
  departmentId: user.departmentId,
  before,
  after,
  reason,
  ip: g.actor.ip,
});

/** POST /api/admin/users, createUserAction: a new user with an initial password (changed at first sign-in). */
export const createUser = defineOperation({
  name: 'user.create',
  permission: 'user.manage',
  input: createUserSchema,
  kind: 'write',
  run: (g, { username, password, ...data }) =>
    audited(async (tx) => {
      if (await users.usernameTaken(tx, username)) throw invalidInput('username', `用户名“${username}”已存在`);
      if (containsUsername(password, username)) throw invalidInput('password', '初始密码不能包含用户名');
      const fields = { ...data, unitIds: [...new Set(data.unitIds)], active: true };
      await checkScope(tx, fields);
      // A user of a department is in its county (the database sets it); any other in the administrator's.
      const countyId = fields.departmentId === null ? await countyForNew(tx, g.actor.id) : undefined;
      if (countyId === null) throw invalidInput(null, '无法确定新用户所属的县：系统中有多个县（或尚未设置县）');
      const user = await users.insertUser(tx, { ...fields, username, passwordHash: await hashPassword(password), countyId });
      return { result: user, audit: auditOf(g, user, null, user, '新建用户') };
    }),
});

/** PATCH /api/admin/users/[id], updateUserAction: `{ id, role?, departmentId?, unitIds?, active?, displayName?, resetPassword? }`. */
export const updateUser = defineOperation({
  name: 'user.update',
  permission: 'user.manage',
  input: updateUserSchema,
  kind: 'write',
  run: (g, { id, resetPassword, ...patch }) =>
    audited(async (tx) => {
      const before = await users.findUser(tx, id);
      if (!before) throw notFound('用户不存在');
      if (resetPassword && containsUsername(resetPassword, before.username)) throw invalidInput('resetPassword', '重置密码不能包含用户名');
      if (id === g.actor.id && (patch.active === false || (patch.role && patch.role !== before.role))) {
        throw stateRefusal('不能停用自己的账户或修改自己的角色');
      }
      const role = patch.role ?? before.role;
      const keepsUnits = role === 'UNIT_ACCOUNTANT';
      const keepsDepartment = keepsUnits || role === 'DEPT_LEADER';
      // A role change drops the scope the new role cannot have, unless the request sets it.
      const merged: users.UserData = {
        displayName: patch.displayName ?? before.displayName,
        role,
        departmentId: patch.departmentId !== undefined ? patch.departmentId : keepsDepartment ? before.departmentId : null,
        unitIds: [...new Set(patch.unitIds ?? (keepsUnits ? before.unitIds : []))],
        active: patch.active ?? before.active,
      };
      await checkScope(tx, merged);
      const passwordHash = resetPassword ? await hashPassword(resetPassword) : undefined;
      const after = await users.updateUser(tx, id, { ...merged, passwordHash });
      const reason = resetPassword ? '重置密码' : patch.active === false ? '停用账户' : patch.active === true ? '启用账户' : null;
      return { result: after, audit: auditOf(g, after, before, { ...after, passwordReset: Boolean(resetPassword) }, reason) };
    }),
});
