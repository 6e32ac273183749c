/** Parsing input with a schema: a failure becomes a 400 naming the field, in Chinese. */
import type { z } from 'zod';
import { invalidInput } from '@/lib/errors';
import { firstIssue } from './common';

export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const { field, message } = firstIssue(result.error);
  throw invalidInput(field, message);
}
