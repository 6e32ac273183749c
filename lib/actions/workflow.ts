'use server';

import { transitionDepartmentSubmission, transitionUnitSubmission } from '@/lib/services/submissions';
import { action } from './safe-action';

export const transitionUnitAction = action(transitionUnitSubmission);
export const transitionDepartmentAction = action(transitionDepartmentSubmission);
