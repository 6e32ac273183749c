'use server';

import { changeOwnPassword } from '@/lib/services/account';
import { action } from './safe-action';

export const changePasswordAction = action(changeOwnPassword);
