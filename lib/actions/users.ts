'use server';

import { createUser, updateUser } from '@/lib/services/users';
import { action } from './safe-action';

export const createUserAction = action(createUser);
export const updateUserAction = action(updateUser);
