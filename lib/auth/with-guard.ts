/**
 * Route handlers: `export const POST = withGuard('line.edit', async ({ req, actor, scope }) => …)`.
 * The guard runs before the body; any refusal becomes JSON with its status (401, 403, 400,
 * 404, 409) and a Chinese `error` message.
 */
import { describeError } from '@/lib/services/errors';
import { guard, type Guarded } from './guard';
import type { Action } from './permissions';

type Context<P> = { params: Promise<P> };

export interface GuardedRequest<P> extends Guarded {
  req: Request;
  params: P;
}

export function errorResponse(error: unknown): Response {
  const { status, body } = describeError(error);
  return Response.json(body, { status });
}

export function withGuard<P = Record<string, never>>(action: Action, handler: (request: GuardedRequest<P>) => Promise<unknown>) {
  return async (req: Request, context: Context<P>): Promise<Response> => {
    try {
      const guarded = await guard(action);
      const result = await handler({ req, params: await context.params, ...guarded });
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
