/** 修改本人密码: checks the current password; clears the forced change of a first sign-in. */
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { findPasswordHash, setOwnPassword } from '@/lib/db/auth-repository';
import { changePasswordSchema } from '@/lib/schemas/auth';
import { invalidInput } from '@/lib/errors';
import { defineOperation } from './operation';

/** POST /api/account/password, changePasswordAction: `{ currentPassword, newPassword, confirmPassword }`. */
export const changeOwnPassword = defineOperation({
  name: 'account.changePassword',
  permission: 'account.password',
  input: changePasswordSchema,
  kind: 'write',
  async run(g, { currentPassword, newPassword }): Promise<{ changed: true }> {
    const hash = await findPasswordHash(g.actor.id);
    if (!(await verifyPassword(currentPassword, hash))) throw invalidInput('currentPassword', '当前密码不正确');
    await setOwnPassword({ id: g.actor.id, displayName: g.actor.displayName, departmentId: g.actor.departmentId }, await hashPassword(newPassword));
    return { changed: true };
  },
});
