/**
 * THE report pipeline: load (lib/db) → derive (pure) → render, assembled here and nowhere else.
 *   - renderDepartmentReport: always live; publishing freezes exactly this.
 *   - loadDepartmentReport: what a reader sees — the published snapshot when the department-year
 *     is 已批复 and was published (万元 and 元 from a v2 snapshot; a v1 one holds 万元 only, its 元
 *     is rendered from the frozen data), the live report otherwise.
 *   - loadPublishedSnapshot / loadPublishedBudget: the checked snapshot itself, and the budget it
 *     was derived from (for the drill-down and the public page; docs/domain.md §9.1).
 * Both are the system entry points (no session: the CLI and the bench call them directly); the
 * signed-in entry point is readDepartmentReport (lib/services/read/report.ts), which decides access
 * through lib/auth and then calls loadDepartmentReport.
 */
import type { RenderedReport } from '@/lib/budget/report-wire';
import { deriveReport, renderReport, type DerivedReport } from '@/lib/budget/report';
import type { AmountUnit, DepartmentBudget } from '@/lib/budget/types';
import { loadDepartmentBudget } from '@/lib/db/budget-repository';
import type { Db } from '@/lib/db/client';
import { findAcceptedSnapshot } from '@/lib/db/report-repository';
import { decodeSnapshot, decodeSnapshotReport } from './report-snapshot';
import { verifiedSnapshotContent } from './snapshot-integrity';

export interface ReportRequest {
  departmentCode: string;
  year: number;
  unit: AmountUnit;
}

/** The unit a report is published in (a v1 snapshot holds this one only; v2 holds both). */
export const PUBLISHED_UNIT: AmountUnit = '万元';

function render(budget: DepartmentBudget | null, unit: AmountUnit): RenderedReport | null {
  return budget && renderReport(deriveReport(budget), unit);
}

/** The live report, or null when the department code or the year is unknown. */
export async function renderDepartmentReport(db: Db, request: ReportRequest): Promise<RenderedReport | null> {
  return render(await loadDepartmentBudget(db, request.departmentCode, request.year), request.unit);
}

/** The pipeline's first two steps, for the derivation cache (./derivation-cache.ts): the live budget and its derived report, or null when unknown. */
export async function deriveDepartmentReport(db: Db, departmentCode: string, year: number): Promise<{ budget: DepartmentBudget; report: DerivedReport } | null> {
  const budget = await loadDepartmentBudget(db, departmentCode, year);
  return budget && { budget, report: deriveReport(budget) };
}

/** The pipeline's last step on a derivation already made (the report cache's miss): renderDepartmentReport's answer. */
export function renderDerivedReport(derived: { report: DerivedReport }, unit: AmountUnit): RenderedReport {
  return renderReport(derived.report, unit);
}

/** The live budget and its report in both units (what publishing freezes), or null when unknown. */
export async function renderBoth(db: Db, departmentCode: string, year: number): Promise<{ budget: DepartmentBudget; reports: Record<AmountUnit, RenderedReport> } | null> {
  const budget = await loadDepartmentBudget(db, departmentCode, year);
  if (!budget) return null;
  const derived = deriveReport(budget);
  return { budget, reports: { 万元: renderReport(derived, '万元'), 元: renderReport(derived, '元') } };
}

/**
 * The published snapshot when there is one for this request (its sha256 checked first), the live
 * report otherwise. The snapshot is looked up first: a v2 one answers both units, so a published
 * year reads no budget at all; a live report pays one extra round trip for the lookup.
 */
export async function loadDepartmentReport(db: Db, request: ReportRequest): Promise<RenderedReport | null> {
  const snapshot = await findAcceptedSnapshot(db, request.departmentCode, request.year);
  if (!snapshot) return renderDepartmentReport(db, request);
  // Throws on a hash mismatch: a tampered snapshot is never served, nor replaced by a live render.
  const content = await verifiedSnapshotContent(db, snapshot, request.departmentCode, request.year);
  // A v1 snapshot has no 元, and one of an older shape does not parse: the accepted data rendered live.
  return decodeSnapshotReport(content, request.unit) ?? renderDepartmentReport(db, request);
}

/** A department-year's published snapshot, checked and read back. */
export interface PublishedSnapshot {
  departmentCode: string;
  year: number;
  version: number;
  contentHash: string;
  publishedAt: Date;
  /** 1: the 万元 report only (元 and the budget come from the frozen data); 2: everything. */
  format: 1 | 2;
  reports: Record<AmountUnit, RenderedReport>;
  /** The budget the reports were derived from: the snapshot's (v2) or the frozen data's (v1). */
  budget: DepartmentBudget;
}

/**
 * The snapshot of an accepted (已批复, published) department-year, or null when there is none
 * (unknown, not accepted, never published). Throws SNAPSHOT_INTEGRITY (audited) when its sha256
 * does not match. A v1 snapshot, or one whose shape no longer parses, is completed from the
 * accepted data, which the database keeps frozen.
 */
export async function loadPublishedSnapshot(db: Db, departmentCode: string, year: number): Promise<PublishedSnapshot | null> {
  const snapshot = await findAcceptedSnapshot(db, departmentCode, year);
  if (!snapshot) return null;
  const content = await verifiedSnapshotContent(db, snapshot, departmentCode, year);
  const decoded = decodeSnapshot(content);
  const meta = { departmentCode, year, version: snapshot.version, contentHash: snapshot.contentHash, publishedAt: snapshot.createdAt };
  if (decoded?.format === 2) return { ...meta, format: 2, reports: decoded.reports, budget: decoded.budget };
  const live = await renderBoth(db, departmentCode, year);
  if (!live) return null;
  return { ...meta, format: 1, reports: { 万元: decoded?.reports['万元'] ?? live.reports['万元'], 元: live.reports['元'] }, budget: live.budget };
}

/**
 * For the drill-down: the budget an accepted department-year was published from (its lines, with
 * the reference data and code names of that moment), or null when it is not published. Same
 * checks as loadPublishedSnapshot.
 */
export async function loadPublishedBudget(db: Db, departmentCode: string, year: number): Promise<DepartmentBudget | null> {
  return (await loadPublishedSnapshot(db, departmentCode, year))?.budget ?? null;
}

/** "未找到部门 999 或 2023 年度数据": the one line every entry point shows for a miss. */
export function notFoundMessage(request: Pick<ReportRequest, 'departmentCode' | 'year'>): string {
  return `未找到部门 ${request.departmentCode} 或 ${request.year} 年度数据（department ${request.departmentCode}, year ${request.year}: not found）`;
}
