/**
 * After the user's own password change the session epoch moves on, which ends every other
 * session; the caller's own session is re-issued with the new epoch (same sign-in time, so the
 * absolute lifetime still counts from the sign-in). Works in route handlers and server actions.
 */
import { cookies } from 'next/headers';
import { decode, encode } from 'next-auth/jwt';
import { authSecret } from './secret';
import { cookieExpiry, IDLE_TIMEOUT_SECONDS, secureCookies, sessionCookieName } from './session-cookie';

async function requestCookies() {
  try {
    return await cookies();
  } catch {
    return null; // outside a request (a script, a test through execute()): no session to keep
  }
}

export async function reissueSession(epoch: number): Promise<void> {
  const store = await requestCookies();
  if (!store) return;
  const name = sessionCookieName();
  const secret = authSecret();
  const token = await decode({ token: store.get(name)?.value, secret });
  if (!token || typeof token.authTime !== 'number') return;
  const value = await encode({ token: { ...token, epoch }, secret, maxAge: IDLE_TIMEOUT_SECONDS });
  store.set(name, value, { httpOnly: true, sameSite: 'lax', path: '/', secure: secureCookies(), expires: cookieExpiry(token.authTime) });
}
