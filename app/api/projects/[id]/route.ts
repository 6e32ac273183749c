import { route } from '@/lib/http/route';
import { deleteProject, updateProject } from '@/lib/services/projects';

export const PATCH = route(updateProject);
export const DELETE = route(deleteProject);
