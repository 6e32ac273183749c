'use server';

import { revalidatePath } from 'next/cache';
import { createProcurementSchema } from '@/lib/schemas/project';
import { createProcurement } from '@/lib/services/projects';
import { runAction } from './safe-action';

/** A 政府采购 entry (货物/工程/服务) of the accountant's unit. */
export async function createProcurementAction(raw: unknown) {
  const result = await runAction({ action: 'procurement.edit', input: createProcurementSchema }, raw, createProcurement);
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}
