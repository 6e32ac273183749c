/**
 * The session cookie, named in one place for next-auth (auth-options), the proxy (which slides
 * the idle timeout forward — at most once a minute, shouldReissueCookie — up to the absolute
 * lifetime) and the tests.
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

/**
 * How stale a session cookie may be before the proxy re-issues it. Re-issuing means encoding a new
 * JWE (next-auth derives its key with HKDF on every encode: ≈ 1 % of the server's CPU under load),
 * so a cookie issued less than this long ago is left as it is. The idle timeout then ends a session
 * between IDLE_TIMEOUT_SECONDS − REISSUE_AFTER_SECONDS and IDLE_TIMEOUT_SECONDS after its last
 * request (29–30 minutes): the documented tolerance. The 12-hour absolute lifetime is unaffected
 * (checked on every decode, sessionTooOld).
 */
export const REISSUE_AFTER_SECONDS = 60;

/**
 * Should the proxy re-issue the cookie of a decoded session token? Yes when its expiry (`exp`,
 * seconds) is missing or less than IDLE_TIMEOUT_SECONDS − REISSUE_AFTER_SECONDS away, i.e. the
 * cookie was issued REISSUE_AFTER_SECONDS ago or more (or with a shorter life).
 */
export function shouldReissueCookie(token: object, nowMs: number = Date.now()): boolean {
  const exp: unknown = 'exp' in token ? token.exp : undefined;
  if (typeof exp !== 'number') return true;
  return exp - nowMs / 1000 < IDLE_TIMEOUT_SECONDS - REISSUE_AFTER_SECONDS;
}

export function secureCookies(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NEXTAUTH_URL?.startsWith('https://') ?? false;
}

export function sessionCookieName(env: NodeJS.ProcessEnv = process.env): string {
  return `${secureCookies(env) ? '__Secure-' : ''}next-auth.session-token`;
}
