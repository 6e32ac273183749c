/**
 * 报送状态 rows and their locks. A missing row means 草稿 / 待报送; rows are created on first
 * touch so they can be locked. Locks are always taken department first, then unit, so an
 * edit, a unit transition and a department transition serialize without deadlocking:
 * edits take FOR SHARE, transitions FOR UPDATE.
 */
import { randomUUID } from 'node:crypto';
import type { DepartmentStatus, UnitStatus } from '@/lib/budget/workflow';
import { getPrisma, Prisma, type Db } from './client';

export interface UnitRef {
  id: string;
  departmentId: string;
  code: string;
  name: string;
  /** false = 已停用: its data stays, but no longer changes. */
  active: boolean;
  /** 政府经济分类的机关/事业口径 (the line rules need it; read with the unit to spare a query). */
  govEconCategory: 'ORGAN' | 'INSTITUTION';
}

export function findUnit(db: Db, unitId: string): Promise<UnitRef | null> {
  return db.unit.findUnique({ where: { id: unitId }, select: { id: true, departmentId: true, code: true, name: true, active: true, govEconCategory: true } });
}

export function findDepartment(db: Db, departmentId: string) {
  return db.department.findUnique({ where: { id: departmentId }, select: { id: true, code: true, name: true } });
}

export async function fiscalYearStatus(db: Db, year: number): Promise<'OPEN' | 'CLOSED' | null> {
  const row = await db.fiscalYear.findUnique({ where: { year }, select: { status: true } });
  return row?.status ?? null;
}

type LockMode = 'share' | 'update';

async function ensureDepartmentRow(tx: Db, departmentId: string, year: number) {
  await tx.$executeRaw`INSERT INTO "DepartmentSubmission" (id, "departmentId", year, "updatedAt")
    VALUES (${randomUUID()}, ${departmentId}, ${year}, now()) ON CONFLICT ("departmentId", year) DO NOTHING`;
}

async function ensureUnitRows(tx: Db, unitIds: readonly string[], year: number) {
  for (const unitId of unitIds) {
    await tx.$executeRaw`INSERT INTO "UnitSubmission" (id, "unitId", year, "updatedAt")
      VALUES (${randomUUID()}, ${unitId}, ${year}, now()) ON CONFLICT ("unitId", year) DO NOTHING`;
  }
}

/**
 * The locking reads: the row is usually there (created on first touch), so it is locked first and
 * created (then locked) only when missing — one statement instead of two on every write.
 */
function selectDepartmentState(tx: Db, departmentId: string, year: number, mode: LockMode) {
  return mode === 'update'
    ? tx.$queryRaw<{ status: DepartmentStatus }[]>`SELECT status::text AS status FROM "DepartmentSubmission"
        WHERE "departmentId" = ${departmentId} AND year = ${year} FOR UPDATE`
    : tx.$queryRaw<{ status: DepartmentStatus }[]>`SELECT status::text AS status FROM "DepartmentSubmission"
        WHERE "departmentId" = ${departmentId} AND year = ${year} FOR SHARE`;
}

function selectUnitState(tx: Db, unitId: string, year: number, mode: LockMode) {
  return mode === 'update'
    ? tx.$queryRaw<{ status: UnitStatus }[]>`SELECT status::text AS status FROM "UnitSubmission"
        WHERE "unitId" = ${unitId} AND year = ${year} FOR UPDATE`
    : tx.$queryRaw<{ status: UnitStatus }[]>`SELECT status::text AS status FROM "UnitSubmission"
        WHERE "unitId" = ${unitId} AND year = ${year} FOR SHARE`;
}

export async function lockDepartmentState(tx: Db, departmentId: string, year: number, mode: LockMode): Promise<DepartmentStatus> {
  let rows = await selectDepartmentState(tx, departmentId, year, mode);
  if (rows.length === 0) {
    await ensureDepartmentRow(tx, departmentId, year);
    rows = await selectDepartmentState(tx, departmentId, year, mode);
  }
  return rows[0]?.status ?? 'PENDING';
}

