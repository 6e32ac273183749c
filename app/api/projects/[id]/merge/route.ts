import { route } from '@/lib/http/route';
import { mergeProject } from '@/lib/services/projects';

export const POST = route(mergeProject);
