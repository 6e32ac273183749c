/**
 * THE report pipeline: load (lib/db) → derive (pure) → render, assembled here and nowhere else.
 *   - renderDepartmentReport: always live; publishing freezes exactly this.
 *   - loadDepartmentReport: what a reader sees — the published snapshot when the department-year
 *     is 已批复 and was published (万元, the unit it was published in), the live report otherwise.
 * Both are the system entry points (no session: the CLI and the bench call them directly); the
 * signed-in entry point is readDepartmentReport (lib/services/read/report.ts), which decides access
 * through lib/auth and then calls loadDepartmentReport.
 */
import type { RenderedReport } from '@/lib/budget/report-wire';
import { deriveReport, renderReport } from '@/lib/budget/report';
import type { AmountUnit } from '@/lib/budget/types';
import { loadDepartmentBudget } from '@/lib/db/budget-repository';
import type { Db } from '@/lib/db/client';
import { findAcceptedSnapshot } from '@/lib/db/report-repository';
import { parseSnapshot } from './report-snapshot';

export interface ReportRequest {
  departmentCode: string;
  year: number;
  unit: AmountUnit;
}

/** The unit a report is published in (the snapshot holds this one only). */
export const PUBLISHED_UNIT: AmountUnit = '万元';

/** The live report, or null when the department code or the year is unknown. */
export async function renderDepartmentReport(db: Db, request: ReportRequest): Promise<RenderedReport | null> {
  const budget = await loadDepartmentBudget(db, request.departmentCode, request.year);
  if (!budget) return null;
  return renderReport(deriveReport(budget), request.unit);
}

/** The published snapshot when there is one for this request, the live report otherwise. */
export async function loadDepartmentReport(db: Db, request: ReportRequest): Promise<RenderedReport | null> {
  if (request.unit === PUBLISHED_UNIT) {
    const snapshot = parseSnapshot(await findAcceptedSnapshot(db, request.departmentCode, request.year));
    if (snapshot) return snapshot;
  }
  return renderDepartmentReport(db, request);
}

/** "未找到部门 999 或 2023 年度数据": the one line every entry point shows for a miss. */
export function notFoundMessage(request: Pick<ReportRequest, 'departmentCode' | 'year'>): string {
  return `未找到部门 ${request.departmentCode} 或 ${request.year} 年度数据（department ${request.departmentCode}, year ${request.year}: not found）`;
}
