'use server';

import { createProject, deleteProject, mergeProject, savePerformanceForm, updateProject } from '@/lib/services/projects';
import { action } from './safe-action';

export const createProjectAction = action(createProject);
export const updateProjectAction = action(updateProject);
export const deleteProjectAction = action(deleteProject);
export const mergeProjectAction = action(mergeProject);
export const savePerformanceFormAction = action(savePerformanceForm);
