'use server';

import { changePasswordSchema } from '@/lib/schemas/auth';
import { changeOwnPassword } from '@/lib/services/account';
import { runAction } from './safe-action';

export async function changePasswordAction(raw: unknown) {
  return runAction({ action: 'account.password', input: changePasswordSchema }, raw, changeOwnPassword);
}
