import { route } from '@/lib/http/route';
import { listAuditLog } from '@/lib/services/audit';

export const GET = route(listAuditLog);
