import { route } from '@/lib/http/route';
import { deleteCode, renameCode } from '@/lib/services/codes';

export const PATCH = route(renameCode);
export const DELETE = route(deleteCode);
