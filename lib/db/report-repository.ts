/**
 * What the report pipeline (lib/services/report.ts) reads besides the budget itself: the
 * department behind a code (for the scope check) and the published snapshot of an accepted
 * department-year.
 */
import { appendAudit, type AuditEntry } from './audit-repository';
import { getPrisma, type Db } from './client';

export function findDepartmentByCode(db: Db, code: string): Promise<{ id: string; code: string; name: string } | null> {
  return db.department.findUnique({ where: { code }, select: { id: true, code: true, name: true } });
}

export interface StoredSnapshot {
  departmentId: string;
  version: number;
  content: unknown;
  /** The sha256 stored when it was published (lib/services/snapshot-hash.ts). */
  contentHash: string;
  /** When it was published (批复). */
  createdAt: Date;
}

/** The latest snapshot when the department-year is 已批复 (ACCEPTED) and was published; null otherwise. */
export async function findAcceptedSnapshot(db: Db, departmentCode: string, year: number): Promise<StoredSnapshot | null> {
  const row = await db.publishedReport.findFirst({
    where: { year, department: { code: departmentCode, deptSubs: { some: { year, status: 'ACCEPTED' } } } },
    orderBy: { version: 'desc' },
    select: { departmentId: true, version: true, content: true, contentHash: true, createdAt: true },
  });
  return row;
}

/**
 * Records a snapshot whose content no longer matches its hash, in a transaction of its own (on
 * the caller's client when it is one, so the CLI's database is the one written): the read that
 * found it fails, the row stays.
 */
export async function recordTamperedSnapshot(db: Db, entry: AuditEntry): Promise<void> {
  const client = '$transaction' in db ? db : getPrisma();
  await client.$transaction((tx) => appendAudit(tx, entry));
}
