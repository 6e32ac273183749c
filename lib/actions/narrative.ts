'use server';

import { revalidatePath } from 'next/cache';
import { putNarrativeSchema } from '@/lib/schemas/narrative';
import { putNarrative } from '@/lib/services/narrative';
import { runAction } from './safe-action';

/** A 情况说明 section of the leader's own department (optimistic version). */
export async function putNarrativeAction(raw: unknown) {
  const result = await runAction({ action: 'narrative.edit', input: putNarrativeSchema }, raw, putNarrative);
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}
