/**
 * One department-year's wire report: load (lib/db) → derive (pure) → render to fixed-point
 * strings. Shared by the CLI, the API route and the benchmark so that all three measure and
 * ship the same thing.
 */
import type { AmountUnit } from '@/lib/budget/types';
import { deriveReport, renderReport } from '@/lib/budget/report';
import { loadDepartmentBudget } from '@/lib/db/budget-repository';
import type { Db } from '@/lib/db/client';
import type { RenderedReport } from '@/lib/budget/report-wire';

export interface ReportRequest {
  departmentCode: string;
  year: number;
  unit: AmountUnit;
}

/** The wire report, or null when the department has no data for the year. */
export async function buildWireReport(db: Db, request: ReportRequest): Promise<RenderedReport | null> {
  const budget = await loadDepartmentBudget(db, request.departmentCode, request.year);
  if (!budget) return null;
  return renderReport(deriveReport(budget), request.unit);
}

/** "未找到部门 999 或 2023 年度数据": the one line every entry point shows for a miss. */
export function notFoundMessage(request: Pick<ReportRequest, 'departmentCode' | 'year'>): string {
  return `未找到部门 ${request.departmentCode} 或 ${request.year} 年度数据（department ${request.departmentCode}, year ${request.year}: not found）`;
}

/** The report's file name without extension: "045-柳林县行政审批服务管理局-2023年部门预算公开报告". */
export function reportFileStem(report: RenderedReport): string {
  const name = report.department.name.replace(/[\\/:*?"<>|\s]+/g, '');
  return `${report.department.code}-${name}-${report.year}年部门预算公开报告`;
}
