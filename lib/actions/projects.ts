'use server';

import { createProject, savePerformanceForm, updateProject } from '@/lib/services/projects';
import { action } from './safe-action';

export const createProjectAction = action(createProject);
export const updateProjectAction = action(updateProject);
export const savePerformanceFormAction = action(savePerformanceForm);
