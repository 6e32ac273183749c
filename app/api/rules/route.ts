import { route } from '@/lib/http/route';
import { updateRule } from '@/lib/services/rules';

export const PUT = route(updateRule);
