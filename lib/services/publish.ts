/**
 * 公开快照: when the finance bureau accepts a department, its derived report is frozen as a
 * PublishedReport with the sha256 of its content. The content is canonical JSON (keys sorted),
 * so the hash can be recomputed from the stored JSON whatever order the database returns.
 * Later code changes never touch a snapshot: it is written once and never updated.
 */
import { createHash } from 'node:crypto';
import { deriveReport, renderReport } from '@/lib/budget/report';
import type { Tx } from '@/lib/db/audit-repository';
import { loadDepartmentBudget } from '@/lib/db/budget-repository';
import { insertPublishedReport } from '@/lib/db/workflow-repository';
import { stateRefusal } from '@/lib/errors';

/** JSON with object keys sorted at every level. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function contentHash(canonical: string): string {
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Derives the department-year's report (as published, in 万元) and stores the snapshot. */
export async function freezeReport(tx: Tx, department: { id: string; code: string }, year: number): Promise<{ contentHash: string; version: number }> {
  const budget = await loadDepartmentBudget(tx, department.code, year);
  if (!budget) throw stateRefusal(`部门 ${department.code} 在${year}年度没有预算数据，不能批复`);
  const canonical = canonicalJson(renderReport(deriveReport(budget), '万元'));
  const hash = contentHash(canonical);
  const { version } = await insertPublishedReport(tx, department.id, year, JSON.parse(canonical) as unknown, hash);
  return { contentHash: hash, version };
}
