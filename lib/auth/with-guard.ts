/**
 * @deprecated The pre-operation wrapper, kept only for GET /api/report and GET /api/county until
 * they are declared as operations (lib/services/operation.ts) and generated with `route()`
 * (lib/http/route.ts); delete this file then. Order: signed in (401) → permission (403) →
 * query string (400) → handler; any refusal becomes JSON `{ error, code, … }` with its status.
 */
import type { z } from 'zod';
import { describeError } from '@/lib/errors';
import { parseInput } from '@/lib/schemas/parse';
import { guard, type Guarded } from './guard';
import type { Action } from './permissions';

export function withGuard<S extends z.ZodType>(spec: { action: Action; input: S }, handler: (request: Guarded & { input: z.infer<S> }) => Promise<unknown>) {
  return async (req: Request): Promise<Response> => {
    try {
      const guarded = await guard(spec.action);
      const input = parseInput(spec.input, Object.fromEntries(new URL(req.url).searchParams));
      const result = await handler({ ...guarded, input });
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      const { status, body } = describeError(error);
      return Response.json(body, { status });
    }
  };
}
