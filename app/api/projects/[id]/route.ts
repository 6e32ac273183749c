import { route } from '@/lib/http/route';
import { updateProject } from '@/lib/services/projects';

export const PATCH = route(updateProject);
