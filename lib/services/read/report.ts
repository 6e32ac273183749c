/**
 * The signed-in read of a department-year's 部门预算公开报告, shared by the report page and
 * GET /api/report: access is decided here, once, by the guard's scope (lib/auth/scope.ts
 * reachesDepartment), then the one pipeline (lib/services/report.ts) loads the report.
 */
import type { Guarded } from '@/lib/auth/guard';
import { can } from '@/lib/auth/permissions';
import { reachesDepartment } from '@/lib/auth/scope';
import { diffReports, type ReportDifference } from '@/lib/budget/report-diff';
import type { RenderedReport } from '@/lib/budget/report-wire';
import { getPrisma } from '@/lib/db/client';
import { findDepartmentByCode } from '@/lib/db/report-repository';
import { forbidden, notFound } from '@/lib/errors';
import { reportQuerySchema, type ReportQuery } from '@/lib/schemas/report';
import { defineOperation } from '../operation';
import { loadPublishedSnapshot, notFoundMessage, renderDepartmentReport } from '../report';
import { loadDepartmentReportCached } from '../report-cache';

export type DepartmentReportQuery = Pick<ReportQuery, 'department' | 'year' | 'unit'>;

/**
 * 403 outside the reader's scope (an unknown department too, unless the scope is the whole
 * county: a department reader learns nothing about other codes); 404 without data.
 */
export async function readDepartmentReport(g: Guarded, query: DepartmentReportQuery): Promise<RenderedReport> {
  const request = { departmentCode: query.department, year: query.year, unit: query.unit };
  await assertReadsDepartment(g, request);
  const report = await loadDepartmentReportCached(getPrisma(), request);
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

/** 「当前数据」 of a published department-year: the live derivation beside its (checked) snapshot. */
export interface CurrentComparison {
  snapshot: RenderedReport;
  current: RenderedReport;
  difference: ReportDifference;
}

/** Whether the reader may switch to 「当前数据」 (部门领导, 财政局审核: who reads a department's status). */
export function mayCompareCurrent(g: Guarded): boolean {
  return can(g.actor.role, 'department.read');
}

/**
 * 「当前数据」 (docs/domain.md §9.1): for a reader with department.read in whose scope the
 * department is, the report derived live from today's data and its differences from the published
 * snapshot; null when the department-year has no published snapshot (the page is live anyway).
 * A snapshot that fails its check throws SNAPSHOT_INTEGRITY (audited), as on every read.
 */
export async function readCurrentComparison(g: Guarded, query: DepartmentReportQuery): Promise<CurrentComparison | null> {
  if (!mayCompareCurrent(g)) throw forbidden('当前账户无权查看当前数据与公开快照的对比');
  await assertReadsDepartment(g, { departmentCode: query.department, year: query.year });
  const published = await loadPublishedSnapshot(getPrisma(), query.department, query.year);
  if (!published) return null;
  const current = await renderDepartmentReport(getPrisma(), { departmentCode: query.department, year: query.year, unit: query.unit });
  if (!current) return null;
  const snapshot = published.reports[query.unit];
  return { snapshot, current, difference: diffReports(snapshot, current) };
}

/** GET /api/report: the report with the format and document it was asked in (the route renders html/xlsx/pdf). */
export const readReport = defineOperation({
  name: 'report.read',
  permission: 'report.read',
  input: reportQuerySchema,
  kind: 'read',
  run: async (g, query) => ({ report: await readDepartmentReport(g, query), format: query.format, document: query.document }),
});
