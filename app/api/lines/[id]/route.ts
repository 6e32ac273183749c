import { route } from '@/lib/http/route';
import { deleteLine, updateLine } from '@/lib/services/lines';

export const PATCH = route(updateLine);
export const DELETE = route(deleteLine);
