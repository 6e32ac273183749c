/**
 * Checks a username + password and records the attempt: the LoginAttempt row, the audit row
 * (SIGN_IN / SIGN_IN_FAILED), and after 5 failures in 15 minutes the lockout (LOCKOUT).
 * A locked account is refused even with the right password.
 */
import { appendAuthAudit, countFailuresFromIp, findUserByUsername, lockAccount, recordAttempt } from '@/lib/db/auth-repository';
import { signInSchema } from '@/lib/schemas/auth';
import { FAILURE_WINDOW_MS, failureWindowStart, isLocked, lockUntil, MAX_FAILURES_PER_IP, shouldLock } from './lockout';
import type { SignInErrorCode } from './messages';
import { verifyPassword } from './password';
import type { Role } from './roles';

export type SignInResult =
  | { ok: true; user: { id: string; name: string; role: Role; sessionEpoch: number } }
  | { ok: false; code: SignInErrorCode };

export async function checkSignIn(credentials: unknown, ip: string | null, now: Date = new Date()): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return { ok: false, code: 'INVALID' };
  const { password } = parsed.data;
  const user = await findUserByUsername(parsed.data.username);
  // Attempts count against one name however it is typed: `CAIWU` and `caiwu` share the lockout.
  const username = user?.username ?? parsed.data.username.toLowerCase();
  const actor = user && { id: user.id, name: user.displayName };
  const base = { entity: 'User', entityId: user?.id, departmentId: user?.departmentId ?? null, ip, after: { username } };
  const fail = (reason: string) => ({ username, success: false, ip, now, audit: { kind: 'SIGN_IN_FAILED' as const, actor, reason, ...base } });

  if (ip && (await countFailuresFromIp(ip, new Date(now.getTime() - FAILURE_WINDOW_MS))) >= MAX_FAILURES_PER_IP) {
    await appendAuthAudit(fail('同一地址登录失败次数过多').audit);
    return { ok: false, code: 'THROTTLED' };
  }
  if (user && isLocked(user.lockedUntil, now)) {
    await recordAttempt(fail('账户已锁定'), (last) => failureWindowStart(now, last));
    return { ok: false, code: 'LOCKED' };
  }
  if (!(await verifyPassword(password, user?.passwordHash ?? null))) {
    const failures = await recordAttempt(fail(user ? '密码错误' : '用户不存在'), (last) => failureWindowStart(now, last));
    if (user && shouldLock(failures)) {
      await lockAccount(user, lockUntil(now), ip);
      return { ok: false, code: 'LOCKED' };
    }
    return { ok: false, code: 'INVALID' };
  }
  if (!user) return { ok: false, code: 'INVALID' }; // unreachable: no hash never verifies
  if (!user.active) {
    await recordAttempt(fail('账户已停用'), (last) => failureWindowStart(now, last));
    return { ok: false, code: 'INACTIVE' };
  }
  await recordAttempt({ username, success: true, ip, now, audit: { kind: 'SIGN_IN', actor, ...base } }, () => now);
  return { ok: true, user: { id: user.id, name: user.displayName, role: user.role, sessionEpoch: user.sessionEpoch } };
}

/**
 * A wrong current password on the change form counts like a failed sign-in; the fifth in the
 * window locks the account (which also ends its sessions). True when it is now locked.
 */
export async function countPasswordFailure(
  user: { id: string; username: string; displayName: string; departmentId: string | null },
  ip: string | null,
  now: Date = new Date(),
): Promise<boolean> {
  const audit = {
    kind: 'SIGN_IN_FAILED' as const,
    actor: { id: user.id, name: user.displayName },
    entity: 'User',
    entityId: user.id,
    departmentId: user.departmentId,
    ip,
    after: { username: user.username },
    reason: '修改密码时当前密码错误',
  };
  const failures = await recordAttempt({ username: user.username, success: false, ip, now, audit }, (last) => failureWindowStart(now, last));
  if (!shouldLock(failures)) return false;
  await lockAccount(user, lockUntil(now), ip);
  return true;
}
