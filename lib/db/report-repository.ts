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

/** One published department-year of the 部门预算公开 list (no content: the list stays light). */
export interface PublishedEntry {
  departmentCode: string;
  departmentName: string;
  year: number;
  version: number;
  contentHash: string;
  publishedAt: Date;
}

/**
 * The latest snapshot of every department-year that is 已批复 now (a reopened one is not listed
 * until it is accepted again), newest year first, then by department code; `name` a substring of
 * the department's name, `year` one year. The years that have any are listed by publishedYears.
 */
export async function listPublishedReports(db: Db, filter: { name?: string | null; year?: number | null }): Promise<PublishedEntry[]> {
  const name = filter.name || null;
  const year = filter.year ?? null;
  return db.$queryRaw<PublishedEntry[]>`
    SELECT DISTINCT ON (p.year, d.code)
           d.code AS "departmentCode", d.name AS "departmentName", p.year, p.version, p."contentHash", p."createdAt" AS "publishedAt"
      FROM "PublishedReport" p
      JOIN "Department" d ON d.id = p."departmentId"
      JOIN "DepartmentSubmission" s ON s."departmentId" = p."departmentId" AND s.year = p.year AND s.status = 'ACCEPTED'
     WHERE (${year}::int IS NULL OR p.year = ${year}::int)
       AND (${name}::text IS NULL OR strpos(d.name, ${name}::text) > 0)
     ORDER BY p.year DESC, d.code ASC, p.version DESC`;
}

/** The years with at least one published, 已批复 department, newest first (the year filter's choices). */
export async function publishedYears(db: Db): Promise<number[]> {
  const rows = await db.$queryRaw<{ year: number }[]>`
    SELECT DISTINCT p.year FROM "PublishedReport" p
      JOIN "DepartmentSubmission" s ON s."departmentId" = p."departmentId" AND s.year = p.year AND s.status = 'ACCEPTED'
     ORDER BY p.year DESC`;
  return rows.map((r) => r.year);
}
