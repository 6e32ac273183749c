'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { id } from '@/lib/schemas/common';
import { performanceFormSchema } from '@/lib/schemas/performance';
import { createProjectSchema, updateProjectSchema } from '@/lib/schemas/project';
import { createProject, savePerformanceForm, updateProject } from '@/lib/services/projects';
import { runAction } from './safe-action';

export async function createProjectAction(raw: unknown) {
  const result = await runAction({ action: 'project.edit', input: createProjectSchema }, raw, createProject);
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}

/** `{ id, patch: { version, …changed fields } }` */
export async function updateProjectAction(raw: unknown) {
  const input = z.object({ id: id('项目'), patch: updateProjectSchema });
  const result = await runAction({ action: 'project.edit', input }, raw, (g, i) => updateProject(g, i.id, i.patch));
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}

/** `{ id, form: { version?, funds, texts…, indicators } }`: the project's 绩效目标申报表. */
export async function savePerformanceFormAction(raw: unknown) {
  const input = z.object({ id: id('项目'), form: performanceFormSchema });
  const result = await runAction({ action: 'project.edit', input }, raw, (g, i) => savePerformanceForm(g, i.id, i.form));
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}
