/**
 * An operation is declared once: its permission, its input schema and its body. The route
 * handler (lib/http/route.ts) and the server action (lib/actions/safe-action.ts) are generated
 * from the declaration, so both surfaces take the same payload through the same guard:
 *   signed in (401) → permission (403) → input (400) → run.
 * When the permission depends on the input (submit vs approve), the input is parsed first.
 * An operation marked `permission: PUBLIC` is a read of published (公开) data that anyone may make
 * without signing in (the /public pages' downloads): it is a read, it gets no guard result (null),
 * and its input is still parsed by its zod schema; it must scope itself to published data.
 */
import type { z } from 'zod';
import { authorize, type Guarded, type SignedInUser } from '@/lib/auth/guard';
import type { Action } from '@/lib/auth/permissions';
import { unauthenticated } from '@/lib/errors';
import { parseInput } from '@/lib/schemas/parse';

/** The permission marker of an anonymous read of published data (部门预算公开). */
export const PUBLIC = 'public';

export interface GuardedOperation<S extends z.ZodType = z.ZodType, T = unknown> {
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

/** Anyone, signed in or not, may call it: a read of published data only, without a guard result. */
export interface PublicOperation<S extends z.ZodType = z.ZodType, T = unknown> {
  name: string;
  permission: typeof PUBLIC;
  input: S;
  kind: 'read';
  run(guarded: null, input: z.infer<S>): Promise<T>;
}

export type Operation<S extends z.ZodType = z.ZodType, T = unknown> = GuardedOperation<S, T> | PublicOperation<S, T>;

export function defineOperation<S extends z.ZodType, T>(operation: GuardedOperation<S, T>): GuardedOperation<S, T>;
export function defineOperation<S extends z.ZodType, T>(operation: PublicOperation<S, T>): PublicOperation<S, T>;
export function defineOperation<S extends z.ZodType, T>(operation: Operation<S, T>): Operation<S, T> {
  return operation;
}

/** True when the operation needs no sign-in. */
export function isPublic<S extends z.ZodType, T>(operation: Operation<S, T>): operation is PublicOperation<S, T> {
  return operation.permission === PUBLIC;
}

/** The result type of an operation. */
export type OperationResult<O> = O extends Operation<z.ZodType, infer T> ? T : never;

/** The shared core of both surfaces, given the signed-in user (null: nobody signed in) and the raw payload. */
export async function execute<S extends z.ZodType, T>(operation: Operation<S, T>, user: SignedInUser | null, raw: unknown): Promise<T> {
  if (isPublic(operation)) return operation.run(null, parseInput(operation.input, raw));
  if (!user) throw unauthenticated();
  const { permission } = operation;
  if (typeof permission === 'function') {
    const input = parseInput(operation.input, raw);
    return operation.run(authorize(user, permission(input)), input);
  }
  const guarded = authorize(user, permission);
  return operation.run(guarded, parseInput(operation.input, raw));
}
