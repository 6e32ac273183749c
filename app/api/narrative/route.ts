import { route } from '@/lib/http/route';
import { putNarrative } from '@/lib/services/narrative';

export const PUT = route(putNarrative);
