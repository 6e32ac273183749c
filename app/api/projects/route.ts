import { withGuard } from '@/lib/auth/with-guard';
import { createProjectSchema } from '@/lib/schemas/project';
import { createProject } from '@/lib/services/projects';

/** POST /api/projects: a new 项目 of the accountant's unit. */
export const POST = withGuard({ action: 'project.edit', input: createProjectSchema }, async ({ input, actor, scope }) =>
  Response.json(await createProject({ actor, scope }, input), { status: 201 }),
);
