/**
 * The signed-in read of a department-year's 部门预算公开报告, shared by the report page and
 * GET /api/report: access is decided here, once, by the guard's scope (lib/auth/scope.ts
 * reachesDepartment), then the one pipeline (lib/services/report.ts) loads the report.
 */
import type { Guarded } from '@/lib/auth/guard';
import { reachesDepartment } from '@/lib/auth/scope';
import type { RenderedReport } from '@/lib/budget/report-wire';
import type { DepartmentBudget } from '@/lib/budget/types';
import { loadDepartmentBudget } from '@/lib/db/budget-repository';
import { getPrisma } from '@/lib/db/client';
import { findDepartmentByCode } from '@/lib/db/report-repository';
import { forbidden, notFound } from '@/lib/errors';
import { reportQuerySchema, type ReportQuery } from '@/lib/schemas/report';
import { defineOperation } from '../operation';
import { loadDepartmentReport, notFoundMessage } from '../report';

export type DepartmentReportQuery = Pick<ReportQuery, 'department' | 'year' | 'unit'>;

/**
 * 403 outside the reader's scope (an unknown department too, unless the scope is the whole
 * county: a department reader learns nothing about other codes); 404 without data.
 */
export async function readDepartmentReport(g: Guarded, query: DepartmentReportQuery): Promise<RenderedReport> {
  const request = { departmentCode: query.department, year: query.year, unit: query.unit };
  await assertReadsDepartment(g, request);
  const report = await loadDepartmentReport(getPrisma(), request);
  if (!report) throw notFound(notFoundMessage(request));
  return report;
}

/** The access rule of every read of a department's report (the report, a cell's drill-down): see above. */
export async function assertReadsDepartment(g: Guarded, request: { departmentCode: string; year: number }): Promise<void> {
  if (g.scope.kind === 'none') throw forbidden('当前账户无权查看部门预算公开报表');
  const department = await findDepartmentByCode(getPrisma(), request.departmentCode);
  if (!department && g.scope.kind === 'county') throw notFound(notFoundMessage(request));
  if (!department || !reachesDepartment(g.scope, department.id)) throw forbidden(`无权查看部门 ${request.departmentCode} 的预算公开报表`);
}

/** GET /api/report: the report with the format it was asked in (the route renders html/xlsx). */
export const readReport = defineOperation({
  name: 'report.read',
  permission: 'report.read',
  input: reportQuerySchema,
  kind: 'read',
  run: async (g, query) => ({ report: await readDepartmentReport(g, query), format: query.format }),
});

/** The budgets of the listed departments that the scope reaches (the county list's totals); null where none. */
export async function readDepartmentBudgets(g: Guarded, year: number, departments: readonly { id: string; code: string }[]): Promise<(DepartmentBudget | null)[]> {
  return Promise.all(
    departments.map((d) => (reachesDepartment(g.scope, d.id) ? loadDepartmentBudget(getPrisma(), d.code, year) : Promise.resolve(null))),
  );
}
