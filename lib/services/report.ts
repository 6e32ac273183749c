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
import type { AmountUnit, DepartmentBudget } from '@/lib/budget/types';
import { loadDepartmentBudget } from '@/lib/db/budget-repository';
import type { Db } from '@/lib/db/client';
import { findAcceptedSnapshot } from '@/lib/db/report-repository';
import { parseSnapshot } from './report-snapshot';
import { verifiedSnapshotContent } from './snapshot-integrity';

export interface ReportRequest {
  departmentCode: string;
  year: number;
  unit: AmountUnit;
}

/** The unit a report is published in (the snapshot holds this one only). */
export const PUBLISHED_UNIT: AmountUnit = '万元';

function render(budget: DepartmentBudget | null, unit: AmountUnit): RenderedReport | null {
  return budget && renderReport(deriveReport(budget), unit);
}

/** The live report, or null when the department code or the year is unknown. */
export async function renderDepartmentReport(db: Db, request: ReportRequest): Promise<RenderedReport | null> {
  return render(await loadDepartmentBudget(db, request.departmentCode, request.year), request.unit);
}

/**
 * The published snapshot when there is one for this request (its sha256 checked first), the live
 * report otherwise. The
 * snapshot lookup runs alongside the budget read, so a live report waits for no extra round trip;
 * for a published year the budget read is wasted, but derivation and rendering are skipped.
 */
export async function loadDepartmentReport(db: Db, request: ReportRequest): Promise<RenderedReport | null> {
  if (request.unit !== PUBLISHED_UNIT) return renderDepartmentReport(db, request);
  const [snapshot, budget] = await Promise.all([
    findAcceptedSnapshot(db, request.departmentCode, request.year),
    loadDepartmentBudget(db, request.departmentCode, request.year),
  ]);
  if (!snapshot) return render(budget, request.unit);
  // Throws on a hash mismatch: a tampered snapshot is never served, nor replaced by a live render.
  const content = await verifiedSnapshotContent(db, snapshot, request.departmentCode, request.year);
  return parseSnapshot(content) ?? render(budget, request.unit); // an intact snapshot of an older shape
}

/** "未找到部门 999 或 2023 年度数据": the one line every entry point shows for a miss. */
export function notFoundMessage(request: Pick<ReportRequest, 'departmentCode' | 'year'>): string {
  return `未找到部门 ${request.departmentCode} 或 ${request.year} 年度数据（department ${request.departmentCode}, year ${request.year}: not found）`;
}
