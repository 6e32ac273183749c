/**
 * The 预算年度 remembered per user for the browser session: the shell stores the year of every
 * page shown with ?year= in a cookie tagged with the user's id (components/shell/YearPicker; a
 * page shown, not a link the router prefetches), and the proxy sends a page asked for without
 * ?year= to the remembered year, so typed or bookmarked addresses keep the year too. Signing in
 * starts without it (the proxy clears it on /login), so each sign-in lands on the year with work
 * waiting (lib/services/read/years.ts). Pure: the proxy and the shell apply it.
 */
export const YEAR_COOKIE = 'budget-year';
/** Request header the proxy sets to the URL's ?year= (and removes otherwise) for the shell, which gets no searchParams. */
export const YEAR_HEADER = 'x-budget-year';

/** Pages that have no fiscal year (the redirect would only add noise to their address). */
const YEARLESS = ['/', '/login', '/account', '/admin/users', '/audit', '/public'];

const YEAR = /^\d{4}$/;

export function isYearValue(value: string | null | undefined): value is string {
  return typeof value === 'string' && YEAR.test(value);
}

/** "<userId>:<year>" (characters a cookie value may hold as they are). */
export function yearCookieValue(userId: string, year: string): string {
  return `${userId}:${year}`;
}

/** The year remembered for this user, or null (another user's cookie counts as none). */
export function rememberedYear(cookie: string | undefined, userId: string): string | null {
  if (!cookie) return null;
  const at = cookie.lastIndexOf(':');
  const year = cookie.slice(at + 1);
  return at > 0 && cookie.slice(0, at) === userId && isYearValue(year) ? year : null;
}

/** The cookie the shell writes: the browser session, every path. */
export function yearCookie(userId: string, year: string): string {
  return `${YEAR_COOKIE}=${yearCookieValue(userId, year)}; path=/; samesite=lax`;
}

export interface YearRequest {
  method: string;
  pathname: string;
  /** The request's ?year=, if any. */
  asked: string | null;
  /** A server action's POST carries this header; it must never be redirected. */
  isAction: boolean;
  /** The router prefetching a link is not the user choosing its year. */
  isPrefetch?: boolean;
}

/** The remembered year to send a request to, or null to let it through as asked. */
export function yearRedirect(req: YearRequest, remembered: string | null): string | null {
  if (req.pathname.startsWith('/api/') || req.pathname.startsWith('/_next/')) return null;
  if (req.isPrefetch || req.asked !== null) return null;
  const yearless = YEARLESS.some((p) => req.pathname === p || (p !== '/' && req.pathname.startsWith(`${p}/`)));
  return remembered && req.method === 'GET' && !req.isAction && !yearless ? remembered : null;
}
