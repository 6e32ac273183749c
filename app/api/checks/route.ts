import { route } from '@/lib/http/route';
import { listFindings } from '@/lib/services/rules';

export const GET = route(listFindings);
