/**
 * Runs before every page and API request (Next 16 "proxy", formerly middleware):
 * - slides the 30-minute idle timeout: a valid session cookie is re-issued with a fresh expiry;
 * - sends anonymous page requests to /login (API routes answer 401 themselves, via the guard);
 * - sends pages asked for without ?year= to the 预算年度 the shell remembered for the user, and forgets it
 *   on /login (lib/http/remembered-year.ts).
 * It decides no access: the guard does, on every action and route.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { encode, getToken } from 'next-auth/jwt';
import { authSecret } from '@/lib/auth/secret';
import { IDLE_TIMEOUT_SECONDS, secureCookies, sessionCookieName } from '@/lib/auth/session-cookie';
import { YEAR_COOKIE, rememberedYear, yearRedirect } from '@/lib/http/remembered-year';

const PUBLIC_PAGES = ['/login'];

export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const secret = authSecret();
  const cookieName = sessionCookieName();
  const token = await getToken({ req, secret, cookieName });
  const isApi = pathname.startsWith('/api/');

  if (!token) {
    if (isApi) return NextResponse.next();
    if (PUBLIC_PAGES.includes(pathname)) {
      const response = NextResponse.next();
      // A new sign-in lands on the year with work waiting, not on the last session's year.
      if (req.cookies.has(YEAR_COOKIE)) response.cookies.delete(YEAR_COOKIE);
      return response;
    }
    const login = new URL('/login', req.url);
    login.searchParams.set('callbackUrl', pathname + search);
    return NextResponse.redirect(login);
  }

  const year = yearRedirect(
    { method: req.method, pathname, asked: req.nextUrl.searchParams.get('year'), isAction: req.headers.has('next-action'), isPrefetch: req.headers.has('next-router-prefetch') },
    rememberedYear(req.cookies.get(YEAR_COOKIE)?.value, token.sub ?? ''),
  );
  if (year) {
    const target = req.nextUrl.clone();
    target.searchParams.set('year', year);
    return NextResponse.redirect(target);
  }
  const response = NextResponse.next();
  // next-auth's own endpoints set or clear the cookie themselves (sign-in, sign-out, session).
  if (!pathname.startsWith('/api/auth/')) {
    const value = await encode({ token, secret, maxAge: IDLE_TIMEOUT_SECONDS });
    response.cookies.set(cookieName, value, {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: secureCookies(),
      expires: new Date(Date.now() + IDLE_TIMEOUT_SECONDS * 1000),
    });
  }
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|jpg|svg|css|js|woff2?)$).*)'],
};
