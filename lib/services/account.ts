/**
 * 修改本人密码: checks the current password (a wrong one counts towards the lockout); the new one
 * must not contain the username; clears the forced change of a first sign-in; ends
 * the user's other sessions and keeps this one (User.keptSessionId).
 */
import { currentSessionId } from '@/lib/auth/guard';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { SIGN_IN_ERRORS } from '@/lib/auth/messages';
import { containsUsername } from '@/lib/auth/password-policy';
import { countPasswordFailure } from '@/lib/auth/sign-in';
import { findPasswordHash, setOwnPassword } from '@/lib/db/auth-repository';
import { changePasswordSchema } from '@/lib/schemas/auth';
import { invalidInput, unauthenticated } from '@/lib/errors';
import { defineOperation } from './operation';

/** POST /api/account/password, changePasswordAction: `{ currentPassword, newPassword, confirmPassword }`. */
export const changeOwnPassword = defineOperation({
  name: 'account.changePassword',
  permission: 'account.password',
  input: changePasswordSchema,
  kind: 'write',
  async run(g, { currentPassword, newPassword }): Promise<{ changed: true }> {
    const hash = await findPasswordHash(g.actor.id);
    const { id, username, displayName, departmentId, ip } = g.actor;
    if (!(await verifyPassword(currentPassword, hash))) {
      if (await countPasswordFailure({ id, username, displayName, departmentId }, ip)) throw unauthenticated(SIGN_IN_ERRORS.LOCKED);
      throw invalidInput('currentPassword', '当前密码不正确');
    }
    if (containsUsername(newPassword, username)) throw invalidInput('newPassword', '新密码不能包含用户名');
    await setOwnPassword({ id, displayName, departmentId }, await hashPassword(newPassword), ip, await currentSessionId());
    return { changed: true };
  },
});
