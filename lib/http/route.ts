/**
 * Route handlers generated from an operation (lib/services/operation.ts), one line each:
 *   export const PATCH = route(updateLine);
 * The payload is the JSON body (the query string for GET/HEAD) with the path params merged
 * over it, so `/api/lines/[id]` takes the same `{ id, version, … }` as the server action.
 * A non-GET request first passes the request checks (lib/http/request-checks.ts: own origin,
 * exact media type, size). Any refusal becomes JSON `{ error, code, … }` with its status; a
 * refused write is audited (lib/http/refusal-audit.ts). An operation marked PUBLIC
 * (lib/services/operation.ts) is answered without reading the session, for GET/HEAD only.
 */
import type { z } from 'zod';
import { authenticate } from '@/lib/auth/guard';
import { describeError, forbidden, invalidInput } from '@/lib/errors';
import { execute, isPublic, type Operation } from '@/lib/services/operation';
import { AUDITED_REFUSALS, auditRefusal } from './refusal-audit';
import { bodyKind, crossSiteRefusal, originProblem, readLimitedBody } from './request-checks';

type Context = { params: Promise<Record<string, string | string[]>> };

export interface RouteOptions<T> {
  /** Status of a success (default 200; 201 for a create). */
  status?: number;
  /** A response other than JSON (an xlsx download, an HTML page), built from the result. */
  respond?: (result: T, req: Request) => Response | Promise<Response>;
  /** How a non-GET body is read, replacing the JSON/multipart reader: the workbook upload declares `readUploadForm` (lib/http/upload.ts). */
  body?: (req: Request) => Promise<unknown>;
  /**
   * Also accept `multipart/form-data` (an upload): the payload is then the form's fields
   * (File values for files) with the path params over them. JSON stays accepted.
   */
  multipart?: boolean;
}

export function errorResponse(error: unknown): Response {
  const { status, body } = describeError(error);
  return Response.json(body, { status });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isRead = (req: Request) => req.method === 'GET' || req.method === 'HEAD';

/**
 * The body of a mutating request: JSON (exactly application/json, at most 10 MB), or the fields
 * of a multipart form where the route allows it. 415 / 413 / 400 otherwise.
 */
async function readBody(req: Request, allowMultipart: boolean): Promise<unknown> {
  const contentType = req.headers.get('content-type');
  const kind = bodyKind(contentType, allowMultipart);
  const bytes = await readLimitedBody(req);
  if (kind === 'multipart') {
    try {
      const form = await new Response(bytes, { headers: { 'content-type': contentType ?? '' } }).formData();
      return Object.fromEntries(form);
    } catch {
      throw invalidInput(null, '请求内容须为有效的 multipart/form-data 表单');
    }
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw invalidInput(null, '请求内容须为有效的JSON');
  }
}

/** The payload of a request: body or query string, path params over it. */
async function payload(req: Request, context: Context | undefined, options: Pick<RouteOptions<unknown>, 'body' | 'multipart'>): Promise<unknown> {
  const params = (await context?.params) ?? {};
  const body = () => (options.body ? options.body(req) : readBody(req, options.multipart ?? false));
  const raw = isRead(req) ? Object.fromEntries(new URL(req.url).searchParams) : await body();
  if (Object.keys(params).length === 0) return raw;
  return isPlainObject(raw) ? { ...raw, ...params } : raw;
}

export function route<S extends z.ZodType, T>(operation: Operation<S, T>, options: RouteOptions<T> = {}) {
  return async (req: Request, context?: Context): Promise<Response> => {
    try {
      if (!isRead(req) && originProblem(req)) throw crossSiteRefusal();
      if (isPublic(operation) && !isRead(req)) throw forbidden('公开数据只可读取');
      const user = isPublic(operation) ? null : await authenticate();
      const result = await execute(operation, user, await payload(req, context, options));
      if (options.respond) return await options.respond(result, req);
      return Response.json(result, { status: options.status ?? 200 });
    } catch (error) {
      const { status, body } = describeError(error);
      if (!isRead(req) && AUDITED_REFUSALS.has(status)) {
        const request = `${req.method} ${new URL(req.url).pathname}`;
        await auditRefusal({ request, headers: req.headers, operation: operation.name, status, code: body.code, message: body.error });
      }
      return Response.json(body, { status });
    }
  };
}
