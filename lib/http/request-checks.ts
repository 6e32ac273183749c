/**
 * Request-level checks of every mutating route (lib/http/route.ts), before the guard:
 * - CSRF: the Origin (or, without one, Sec-Fetch-Site) must be the app's own origin, and the
 *   body's media type exactly `application/json` (a cross-site form or `no-cors` fetch can only
 *   send text/plain, urlencoded or multipart without a CORS preflight); multipart/form-data only
 *   where a route declares it.
 * - size: at most MAX_BODY_BYTES, by Content-Length and by what is actually streamed.
 * Non-browser clients (no Origin, no Sec-Fetch-Site) pass the origin check: CSRF needs a browser.
 */
import { AppError, forbidden } from '@/lib/errors';

export const MAX_BODY_BYTES = 10 * 1024 * 1024;
/** Next's own limit of a server action's body (experimental.serverActions.bodySizeLimit, 1 MB). */
export const SERVER_ACTION_MAX_BYTES = 1024 * 1024;

export type BodyKind = 'json' | 'multipart';

/** `type/subtype` lower-cased and its parameters, or null when the header is not a media type. */
export function parseMediaType(header: string | null): { type: string; params: Map<string, string> } | null {
  if (!header) return null;
  const [essence = '', ...rest] = header.split(';');
  const type = essence.trim().toLowerCase();
  if (!/^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type)) return null;
  const params = new Map<string, string>();
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq < 0) return null;
    const key = part.slice(0, eq).trim().toLowerCase();
    const value = part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    if (!key || params.has(key)) return null;
    params.set(key, value);
  }
  return { type, params };
}

/** Which body the Content-Type announces, or a 415 in Chinese. */
export function bodyKind(header: string | null, allowMultipart: boolean): BodyKind {
  const media = parseMediaType(header);
  if (media?.type === 'application/json') {
    const extra = [...media.params].filter(([key, value]) => !(key === 'charset' && value.toLowerCase() === 'utf-8'));
    if (extra.length === 0) return 'json';
  }
  if (allowMultipart && media?.type === 'multipart/form-data' && media.params.get('boundary')) return 'multipart';
  const expected = allowMultipart ? 'application/json 或 multipart/form-data' : 'application/json';
  throw new AppError('UNSUPPORTED_MEDIA_TYPE', `请求内容类型须为 ${expected}`);
}

/** The origins this app answers as: NEXTAUTH_URL's and the one the request was addressed to. */
function ownOrigins(req: Request, env: NodeJS.ProcessEnv): Set<string> {
  const origins = new Set<string>();
  const url = new URL(req.url);
  const host = req.headers.get('host');
  origins.add(host ? `${url.protocol}//${host}`.toLowerCase() : url.origin.toLowerCase());
  if (env.NEXTAUTH_URL) {
    try {
      origins.add(new URL(env.NEXTAUTH_URL).origin.toLowerCase());
    } catch {
      // an unusable NEXTAUTH_URL adds nothing
    }
  }
  return origins;
}

/** Null when the request may come from where it says; otherwise why not (for the audit row). */
export function originProblem(req: Request, env: NodeJS.ProcessEnv = process.env): string | null {
  const origin = req.headers.get('origin');
  if (origin !== null) {
    return ownOrigins(req, env).has(origin.trim().toLowerCase()) ? null : `Origin ${origin.slice(0, 200)}`;
  }
  const site = req.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') return `Sec-Fetch-Site ${site.slice(0, 50)}`;
  return null;
}

export const CROSS_SITE_MESSAGE = '请求来源不是本系统，已拒绝（跨站请求）';

export function crossSiteRefusal(): AppError {
  return forbidden(CROSS_SITE_MESSAGE);
}

export function tooLarge(limit = MAX_BODY_BYTES): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', `请求内容不得超过 ${limit / 1024 / 1024} MB`);
}

/** The body's bytes, refusing (413) a declared or streamed size over the limit. */
export async function readLimitedBody(req: Request, limit = MAX_BODY_BYTES): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
