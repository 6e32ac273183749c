/**
 * The session cookie, named in one place for next-auth (auth-options), the proxy (which slides
 * the idle timeout forward on every request) and the tests.
 */
export const IDLE_TIMEOUT_SECONDS = 30 * 60;

export function secureCookies(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NEXTAUTH_URL?.startsWith('https://') ?? false;
}

export function sessionCookieName(env: NodeJS.ProcessEnv = process.env): string {
  return `${secureCookies(env) ? '__Secure-' : ''}next-auth.session-token`;
}
