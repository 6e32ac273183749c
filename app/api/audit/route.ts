import { withGuard } from '@/lib/auth/with-guard';
import { auditQuerySchema } from '@/lib/schemas/audit';
import { readAuditLog } from '@/lib/services/audit';

/** GET /api/audit?unitId=&userId=&kind=&from=YYYY-MM-DD&to=YYYY-MM-DD&limit= — the reader's scope only. */
export const GET = withGuard({ action: 'audit.read', input: auditQuerySchema }, async ({ input, actor, scope }) => ({
  entries: await readAuditLog({ actor, scope }, input),
}));