export async function lockUnitState(tx: Db, unitId: string, year: number, mode: LockMode): Promise<UnitStatus> {
  let rows = await selectUnitState(tx, unitId, year, mode);
  if (rows.length === 0) {
    await ensureUnitRows(tx, [unitId], year);
    rows = await selectUnitState(tx, unitId, year, mode);
  }
  return rows[0]?.status ?? 'DRAFT';
}

/**
 * The states an edit of a unit's data depends on, locked (FOR SHARE) against concurrent
 * transitions: both rows in one statement when they exist (every save passes here), department
 * first as everywhere; a missing row is created and locked as lockDepartmentState/lockUnitState do.
 */
export async function lockEditStates(tx: Db, unit: { id: string; departmentId: string }, year: number): Promise<{ departmentStatus: DepartmentStatus; unitStatus: UnitStatus }> {
  const [row] = await tx.$queryRaw<{ department: DepartmentStatus | null; unit: UnitStatus | null }[]>`
    SELECT (SELECT status::text FROM "DepartmentSubmission" WHERE "departmentId" = ${unit.departmentId} AND year = ${year} FOR SHARE) AS department,
           (SELECT status::text FROM "UnitSubmission" WHERE "unitId" = ${unit.id} AND year = ${year} FOR SHARE) AS unit`;
  const departmentStatus = row?.department ?? (await lockDepartmentState(tx, unit.departmentId, year, 'share'));
  const unitStatus = row?.unit ?? (await lockUnitState(tx, unit.id, year, 'share'));
  return { departmentStatus, unitStatus };
}

/** Every unit of the department (active, or with lines this year) with its status, locked (FOR SHARE) for a department transition. */
export async function lockDepartmentUnits(tx: Db, departmentId: string, year: number) {
  // A deactivated unit takes part only while it still has lines in the year.
  const units = await tx.unit.findMany({ where: { departmentId, OR: [{ active: true }, { lines: { some: { year } } }] }, select: { id: true, name: true }, orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] });
  await ensureUnitRows(tx, units.map((u) => u.id), year);
  const rows = await tx.$queryRaw<{ unitId: string; status: UnitStatus }[]>`SELECT "unitId", status::text AS status FROM "UnitSubmission"
    WHERE year = ${year} AND "unitId" IN (SELECT id FROM "Unit" WHERE "departmentId" = ${departmentId}) FOR SHARE`;
  const status = new Map(rows.map((r) => [r.unitId, r.status]));
  return units.map((u) => ({ ...u, status: status.get(u.id) ?? ('DRAFT' as const) }));
}

export async function setUnitStatus(tx: Db, unitId: string, year: number, status: UnitStatus, reason: string | null, actorId: string) {
  await tx.unitSubmission.update({
    where: { unitId_year: { unitId, year } },
    data: { status, returnReason: reason, updatedById: actorId, version: { increment: 1 } },
  });
}

export async function setDepartmentStatus(tx: Db, departmentId: string, year: number, status: DepartmentStatus, reason: string | null, actorId: string) {
  await tx.departmentSubmission.update({
    where: { departmentId_year: { departmentId, year } },
    data: { status, returnReason: reason, updatedById: actorId, version: { increment: 1 } },
  });
}

export interface UnitStatusRow {
  unitId: string;
  unitCode: string;
  unitName: string;
  departmentId: string;
  status: UnitStatus;
  returnReason: string | null;
  updatedAt: string | null;
}

/** Units and their status for the approval page; `departmentIds` null = the whole county. */
export async function listUnitStatuses(departmentIds: readonly string[] | null, year: number, db: Db = getPrisma()): Promise<UnitStatusRow[]> {
  if (departmentIds !== null && departmentIds.length === 0) return [];
  const units = await db.unit.findMany({
    where: departmentIds === null ? {} : { departmentId: { in: [...departmentIds] } },
    select: { id: true, code: true, name: true, departmentId: true, unitSubs: { where: { year }, select: { status: true, returnReason: true, updatedAt: true } } },
    orderBy: [{ departmentId: 'asc' }, { sortOrder: 'asc' }, { code: 'asc' }],
  });
  return units.map((u) => {
    const sub = u.unitSubs[0];
    return {
      unitId: u.id,
      unitCode: u.code,
      unitName: u.name,
      departmentId: u.departmentId,
      status: sub?.status ?? 'DRAFT',
      returnReason: sub?.returnReason ?? null,
      updatedAt: sub?.updatedAt.toISOString() ?? null,
    };
  });
}

