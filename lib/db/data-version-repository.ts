/**
 * 数据版本 (DataVersion): the counters the triggers of migration …_inv_data_version bump in the
 * same transaction as every write a report is derived from — one per department (scope =
 * Department.id) and one for the reference data (scope '*'). Read in one query per request.
 */
import { Prisma, type Db } from './client';

export interface DepartmentDataVersion {
  departmentId: string;
  /** The department-year is 已批复: its reads come from the published snapshot (sha256-checked on each read), never a cache. */
  accepted: boolean;
  /** `<department id>:<department version>:<reference version>`: changes with every committed write that can change the report. */
  token: string;
}

/**
 * The department's data version, or null for an unknown code. Read it BEFORE the data it
 * guards: under READ COMMITTED the data then read is at least as new as the version, so a report
 * cached under a version never holds data older than that version.
 */
export async function findDepartmentDataVersion(db: Db, departmentCode: string, year: number): Promise<DepartmentDataVersion | null> {
  const rows = await db.$queryRaw<{ id: string; department: bigint | null; reference: bigint | null; accepted: boolean }[]>`
    SELECT d.id,
           (SELECT v.version FROM "DataVersion" v WHERE v.scope = d.id) AS department,
           (SELECT v.version FROM "DataVersion" v WHERE v.scope = '*') AS reference,
           EXISTS (SELECT 1 FROM "DepartmentSubmission" s WHERE s."departmentId" = d.id AND s.year = ${year} AND s.status = 'ACCEPTED') AS accepted
      FROM "Department" d
     WHERE d.code = ${departmentCode}`;
  const row = rows[0];
  if (!row) return null;
  return { departmentId: row.id, accepted: row.accepted, token: `${row.id}:${row.department ?? 0n}:${row.reference ?? 0n}` };
}

/**
 * The whole county's data version: the sum and count of every counter (versions only grow and
 * rows are never deleted, so any committed write changes the sum). For caches of county-wide views.
 */
export async function findCountyDataVersion(db: Db): Promise<string> {
  const rows = await db.$queryRaw<{ total: string | null; n: bigint }[]>`
    SELECT sum(version)::text AS total, count(*) AS n FROM "DataVersion"`;
  const row = rows[0];
  return `${row?.total ?? '0'}:${row?.n ?? 0n}`;
}

/**
 * Each department's data version (0 before its first write), for the departments given (null:
 * all). For caches kept per department (lib/services/department-sums.ts); read BEFORE the data.
 */
export async function findDepartmentVersions(db: Db, departmentIds: readonly string[] | null): Promise<Map<string, bigint>> {
  if (departmentIds !== null && departmentIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; version: bigint }[]>`
    SELECT d.id, coalesce(v.version, 0)::bigint AS version
      FROM "Department" d LEFT JOIN "DataVersion" v ON v.scope = d.id
     ${departmentIds === null ? Prisma.empty : Prisma.sql`WHERE d.id IN (${Prisma.join([...departmentIds])})`}`;
  return new Map(rows.map((r) => [r.id, r.version]));
}
