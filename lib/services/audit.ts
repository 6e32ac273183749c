/** 审计日志 for the reader's scope: leaders see their department, reviewers the county. */
import type { Guarded } from '@/lib/auth/guard';
import { departmentFilter, reachesDepartment } from '@/lib/auth/scope';
import { listAudit, type AuditRow } from '@/lib/db/audit-repository';
import { auditQuerySchema, type AuditQuery } from '@/lib/schemas/audit';
import { forbidden } from '@/lib/errors';
import { defineOperation } from './operation';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Dates in the filter are days in China Standard Time. */
const startOfDay = (date: string) => new Date(`${date}T00:00:00+08:00`);

export async function readAuditLog(g: Guarded, query: AuditQuery): Promise<AuditRow[]> {
  let departmentIds = departmentFilter(g.scope);
  if (query.departmentId) {
    if (!reachesDepartment(g.scope, query.departmentId)) throw forbidden('无权查看该部门的审计日志');
    departmentIds = [query.departmentId];
  }
  return listAudit({
    departmentIds,
    unitId: query.unitId,
    actorId: query.userId,
    kind: query.kind,
    from: query.from ? startOfDay(query.from) : undefined,
    before: query.to ? new Date(startOfDay(query.to).getTime() + DAY_MS) : undefined,
    limit: query.limit ?? 200,
  });
}

/** GET /api/audit?unitId=&userId=&kind=&from=YYYY-MM-DD&to=YYYY-MM-DD&limit= — the reader's scope only. */
export const listAuditLog = defineOperation({
  name: 'audit.list',
  permission: 'audit.read',
  input: auditQuerySchema,
  kind: 'read',
  run: async (g, query) => ({ entries: await readAuditLog(g, query) }),
});
