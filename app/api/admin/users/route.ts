import { withGuard } from '@/lib/auth/with-guard';
import { createUserSchema } from '@/lib/schemas/user';
import { createUser } from '@/lib/services/users';

/** POST /api/admin/users: a new user with an initial password (changed at first sign-in). */
export const POST = withGuard({ action: 'user.manage', input: createUserSchema }, async ({ input, actor, scope }) =>
  Response.json(await createUser({ actor, scope }, input), { status: 201 }),
);
