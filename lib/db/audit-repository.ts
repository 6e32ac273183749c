/**
 * 审计日志: append-only. There is no update or delete path here (and a trigger refuses both).
 * Every change runs through `audited`, which commits the change and its audit rows in one
 * transaction: no change without its row, no row without its change.
 */
import type { AuditKind } from '@/lib/schemas/audit';
import { getPrisma, Prisma, type Db } from './client';

/** The handle a service passes back to the repositories inside `audited`. */
export type Tx = Db;

export interface AuditEntry {
  kind: AuditKind;
  actor: { id: string; name: string } | null;
  entity?: string;
  entityId?: string;
  departmentId?: string | null;
  unitId?: string | null;
  year?: number | null;
  /** Plain JSON (money as strings). */
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  ip?: string | null;
}

const AUDIT_ROWS_PER_INSERT = 1000;

/** JSON text for a jsonb column, or SQL NULL (money is already strings in the entries). */
const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/**
 * Appends the rows in one INSERT. Plain SQL, not the query builder: every write of the app ends
 * here, and building the statement through Prisma's query compiler cost more than the insert
 * (issue 13, docs/benchmarks.md). `at` and `id` come from the table's defaults, `countyId` from its
 * trigger (migration …_inv_county), as with createMany before.
 */
/** The columns an audit row is written with, in the order of `auditValues`. */
export const AUDIT_COLUMNS = Prisma.sql`INSERT INTO "AuditLog" (kind, "actorId", "actorName", entity, "entityId", "departmentId", "unitId", year, before, after, reason, ip)`;

/**
 * One row's values for AUDIT_COLUMNS, without the parentheses. `after` may be SQL (a statement that
 * writes the change and its audit row at once takes the row as it became: lines-repository.ts).
 */
export function auditValues(e: AuditEntry, after: Prisma.Sql = Prisma.sql`${json(e.after)}::jsonb`): Prisma.Sql {
  return Prisma.sql`${e.kind}, ${e.actor?.id ?? null}, ${e.actor?.name ?? null}, ${e.entity ?? null}, ${e.entityId ?? null}, ${e.departmentId ?? null},
    ${e.unitId ?? null}, ${e.year ?? null}::integer, ${json(e.before)}::jsonb, ${after}, ${e.reason ?? null}, ${e.ip ?? null}`;
}

export async function appendAudit(db: Db, entries: AuditEntry | readonly AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries as AuditEntry];
  if (list.length === 0) return;
  const rows = list.map((e) => Prisma.sql`(${auditValues(e)})`);
  // 12 parameters a row: chunks stay far below PostgreSQL's 65,535 per statement (a workbook import appends thousands).
  for (let i = 0; i < rows.length; i += AUDIT_ROWS_PER_INSERT) {
    await db.$executeRaw`${AUDIT_COLUMNS} VALUES ${Prisma.join(rows.slice(i, i + AUDIT_ROWS_PER_INSERT))}`;
  }
}

/**
 * Runs `work` in one transaction and appends the audit rows it returns before committing.
 * A throw anywhere rolls back both the change and its rows.
 */
export async function audited<T>(work: (tx: Tx) => Promise<{ result: T; audit: AuditEntry | readonly AuditEntry[] }>): Promise<T> {
  return getPrisma().$transaction(
    async (tx) => {
      const { result, audit } = await work(tx);
      await appendAudit(tx, audit);
      return result;
    },
    { timeout: 15_000, maxWait: 10_000 },
  );
}

export interface AuditFilter {
  /** null = the whole county; [] = nothing. */
  departmentIds: readonly string[] | null;
  /** A 单位财务's units (null = no unit restriction): rows of other units and unit-less rows stay hidden. */
  unitIds?: readonly string[] | null;
  unitId?: string;
  actorId?: string;
  kind?: string;
  from?: Date;
  /** Exclusive upper bound. */
  before?: Date;
  limit: number;
}

export interface AuditRow {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  kind: string;
  entity: string | null;
  entityId: string | null;
  departmentId: string | null;
  unitId: string | null;
  year: number | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  ip: string | null;
}

function auditWhere(filter: Omit<AuditFilter, 'limit'>): Prisma.AuditLogWhereInput {
  return {
    ...(filter.departmentIds !== null && { departmentId: { in: [...filter.departmentIds] } }),
    ...(filter.unitIds && { unitId: { in: [...filter.unitIds] } }),
    ...(filter.unitId && { AND: [{ unitId: filter.unitId }] }),
    ...(filter.actorId && { actorId: filter.actorId }),
    ...(filter.kind && { kind: filter.kind }),
    ...((filter.from || filter.before) && { at: { ...(filter.from && { gte: filter.from }), ...(filter.before && { lt: filter.before }) } }),
  };
}

const toRow = (r: Prisma.AuditLogGetPayload<object>): AuditRow => ({ ...r, id: r.id.toString(), at: r.at.toISOString() });

export async function listAudit(filter: AuditFilter, db: Db = getPrisma()): Promise<AuditRow[]> {
  if (filter.departmentIds !== null && filter.departmentIds.length === 0) return [];
  const rows = await db.auditLog.findMany({ where: auditWhere(filter), orderBy: { id: 'desc' }, take: filter.limit });
  return rows.map(toRow);
}

/** One page of the filtered rows, newest first, and how many rows the filter matches. */
export async function pageAudit(filter: Omit<AuditFilter, 'limit'>, page: { skip: number; take: number }, db: Db = getPrisma()): Promise<{ rows: AuditRow[]; total: number }> {
  if (filter.departmentIds !== null && filter.departmentIds.length === 0) return { rows: [], total: 0 };
  const where = auditWhere(filter);
  const [rows, total] = await Promise.all([db.auditLog.findMany({ where, orderBy: { id: 'desc' }, skip: page.skip, take: page.take }), db.auditLog.count({ where })]);
  return { rows: rows.map(toRow), total };
}

/** Every row about the given entities (oldest first), within the scope's departments and units. */
export async function entityAudit(
  targets: readonly { entity: string; entityId: string }[],
  scope: { departmentIds: readonly string[] | null; unitIds?: readonly string[] | null },
  db: Db = getPrisma(),
): Promise<AuditRow[]> {
  if ((scope.departmentIds !== null && scope.departmentIds.length === 0) || targets.length === 0) return [];
  const rows = await db.auditLog.findMany({
    where: { ...auditWhere(scope), OR: targets.map((t) => ({ entity: t.entity, entityId: t.entityId })) },
    orderBy: { id: 'asc' },
  });
  return rows.map(toRow);
}
