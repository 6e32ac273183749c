import { route } from '@/lib/http/route';
import { createProject } from '@/lib/services/projects';

export const POST = route(createProject, { status: 201 });
