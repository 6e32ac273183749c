/**
 * 登录锁定: 5 failed attempts within 15 minutes lock the account for 15 minutes (wrong current
 * passwords on the change form count too). 30 failures from one address within 15 minutes stop
 * sign-ins from it for the rest of the window, without counting against any account. A locked
 * administrator is unlocked from the server: `npm run admin -- unlock <username>`.
 */
export const MAX_FAILURES = 5;
export const MAX_FAILURES_PER_IP = 30;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;

/** Failures counted since the window start or the last success, whichever is later. */
export function failureWindowStart(now: Date, lastSuccess: Date | null): Date {
  const windowStart = new Date(now.getTime() - FAILURE_WINDOW_MS);
  return lastSuccess && lastSuccess > windowStart ? lastSuccess : windowStart;
}

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil > now;
}

export function shouldLock(failuresInWindow: number): boolean {
  return failuresInWindow >= MAX_FAILURES;
}

export function lockUntil(now: Date): Date {
  return new Date(now.getTime() + LOCK_MS);
}
