/**
 * The session cookie, named in one place for next-auth (auth-options), the proxy (which slides
 * the idle timeout forward on every request, up to the absolute lifetime) and the tests.
 */
export const IDLE_TIMEOUT_SECONDS = 30 * 60;
/** However active, a session ends 12 hours after sign-in. */
export const ABSOLUTE_LIFETIME_SECONDS = 12 * 60 * 60;

/** Is a session signed in at `authTime` (seconds) past its absolute lifetime, or without one? */
export function sessionTooOld(authTime: unknown, nowMs: number = Date.now()): boolean {
  return typeof authTime !== 'number' || nowMs / 1000 - authTime > ABSOLUTE_LIFETIME_SECONDS;
}

/** The expiry of a re-issued cookie: 30 idle minutes, never past the absolute lifetime. */
export function cookieExpiry(authTime: number, nowMs: number = Date.now()): Date {
  return new Date(Math.min(nowMs + IDLE_TIMEOUT_SECONDS * 1000, (authTime + ABSOLUTE_LIFETIME_SECONDS) * 1000));
}

export function secureCookies(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NEXTAUTH_URL?.startsWith('https://') ?? false;
}

export function sessionCookieName(env: NodeJS.ProcessEnv = process.env): string {
  return `${secureCookies(env) ? '__Secure-' : ''}next-auth.session-token`;
}