export interface DepartmentStatusRow {
  departmentId: string;
  code: string;
  name: string;
  status: DepartmentStatus;
  returnReason: string | null;
  publishedHash: string | null;
}

export async function listDepartmentStatuses(departmentIds: readonly string[] | null, year: number, db: Db = getPrisma()): Promise<DepartmentStatusRow[]> {
  if (departmentIds !== null && departmentIds.length === 0) return [];
  // One statement: as a findMany with the two relations Prisma sent three (departments, their
  // submissions, their snapshots) and joined them in JS; the 审核报送 page lists every department
  // of the county (docs/benchmarks.md, "Fourth round: 审核报送 page").
  return db.$queryRaw<DepartmentStatusRow[]>`
    SELECT d.id AS "departmentId", d.code, d.name,
           coalesce(s.status::text, 'PENDING') AS status, s."returnReason",
           (SELECT p."contentHash" FROM "PublishedReport" p
             WHERE p."departmentId" = d.id AND p.year = ${year}
             ORDER BY p.version DESC LIMIT 1) AS "publishedHash"
      FROM "Department" d
      LEFT JOIN "DepartmentSubmission" s ON s."departmentId" = d.id AND s.year = ${year}
     ${departmentIds === null ? Prisma.empty : Prisma.sql`WHERE d.id IN (${Prisma.join([...departmentIds])})`}
     ORDER BY d.code`;
}

/**
 * Freezes the accepted report as the department-year's next version (1, then 2 after a 撤销批复 …).
 * Never updated afterwards (a trigger refuses it); two concurrent 批复 collide on the unique key.
 */
export async function insertPublishedReport(tx: Db, departmentId: string, year: number, content: unknown, contentHash: string): Promise<{ version: number }> {
  const latest = await tx.publishedReport.findFirst({ where: { departmentId, year }, orderBy: { version: 'desc' }, select: { version: true } });
  const version = (latest?.version ?? 0) + 1;
  // `content` is plain JSON (the caller builds it from a JSON string), so the cast only names that.
  await tx.publishedReport.create({ data: { departmentId, year, version, content: content as Prisma.InputJsonValue, contentHash } });
  return { version };
}

/** The current (latest) snapshot of the department-year; earlier versions stay in the table. */
export function findPublishedReport(departmentId: string, year: number, db: Db = getPrisma()) {
  return db.publishedReport.findFirst({
    where: { departmentId, year },
    orderBy: { version: 'desc' },
    select: { contentHash: true, content: true, createdAt: true, version: true },
  });
}

/** The most recent open fiscal year (the default on pages), or the most recent of any. */
export async function currentYear(db: Db = getPrisma()): Promise<number | null> {
  const open = await db.fiscalYear.findFirst({ where: { status: 'OPEN' }, orderBy: { year: 'desc' }, select: { year: true } });
  if (open) return open.year;
  const any = await db.fiscalYear.findFirst({ orderBy: { year: 'desc' }, select: { year: true } });
  return any?.year ?? null;
}

/** Every fiscal year with its status (a handful of rows), newest first. */
export function listFiscalYears(db: Db = getPrisma()): Promise<{ year: number; status: 'OPEN' | 'CLOSED' }[]> {
  return db.fiscalYear.findMany({ orderBy: { year: 'desc' }, select: { year: true, status: true } });
}

/** Opens or closes a fiscal year (a closed year refuses every edit); null when the year does not exist. */
export async function setFiscalYearStatus(tx: Db, year: number, status: 'OPEN' | 'CLOSED'): Promise<{ before: string; after: string } | null> {
  const current = await tx.fiscalYear.findUnique({ where: { year }, select: { status: true } });
  if (!current) return null;
  await tx.fiscalYear.update({ where: { year }, data: { status } });
  return { before: current.status, after: status };
}
