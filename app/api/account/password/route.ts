import { withGuard } from '@/lib/auth/with-guard';
import { changePasswordSchema } from '@/lib/schemas/auth';
import { changeOwnPassword } from '@/lib/services/account';

/** POST /api/account/password { currentPassword, newPassword, confirmPassword }. */
export const POST = withGuard({ action: 'account.password', input: changePasswordSchema }, ({ input, actor, scope }) =>
  changeOwnPassword({ actor, scope }, input),
);
