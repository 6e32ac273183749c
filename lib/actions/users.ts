'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { id } from '@/lib/schemas/common';
import { createUserSchema, updateUserSchema } from '@/lib/schemas/user';
import { createUser, updateUser } from '@/lib/services/users';
import { runAction } from './safe-action';

export async function createUserAction(raw: unknown) {
  const result = await runAction({ action: 'user.manage', input: createUserSchema }, raw, createUser);
  if (result.ok) revalidatePath('/admin/users');
  return result;
}

/** `{ id, patch: { role?, departmentId?, unitIds?, active?, displayName?, resetPassword? } }` */
export async function updateUserAction(raw: unknown) {
  const input = z.object({ id: id('用户'), patch: updateUserSchema });
  const result = await runAction({ action: 'user.manage', input }, raw, (g, i) => updateUser(g, i.id, i.patch));
  if (result.ok) revalidatePath('/admin/users');
  return result;
}
