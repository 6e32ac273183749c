/**
 * Server actions generated from an operation (lib/services/operation.ts), one line each:
 *   export const updateLineAction = action(updateLine);
 * Same guard and payload as the route (401 → 403 → 400 → run); refusals come back as a result
 * the form can show (a refused write is audited, lib/http/refusal-audit.ts); a write revalidates
 * the pages after success.
 */
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import type { z } from 'zod';
import { authenticate } from '@/lib/auth/guard';
import { describeError } from '@/lib/errors';
import { AUDITED_REFUSALS, auditRefusal } from '@/lib/http/refusal-audit';
import { execute, type Operation } from '@/lib/services/operation';

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; field?: string | null; status: number };

/** The request's headers (for the refusal's IP); none outside a request. */
async function requestHeaders(): Promise<Headers> {
  try {
    return new Headers(await headers());
  } catch {
    return new Headers();
  }
}

export function action<S extends z.ZodType, T>(operation: Operation<S, T>): (raw: unknown) => Promise<ActionResult<T>> {
  return async (raw: unknown) => {
    try {
      const data = await execute(operation, await authenticate(), raw);
      if (operation.kind === 'write') revalidatePath('/', 'layout');
      return { ok: true, data };
    } catch (error) {
      const { status, body } = describeError(error);
      if (operation.kind === 'write' && AUDITED_REFUSALS.has(status)) {
        await auditRefusal({ request: `ACTION ${operation.name}`, headers: await requestHeaders(), operation: operation.name, status, code: body.code, message: body.error });
      }
      const field = typeof body.field === 'string' ? body.field : null;
      return { ok: false, error: body.error, field, status };
    }
  };
}
