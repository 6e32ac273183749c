/**
 * 修改本人密码: checks the current password; clears the forced change of a first sign-in; ends
 * the user's other sessions and keeps this one (lib/auth/session-reissue.ts).
 */
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { reissueSession } from '@/lib/auth/session-reissue';
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
    const { id, displayName, departmentId, ip } = g.actor;
    const epoch = await setOwnPassword({ id, displayName, departmentId }, await hashPassword(newPassword), ip);
    await reissueSession(epoch);
    return { changed: true };
  },
});
