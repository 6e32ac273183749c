/**
 * An operation is declared once: its permission, its input schema and its body. The route
 * handler (lib/http/route.ts) and the server action (lib/actions/safe-action.ts) are generated
 * from the declaration, so both surfaces take the same payload through the same guard:
 *   signed in (401) → permission (403) → input (400) → run.
 * When the permission depends on the input (submit vs approve), the input is parsed first.
 */
import type { z } from 'zod';
import { authorize, type Guarded, type SignedInUser } from '@/lib/auth/guard';
import type { Action } from '@/lib/auth/permissions';
import { parseInput } from '@/lib/schemas/parse';

export interface Operation<S extends z.ZodType = z.ZodType, T = unknown> {
  /** `entity.verb`, e.g. `line.update`: names the operation in tests and the access matrix. */
  name: string;
  /** The permission, or how to read it from the parsed input. */
  permission: Action | ((input: z.infer<S>) => Action);
  /** The whole payload: a route merges its path params over the JSON body (or query string). */
  input: S;
  /** A write revalidates the pages after success; a read leaves them. */
  kind: 'read' | 'write';
  run(guarded: Guarded, input: z.infer<S>): Promise<T>;
}

export function defineOperation<S extends z.ZodType, T>(operation: Operation<S, T>): Operation<S, T> {
  return operation;
}

/** The result type of an operation. */
export type OperationResult<O> = O extends Operation<z.ZodType, infer T> ? T : never;

/** The shared core of both surfaces, given the signed-in user and the raw payload. */
export async function execute<S extends z.ZodType, T>(operation: Operation<S, T>, user: SignedInUser, raw: unknown): Promise<T> {
  const { permission } = operation;
  if (typeof permission === 'function') {
    const input = parseInput(operation.input, raw);
    return operation.run(authorize(user, permission(input)), input);
  }
  const guarded = authorize(user, permission);
  return operation.run(guarded, parseInput(operation.input, raw));
}
