import { withGuard } from '@/lib/auth/with-guard';
import { updateProjectSchema } from '@/lib/schemas/project';
import { updateProject } from '@/lib/services/projects';

/** PATCH /api/projects/[id]: changed fields + `version`. */
export const PATCH = withGuard<{ id: string }, typeof updateProjectSchema>({ action: 'project.edit', input: updateProjectSchema }, ({ params, input, actor, scope }) =>
  updateProject({ actor, scope }, params.id, input),
);
