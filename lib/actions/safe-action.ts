/**
 * Server actions go through here, like route handlers go through withGuard: the same guard
 * (401 → 403 → 400), then the service; refusals come back as a result the form can show.
 */
import type { z } from 'zod';
import { guardInput, type RouteSpec } from '@/lib/auth/with-guard';
import type { Guarded } from '@/lib/auth/guard';
import { describeError } from '@/lib/services/errors';

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; field?: string | null; status: number };

export async function runAction<S extends z.ZodType, T>(
  spec: RouteSpec<S>,
  raw: unknown,
  work: (guarded: Guarded, input: z.infer<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    const { input, ...guarded } = await guardInput(spec, async () => raw);
    return { ok: true, data: await work(guarded, input) };
  } catch (error) {
    const { status, body } = describeError(error);
    const field = typeof body.field === 'string' ? body.field : null;
    return { ok: false, error: body.error, field, status };
  }
}
