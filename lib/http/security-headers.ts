/**
 * The security headers of every page and API response, set by the proxy (proxy.ts) with a fresh
 * nonce per request: Next reads the nonce from the request's Content-Security-Policy header and
 * puts it on its own scripts, so no script needs 'unsafe-inline'. Styles do ('unsafe-inline'):
 * the pages use style attributes. The headers that need no nonce are also set for static files
 * in next.config.js.
 */
export function contentSecurityPolicy(nonce: string, https: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

export const HSTS = 'max-age=31536000; includeSubDomains';

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** Sets the CSP and the static headers on a response; HSTS only when served over https. */
export function applySecurityHeaders(headers: Headers, csp: string, https: boolean): void {
  headers.set('Content-Security-Policy', csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) headers.set(name, value);
  if (https) headers.set('Strict-Transport-Security', HSTS);
}
