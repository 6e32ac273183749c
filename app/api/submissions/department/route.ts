import type { Action } from '@/lib/auth/permissions';
import { withGuard } from '@/lib/auth/with-guard';
import type { DepartmentAction } from '@/lib/budget/workflow';
import { departmentTransitionSchema } from '@/lib/schemas/submission';
import { transitionDepartmentSubmission } from '@/lib/services/submissions';

const PERMISSION: Record<DepartmentAction, Action> = { submit: 'department.submit', accept: 'department.accept', return: 'department.return' };

/** POST /api/submissions/department { action: submit|accept|return, departmentId, year, reason }. */
export const POST = withGuard({ action: (input) => PERMISSION[input.action], input: departmentTransitionSchema }, ({ input, actor, scope }) =>
  transitionDepartmentSubmission({ actor, scope }, input),
);
