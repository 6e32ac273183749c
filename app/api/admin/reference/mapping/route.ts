import { route } from '@/lib/http/route';
import { deleteMapping, listMapping, upsertMapping } from '@/lib/services/mapping';

export const GET = route(listMapping);
export const PUT = route(upsertMapping);
export const DELETE = route(deleteMapping);
