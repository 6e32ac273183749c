'use server';

import { revalidatePath } from 'next/cache';
import type { Action } from '@/lib/auth/permissions';
import { departmentTransitionSchema, unitTransitionSchema } from '@/lib/schemas/submission';
import { transitionDepartmentSubmission, transitionUnitSubmission } from '@/lib/services/submissions';
import { runAction } from './safe-action';

const UNIT_PERMISSION = { submit: 'unit.submit', approve: 'unit.approve', return: 'unit.return' } as const satisfies Record<string, Action>;
const DEPARTMENT_PERMISSION = { submit: 'department.submit', accept: 'department.accept', return: 'department.return' } as const satisfies Record<string, Action>;

/** 提交 / 审核 / 退回 a unit's budget. */
export async function transitionUnitAction(raw: unknown) {
  const result = await runAction({ action: (i) => UNIT_PERMISSION[i.action], input: unitTransitionSchema }, raw, transitionUnitSubmission);
  if (result.ok) revalidatePath('/approval');
  return result;
}

/** 报送 / 批复 / 退回 a department's budget. */
export async function transitionDepartmentAction(raw: unknown) {
  const result = await runAction({ action: (i) => DEPARTMENT_PERMISSION[i.action], input: departmentTransitionSchema }, raw, transitionDepartmentSubmission);
  if (result.ok) revalidatePath('/approval');
  return result;
}
