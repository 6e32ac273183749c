import { withGuard } from '@/lib/auth/with-guard';
import { updateUserSchema } from '@/lib/schemas/user';
import { updateUser } from '@/lib/services/users';

/** PATCH /api/admin/users/[id]: role, departmentId, unitIds, active, displayName, resetPassword. */
export const PATCH = withGuard<{ id: string }, typeof updateUserSchema>({ action: 'user.manage', input: updateUserSchema }, ({ params, input, actor, scope }) =>
  updateUser({ actor, scope }, params.id, input),
);
