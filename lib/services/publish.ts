/**
 * 公开快照: when the finance bureau accepts a department, its derived report is frozen as a
 * PublishedReport with the sha256 of its content. The content is canonical JSON (keys sorted),
 * so the hash can be recomputed from the stored JSON whatever order the database returns.
 * Later code changes never touch a snapshot: it is written once and never updated.
 */
import type { Tx } from '@/lib/db/audit-repository';
import { insertPublishedReport } from '@/lib/db/workflow-repository';
import { stateRefusal } from '@/lib/errors';
import { PUBLISHED_UNIT, renderDepartmentReport } from './report';
import { canonicalJson, contentHash } from './snapshot-hash';

export { canonicalJson, contentHash };

/** Renders the department-year's report live (the one pipeline, in 万元) and stores the snapshot as the next version. */
export async function freezeReport(tx: Tx, department: { id: string; code: string }, year: number): Promise<{ contentHash: string; version: number }> {
  const report = await renderDepartmentReport(tx, { departmentCode: department.code, year, unit: PUBLISHED_UNIT });
  if (!report) throw stateRefusal(`部门 ${department.code} 在${year}年度没有预算数据，不能批复`);
  const canonical = canonicalJson(report);
  const hash = contentHash(canonical);
  const { version } = await insertPublishedReport(tx, department.id, year, JSON.parse(canonical) as unknown, hash);
  return { contentHash: hash, version };
}
