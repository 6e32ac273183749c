/**
 * next-auth configuration: credentials (username + password), JWT sessions with a 30-minute
 * idle timeout (the proxy re-issues the cookie on every request) and a 12-hour absolute
 * lifetime, the Chinese login page. The token carries the user id, the user's session epoch
 * and the sign-in time; the guard re-reads role, scope, `active` and the epoch each time.
 */
import type { NextAuthOptions, Session } from 'next-auth';
import type { JWT } from 'next-auth/jwt';
import CredentialsProvider from 'next-auth/providers/credentials';
import { appendSignOut } from '@/lib/db/auth-repository';
import { safeRedirect } from './callback-url';
import { authSecret } from './secret';
import { IDLE_TIMEOUT_SECONDS, secureCookies, sessionCookieName } from './session-cookie';
import { decodeSessionToken, encodeSessionToken } from './session-token';
import { checkSignIn } from './sign-in';

type Headers = Record<string, string | string[] | undefined> | undefined;

/**
 * The client address for the audit log and the lockout: the last hop of X-Forwarded-For. Next
 * sets that header to the socket's address; a client-sent one is dropped before Next sees it
 * unless TRUST_PROXY is set (lib/http/forwarded-headers.ts), and then the last hop is the one
 * the trusted proxy appended, never an earlier one the client wrote.
 */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers?.['x-forwarded-for'];
  const value = Array.isArray(forwarded) ? forwarded.at(-1) : forwarded;
  return value?.split(',').at(-1)?.trim() || null;
}

/** The session's user as the token carries it (next-auth's session callback and the guard's own read, session-read.ts). */
export function sessionUserOf(token: JWT): Session['user'] {
  return { id: token.sub ?? '', name: token.name ?? '', epoch: token.epoch ?? null, authTime: token.authTime ?? null, sid: token.sid ?? null };
}

export const authOptions: NextAuthOptions = {
  // A getter: the secret is checked when next-auth first needs it, not when `next build` imports this.
  get secret() {
    return authSecret();
  },
  session: { strategy: 'jwt', maxAge: IDLE_TIMEOUT_SECONDS, updateAge: 0 },
  // next-auth's token format, the derived key kept (lib/auth/session-token.ts).
  jwt: { maxAge: IDLE_TIMEOUT_SECONDS, encode: encodeSessionToken, decode: decodeSessionToken },
  useSecureCookies: secureCookies(),
  cookies: {
    sessionToken: {
      name: sessionCookieName(),
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: secureCookies() },
    },
  },
  pages: { signIn: '/login', error: '/login' },
  providers: [
    CredentialsProvider({
      name: '用户名密码',
      credentials: { username: { label: '用户名', type: 'text' }, password: { label: '密码', type: 'password' } },
      async authorize(credentials, req) {
        const result = await checkSignIn(credentials, clientIp(req.headers)).catch((error: unknown) => {
          // The database is down or a bug: never let its message reach the login page.
          console.error(`[budget] sign-in failed, request ${crypto.randomUUID()}:`, error);
          return { ok: false, code: 'UNAVAILABLE' } as const;
        });
        // next-auth passes the thrown message on as `?error=CODE`; the login page shows the Chinese text.
        if (!result.ok) throw new Error(result.code);
        return { id: result.user.id, name: result.user.name, epoch: result.user.sessionEpoch };
      },
    }),
  ],
  callbacks: {
    redirect({ url, baseUrl }) {
      return safeRedirect(url, baseUrl);
    },
    jwt({ token, user }) {
      // The epoch and the sign-in time are checked by the guard on every request.
      if (user) return { sub: user.id, name: user.name, epoch: user.epoch ?? 0, authTime: Math.floor(Date.now() / 1000), sid: crypto.randomUUID() };
      return token;
    },
    session({ session, token }) {
      return { ...session, user: sessionUserOf(token) };
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sub) await appendSignOut(token.sub);
    },
  },
};
