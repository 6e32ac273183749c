/**
 * Runs before every page and API request (Next 16 "proxy", formerly middleware):
 * - slides the 30-minute idle timeout: a valid session cookie issued a minute ago or more is
 *   re-issued with a fresh expiry (shouldReissueCookie: the timeout ends a session 29–30 minutes
 *   after its last request), never past the 12-hour absolute lifetime (an older one counts as no session);
 * - sends anonymous page requests to /login (API routes answer 401 themselves, via the guard), except
 *   /login and the 部门预算公开 pages under /public, which anyone may read;
 * - refuses (403) a cross-site non-GET request to a page (server actions) or to next-auth's own
 *   endpoints; the other API routes refuse and audit it themselves (lib/http/route.ts);
 * - sets the security headers with a fresh CSP nonce (lib/http/security-headers.ts).
 * - sends pages asked for without ?year= to the 预算年度 the shell remembered for the user, and forgets it
 *   on /login (lib/http/remembered-year.ts).
 * It decides no access: the guard does, on every action and route.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { getToken } from 'next-auth/jwt';
import { authSecret } from '@/lib/auth/secret';
import { decodeSessionToken, encodeSessionToken } from '@/lib/auth/session-token';
import { cookieExpiry, IDLE_TIMEOUT_SECONDS, secureCookies, sessionCookieName, sessionTooOld, shouldReissueCookie } from '@/lib/auth/session-cookie';
import { CROSS_SITE_MESSAGE, originProblem, SERVER_ACTION_MAX_BYTES, tooLarge } from '@/lib/http/request-checks';
import { applySecurityHeaders, contentSecurityPolicy, newNonce } from '@/lib/http/security-headers';
import { YEAR_COOKIE, YEAR_HEADER, rememberedYear, yearRedirect } from '@/lib/http/remembered-year';

const PUBLIC_PAGES = ['/login'];
const LENGTH_REQUIRED_MESSAGE = '请求缺少内容长度（Content-Length），请刷新页面后重试';
/** 部门预算公开: /public and every page under it (published snapshots only, lib/services/read/public.ts). */
const isPublicDisclosure = (pathname: string) => pathname === '/public' || pathname.startsWith('/public/');

async function handle(req: NextRequest, nonce: string, csp: string): Promise<NextResponse> {
  const { pathname, search } = req.nextUrl;
  const isApi = pathname.startsWith('/api/');
  const isRead = req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS';
  if (!isRead && (!isApi || pathname.startsWith('/api/auth/')) && originProblem(req)) {
    return NextResponse.json({ error: CROSS_SITE_MESSAGE, code: 'FORBIDDEN' }, { status: 403 });
  }
  // Next refuses a larger server action with a 500; say 413 first. A browser always sends a
  // server action with its Content-Length; a body without one (chunked) could only be measured
  // after reading it, so it is refused before (411).
  if (!isRead && req.headers.has('next-action')) {
    const length = req.headers.get('content-length');
    if (length === null) return NextResponse.json({ error: LENGTH_REQUIRED_MESSAGE, code: 'BAD_REQUEST' }, { status: 411 });
    if (Number(length) > SERVER_ACTION_MAX_BYTES) {
      return NextResponse.json({ error: tooLarge(SERVER_ACTION_MAX_BYTES).message, code: 'PAYLOAD_TOO_LARGE' }, { status: 413 });
    }
  }
  const secret = authSecret();
  const cookieName = sessionCookieName();
  const decoded = await getToken({ req, secret, cookieName, decode: decodeSessionToken });
  // Past the 12-hour absolute lifetime (or without a sign-in time) the cookie counts for nothing.
  const token = decoded && !sessionTooOld(decoded.authTime) ? decoded : null;
  // Next reads the nonce from the request's CSP header and puts it on its scripts.
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set('x-nonce', nonce);
  // The shell (a layout: it gets no searchParams) shows the URL's year; set here, never the client's.
  const askedYear = req.nextUrl.searchParams.get('year');
  if (askedYear) requestHeaders.set(YEAR_HEADER, askedYear);
  else requestHeaders.delete(YEAR_HEADER);
  requestHeaders.set('content-security-policy', csp);
  const next = () => NextResponse.next({ request: { headers: requestHeaders } });

  if (!token) {
    if (isApi || isPublicDisclosure(pathname)) return next();
    if (PUBLIC_PAGES.includes(pathname)) {
      const response = next();
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
  const response = next();
  // next-auth's own endpoints set or clear the cookie themselves (sign-in, sign-out, session).
  // A cookie issued under a minute ago is not re-issued (shouldReissueCookie: idle timeout 29–30 minutes).
  if (!pathname.startsWith('/api/auth/') && shouldReissueCookie(token)) {
    const value = await encodeSessionToken({ token, secret, maxAge: IDLE_TIMEOUT_SECONDS });
    response.cookies.set(cookieName, value, {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: secureCookies(),
      expires: cookieExpiry(token.authTime ?? 0),
    });
  }
  return response;
}

export async function proxy(req: NextRequest) {
  const https = req.nextUrl.protocol === 'https:' || secureCookies();
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, https);
  const response = await handle(req, nonce, csp);
  applySecurityHeaders(response.headers, csp, https);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|jpg|svg|css|js|woff2?)$).*)'],
};
