/**
 * 解除锁定 from the server (`npm run admin -- unlock <username>`): the way back in when an
 * account, the administrator's included, is locked and nobody can wait 15 minutes. Clears the
 * lock, records a success attempt (ip `admin-cli`) so the earlier failures no longer count, and writes the audit row.
 */
import { audited } from './audit-repository';
import { getPrisma } from './client';

export async function unlockUser(username: string): Promise<'unlocked' | 'not-found'> {
  const user = await getPrisma().user.findFirst({ where: { username: { equals: username, mode: 'insensitive' } } });
  if (!user) return 'not-found';
  await audited(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lockedUntil: null } });
    await tx.loginAttempt.create({ data: { username: user.username, success: true, ip: 'admin-cli' } });
    return {
      result: undefined,
      audit: { kind: 'USER_CHANGE', actor: null, entity: 'User', entityId: user.id, departmentId: user.departmentId, reason: '服务器命令解除锁定', after: { username: user.username, lockedUntil: null } },
    };
  });
  return 'unlocked';
}
