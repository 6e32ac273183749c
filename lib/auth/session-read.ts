/**
 * The signed-in session as the guard reads it: the session cookie decrypted (session-token.ts) and
 * mapped as next-auth's session callback maps it (auth-options.ts sessionUserOf). The same answer as
 * next-auth's getServerSession, without its handler: that runs the whole session endpoint per call
 * (request objects, callbacks, and a fresh encryption of a cookie it cannot set from a page or a
 * route handler — the proxy slides the cookie, proxy.ts). An unreadable, forged or expired cookie
 * is no session, as there.
 */
import { cookies } from 'next/headers';
import type { Session } from 'next-auth';
import { authOptions, sessionUserOf } from './auth-options';
import { sessionCookieName } from './session-cookie';
import { decodeSessionToken } from './session-token';

interface CookieJar {
  get(name: string): { value: string } | undefined;
  getAll(): { name: string; value: string }[];
}

/** The cookie's token: whole, or joined from next-auth's chunks (`name.0`, `name.1`, …) when it was split. */
export function sessionTokenFrom(jar: CookieJar, name: string): string | null {
  const whole = jar.get(name)?.value;
  if (whole) return whole;
  const chunks = jar
    .getAll()
    .flatMap((c) => {
      const index = c.name.startsWith(`${name}.`) ? c.name.slice(name.length + 1) : '';
      return /^\d+$/.test(index) ? [{ index: Number(index), value: c.value }] : [];
    })
    .sort((a, b) => a.index - b.index);
  return chunks.length > 0 ? chunks.map((c) => c.value).join('') : null;
}

export async function readSessionUser(): Promise<Session['user'] | null> {
  const token = sessionTokenFrom(await cookies(), sessionCookieName());
  const secret = authOptions.secret;
  if (!token || !secret) return null;
  try {
    const claims = await decodeSessionToken({ token, secret });
    return claims ? sessionUserOf(claims) : null;
  } catch {
    return null;
  }
}
