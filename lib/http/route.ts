/**
 * Route handlers generated from an operation (lib/services/operation.ts), one line each:
 *   export const PATCH = route(updateLine);
 * The payload is the JSON body (the query string for GET/HEAD) with the path params merged
 * over it, so `/api/lines/[id]` takes the same `{ id, version, … }` as the server action.
 * Any refusal becomes JSON `{ error, code, … }` with its status.
 */
import type { z } from 'zod';
import { authenticate } from '@/lib/auth/guard';
import { describeError, invalidInput } from '@/lib/errors';
import { execute, type Operation } from '@/lib/services/operation';

type Context = { params: Promise<Record<string, string | string[]>> };

export interface RouteOptions<T> {
  /** Status of a success (default 200; 201 for a create). */
  status?: number;
  /** A response other than JSON (an xlsx download, an HTML page), built from the result. */
  respond?: (result: T, req: Request) => Response | Promise<Response>;
  /** How a non-GET body is read (default: JSON only); an upload declares `readUploadForm` (lib/http/upload.ts). */
  body?: (req: Request) => Promise<unknown>;
}

export function errorResponse(error: unknown): Response {
  const { status, body } = describeError(error);
  return Response.json(body, { status });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The JSON body of a request, or a 400. The content type must say JSON: a cross-site form can
 * post text/plain but not application/json without a CORS preflight.
 */
async function readJson(req: Request): Promise<unknown> {
  if (!req.headers.get('content-type')?.toLowerCase().includes('application/json')) {
    throw invalidInput(null, '请求内容须为JSON（Content-Type: application/json）');
  }
  try {
    return await req.json();
  } catch {
    throw invalidInput(null, '请求内容须为有效的JSON');
  }
}

/** The payload of a request: body or query string, path params over it. */
async function payload(req: Request, context: Context | undefined, readBody: (req: Request) => Promise<unknown>): Promise<unknown> {
  const params = (await context?.params) ?? {};
  const raw = req.method === 'GET' || req.method === 'HEAD' ? Object.fromEntries(new URL(req.url).searchParams) : await readBody(req);
  if (Object.keys(params).length === 0) return raw;
  return isPlainObject(raw) ? { ...raw, ...params } : raw;
}

export function route<S extends z.ZodType, T>(operation: Operation<S, T>, options: RouteOptions<T> = {}) {
  return async (req: Request, context?: Context): Promise<Response> => {
    try {
      const user = await authenticate();
      const result = await execute(operation, user, await payload(req, context, options.body ?? readJson));
      if (options.respond) return await options.respond(result, req);
      return Response.json(result, { status: options.status ?? 200 });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
