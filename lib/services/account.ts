/** 修改本人密码: checks the current password; clears the forced change of a first sign-in. */
import type { Guarded } from '@/lib/auth/guard';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { findPasswordHash, setOwnPassword } from '@/lib/db/auth-repository';
import type { ChangePasswordInput } from '@/lib/schemas/auth';
import { invalidInput } from '@/lib/errors';

export async function changeOwnPassword(g: Guarded, { currentPassword, newPassword }: ChangePasswordInput): Promise<{ changed: true }> {
  const hash = await findPasswordHash(g.actor.id);
  if (!(await verifyPassword(currentPassword, hash))) throw invalidInput('currentPassword', '当前密码不正确');
  await setOwnPassword({ id: g.actor.id, displayName: g.actor.displayName, departmentId: g.actor.departmentId }, await hashPassword(newPassword));
  return { changed: true };
}
