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
import { notFoundMessage } from '../report';
import { loadDepartmentReportCached } from '../report-cache';

export type DepartmentReportQuery = Pick<ReportQuery, 'department' | 'year' | 'unit'>;

/**
 * 403 outside the reader's scope (an unknown department too, unless the scope is the whole
 * county: a department reader learns nothing about other codes); 404 without data.
 */
export async function readDepartmentReport(g: Guarded, query: DepartmentReportQuery): Promise<RenderedReport> {
  if (g.scope.kind === 'none') throw forbidden('当前账户无权查看部门预算公开报表');
  const request = { departmentCode: query.department, year: query.year, unit: query.unit };
  const department = await findDepartmentByCode(getPrisma(), query.department);
  if (!department && g.scope.kind === 'county') throw notFound(notFoundMessage(request));
  if (!department || !reachesDepartment(g.scope, department.id)) throw forbidden(`无权查看部门 ${query.department} 的预算公开报表`);
  const report = await loadDepartmentReportCached(getPrisma(), request);
  if (!report) throw notFound(notFoundMessage(request));
  return report;
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
