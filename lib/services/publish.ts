/**
 * 公开快照 (docs/domain.md §9.1): when the finance bureau accepts a department, everything a
 * reader of the accepted year needs is frozen as a PublishedReport (shape v2, lib/services/report-snapshot.ts):
 * the report rendered in 万元 and in 元, and the budget it was derived from with the code names of
 * that moment. The content is stored as one canonical JSON text and its sha256 is taken over exactly
 * that text. Later code changes never touch a snapshot: it is written once and never updated.
 */
import { budgetToWire } from '@/lib/budget/budget-wire';
import type { Tx } from '@/lib/db/audit-repository';
import { insertPublishedReport } from '@/lib/db/workflow-repository';
import { stateRefusal } from '@/lib/errors';
import { renderBoth } from './report';
import { encodeSnapshot } from './report-snapshot';
import { canonicalJson, contentHash } from './snapshot-hash';

export { canonicalJson, contentHash };

/** Derives the department-year live (the one pipeline), renders it in both units and stores the snapshot as the next version. */
export async function freezeReport(tx: Tx, department: { id: string; code: string }, year: number): Promise<{ contentHash: string; version: number }> {
  const rendered = await renderBoth(tx, department.code, year);
  if (!rendered) throw stateRefusal(`部门 ${department.code} 在${year}年度没有预算数据，不能批复`);
  const text = encodeSnapshot(rendered.reports, budgetToWire(rendered.budget));
  const hash = contentHash(text);
  const { version } = await insertPublishedReport(tx, department.id, year, text, hash);
  return { contentHash: hash, version };
}
