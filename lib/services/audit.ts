/** 审计日志 for the reader's scope: leaders see their department, reviewers the county. */
import type { Guarded } from '@/lib/auth/guard';
import { departmentFilter, reachesDepartment } from '@/lib/auth/scope';
import { pageAudit, type AuditRow } from '@/lib/db/audit-repository';
import { auditQuerySchema, type AuditQuery } from '@/lib/schemas/audit';
import { forbidden } from '@/lib/errors';
import { defineOperation } from './operation';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Dates in the filter are days in China Standard Time. */
const startOfDay = (date: string) => new Date(`${date}T00:00:00+08:00`);

export interface AuditPage {
  entries: AuditRow[];
  /** Rows the filter matches in all. */
  total: number;
  page: number;
  pageSize: number;
}

/** One page (`page`, 1-based, of `limit` rows, default 200) of the filtered rows, newest first. */
export async function readAuditLog(g: Guarded, query: AuditQuery): Promise<AuditPage> {
  let departmentIds = departmentFilter(g.scope);
  if (query.departmentId) {
    if (!reachesDepartment(g.scope, query.departmentId)) throw forbidden('无权查看该部门的审计日志');
    departmentIds = [query.departmentId];
  }
  const pageSize = query.limit ?? 200;
  const page = query.page ?? 1;
  const filter = {
    departmentIds,
    unitId: query.unitId,
    actorId: query.userId,
    kind: query.kind,
    from: query.from ? startOfDay(query.from) : undefined,
    before: query.to ? new Date(startOfDay(query.to).getTime() + DAY_MS) : undefined,
  };
  const { rows, total } = await pageAudit(filter, { skip: (page - 1) * pageSize, take: pageSize });
  return { entries: rows, total, page, pageSize };
}

/** GET /api/audit?unitId=&userId=&kind=&from=YYYY-MM-DD&to=YYYY-MM-DD&limit=&page= — the reader's scope only; `{ entries, total, page, pageSize }`. */
export const listAuditLog = defineOperation({
  name: 'audit.list',
  permission: 'audit.read',
  input: auditQuerySchema,
  kind: 'read',
  run: (g, query) => readAuditLog(g, query),
});
