/**
 * The scoped read behind GET /api/report: a reader tied to a department (部门领导, 单位财务) sees
 * only that department's report; the finance bureau sees every department. The scope comes
 * from the guard; this only compares it with the requested department.
 */
import type { Guarded } from '@/lib/auth/guard';
import { getPrisma } from '@/lib/db/client';
import { findDepartment } from '@/lib/db/workflow-repository';
import { buildWireReport, notFoundMessage } from '@/lib/export/build-report';
import type { RenderedReport } from '@/lib/budget/report-wire';
import { forbidden, notFound } from '@/lib/errors';
import type { ReportQuery } from './schema';

async function assertReaches(g: Guarded, departmentCode: string): Promise<void> {
  const { scope } = g;
  if (scope.kind === 'county') return;
  if (scope.kind === 'none') throw forbidden('当前账户无权查看部门预算公开报表');
  const own = await findDepartment(getPrisma(), scope.departmentId);
  if (own?.code !== departmentCode) throw forbidden(`无权查看部门 ${departmentCode} 的预算公开报表`);
}

export async function readReport(g: Guarded, query: ReportQuery): Promise<RenderedReport> {
  await assertReaches(g, query.department);
  const request = { departmentCode: query.department, year: query.year, unit: query.unit };
  const report = await buildWireReport(getPrisma(), request);
  if (!report) throw notFound(notFoundMessage(request));
  return report;
}
