/** 登录锁定: 5 failed attempts within 15 minutes lock the account for 15 minutes. */
export const MAX_FAILURES = 5;
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
