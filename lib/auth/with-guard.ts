/**
 * Route handlers go through here:
 *   export const POST = withGuard({ action: 'line.edit', input: createLineSchema }, ({ input, actor, scope }) => createLine({ actor, scope }, input));
 * Order: signed in (401) → permission (403) → input (400) → handler. When the permission
 * depends on the input (`action: (input) => …`, e.g. submit vs approve), the input is parsed
 * first. Any refusal becomes JSON `{ error, code, … }` with its status.
 */
import type { z } from 'zod';
import { describeError } from '@/lib/errors';
import { parseInput, readJson } from '@/lib/services/input';
import { authenticate, authorize, type Guarded } from './guard';
import type { Action } from './permissions';

type Context<P> = { params: Promise<P> };

export interface RouteSpec<S extends z.ZodType> {
  /** The permission, or how to read it from the parsed input. */
  action: Action | ((input: z.infer<S>) => Action);
  /** Schema of the input: the query string for GET, the JSON body otherwise. */
  input: S;
}

export interface GuardedRequest<P, I> extends Guarded {
  req: Request;
  params: P;
  input: I;
}

export function errorResponse(error: unknown): Response {
  const { status, body } = describeError(error);
  return Response.json(body, { status });
}

/**
 * The shared core of routes and server actions: signed in (401) → permission (403) → input
 * (400); when the permission depends on the input, the input is parsed first.
 */
export async function guardInput<S extends z.ZodType>(spec: RouteSpec<S>, raw: () => Promise<unknown>): Promise<Guarded & { input: z.infer<S> }> {
  const user = await authenticate();
  const { action } = spec;
  if (typeof action === 'function') {
    const input = parseInput(spec.input, await raw());
    return { ...authorize(user, action(input)), input };
  }
  const guarded = authorize(user, action);
  return { ...guarded, input: parseInput(spec.input, await raw()) };
}

/** The raw input of a request: the query string of a GET, the JSON body otherwise. */
function rawInput(req: Request): Promise<unknown> {
  if (req.method === 'GET' || req.method === 'HEAD') return Promise.resolve(Object.fromEntries(new URL(req.url).searchParams));
  return readJson(req);
}

export function withGuard<P = Record<string, never>, S extends z.ZodType = z.ZodType>(
  spec: RouteSpec<S>,
  handler: (request: GuardedRequest<P, z.infer<S>>) => Promise<unknown>,
) {
  return async (req: Request, context: Context<P>): Promise<Response> => {
    try {
      const guarded = await guardInput(spec, () => rawInput(req));
      const result = await handler({ req, params: await context.params, ...guarded });
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
