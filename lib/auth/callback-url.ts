/**
 * Where a sign-in may send the browser back to: a path of this app, nothing else. Refused (→ '/'):
 * absolute URLs, `//host` and `/\host` (browsers read both as another host), backslashes, control
 * characters and whitespace anywhere (the URL parser drops tabs and newlines, so `/\t/host` would
 * become `//host`), and the login page itself.
 */
const BASE = 'http://same-origin.invalid';

export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !/^\/(?![/\\])[^\\\s\u0000-\u001f\u007f]*$/.test(value)) return '/';
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return '/';
  }
  if (url.origin !== BASE || url.pathname.startsWith('//') || url.pathname.startsWith('/login')) return '/';
  return url.pathname + url.search + url.hash;
}

/** next-auth's redirect callback: same-origin URLs (absolute or a path) as a safe path, else home. */
export function safeRedirect(url: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  let path = url;
  if (!url.startsWith('/')) {
    try {
      const target = new URL(url);
      if (target.origin !== base.origin) return `${base.origin}/`;
      path = target.pathname + target.search + target.hash;
    } catch {
      return `${base.origin}/`;
    }
  }
  return base.origin + safeCallbackPath(path);
}
