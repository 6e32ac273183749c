/**
 * 部门预算公开 (docs/domain.md §9.2): what anyone may read without signing in — the published
 * snapshots of 已批复 department-years, and nothing else. Every read goes through
 * loadPublishedSnapshot (lib/services/report.ts): the sha256 is checked, a mismatch throws
 * SNAPSHOT_INTEGRITY (audited), and a department-year that is unknown, not accepted or never
 * published gives the one NOT_FOUND line below, the same for each (no hint which it was).
 */
import 'server-only';
import type { AmountUnit } from '@/lib/budget/types';
import { getPrisma } from '@/lib/db/client';
import { listPublishedReports, publishedYears, type PublishedEntry } from '@/lib/db/report-repository';
import { notFound } from '@/lib/errors';
import { publicDownloadSchema, publicListSchema, publicReportSchema } from '@/lib/schemas/report';
import { defineOperation, PUBLIC } from '../operation';
import { loadPublishedSnapshot, type PublishedSnapshot } from '../report';

export const PUBLIC_NOT_FOUND = '未找到该部门预算公开信息：该部门年度尚未公开或不存在。';

export interface PublicList {
  q: string | null;
  year: number | null;
  years: number[];
  entries: PublishedEntry[];
  /** Why the filter was ignored (a malformed ?year=, an over-long ?q=), or null. */
  error: string | null;
}

/** The list page: the published department-years matching ?q= and ?year= (raw search params, validated here; bad ones list all). */
export async function readPublicList(raw: Record<string, unknown>): Promise<PublicList> {
  const parsed = publicListSchema.safeParse(raw);
  const { q, year } = parsed.success ? parsed.data : { q: null, year: null };
  const error = parsed.success ? null : (parsed.error.issues[0]?.message ?? '查询条件有误');
  const [years, entries] = await Promise.all([publishedYears(getPrisma()), listPublishedReports(getPrisma(), { name: q, year })]);
  return { q, year, years, entries, error };
}

/** One published department-year (raw route params, validated here), or NOT_FOUND. */
export async function readPublicSnapshot(raw: Record<string, unknown>): Promise<PublishedSnapshot & { unit: AmountUnit }> {
  const parsed = publicReportSchema.safeParse(raw);
  if (!parsed.success) throw notFound(PUBLIC_NOT_FOUND); // a malformed code or year is not published either
  const { department, year, unit } = parsed.data;
  const snapshot = await loadPublishedSnapshot(getPrisma(), department, year);
  if (!snapshot) throw notFound(PUBLIC_NOT_FOUND);
  return { ...snapshot, unit };
}

/** GET /api/public/report?department=&year=&format=html|xlsx|pdf|json&unit=: a published report, from its snapshot, anonymously. */
export const readPublicReport = defineOperation({
  name: 'public.report',
  permission: PUBLIC,
  input: publicDownloadSchema,
  kind: 'read',
  run: async (_nobody, query) => {
    const snapshot = await readPublicSnapshot(query);
    // A snapshot never changes: its hash (and the unit) names the rendering, so a PDF is made once.
    return { report: snapshot.reports[query.unit], format: query.format, renderingKey: `${snapshot.contentHash}:${query.unit}` };
  },
});
