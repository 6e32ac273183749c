/** Parsing request input with a schema: a failure becomes a 400 naming the field, in Chinese. */
import type { z } from 'zod';
import { firstIssue } from '@/lib/schemas/common';
import { invalidInput } from '@/lib/errors';

export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const { field, message } = firstIssue(result.error);
  throw invalidInput(field, message);
}

/**
 * The JSON body of a request, or a 400. The content type must say JSON: a cross-site form can
 * post text/plain but not application/json without a CORS preflight.
 */
export async function readJson(req: Request): Promise<unknown> {
  if (!req.headers.get('content-type')?.toLowerCase().includes('application/json')) {
    throw invalidInput(null, '请求内容须为JSON（Content-Type: application/json）');
  }
  try {
    return await req.json();
  } catch {
    throw invalidInput(null, '请求内容须为有效的JSON');
  }
}
