'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createLineSchema, deleteLineSchema, updateLineSchema } from '@/lib/schemas/line';
import { id } from '@/lib/schemas/common';
import { createLine, deleteLine, updateLine } from '@/lib/services/lines';
import { runAction } from './safe-action';

const withId = <S extends z.ZodObject>(schema: S) => z.object({ id: id('明细行'), patch: schema });

export async function createLineAction(raw: unknown) {
  const result = await runAction({ action: 'line.edit', input: createLineSchema }, raw, createLine);
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}

/** `{ id, patch: { version, …changed fields } }` */
export async function updateLineAction(raw: unknown) {
  const result = await runAction({ action: 'line.edit', input: withId(updateLineSchema) }, raw, (g, i) => updateLine(g, i.id, i.patch));
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}

/** `{ id, patch: { version } }` */
export async function deleteLineAction(raw: unknown) {
  const result = await runAction({ action: 'line.edit', input: withId(deleteLineSchema) }, raw, (g, i) => deleteLine(g, i.id, i.patch));
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}
