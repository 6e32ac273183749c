/**
 * The SQL of the workbook import (lib/services/workbook-import.ts): the reference data a file
 * is checked against, the lines it replaces, and the bulk writes. Lines and procurement are
 * replaced per unit (delete + insert in chunks) inside the caller's transaction.
 */
import { randomUUID } from 'node:crypto';
import type { ComparableLine } from '@/lib/workbook/diff';
import type { PriorFigure } from '@/lib/workbook/format';
import type { Db, PrismaClient } from './client';
import { appendAudit, type AuditEntry, type Tx } from './audit-repository';

export interface ExistingDepartment {
  id: string;
  code: string;
  name: string;
  region: string;
}
export interface ExistingUnit {
  id: string;
  code: string;
  name: string;
  type: 'ADMINISTRATIVE' | 'CIVIL_SERVICE_INSTITUTION' | 'OTHER_INSTITUTION';
  departmentId: string;
  departmentCode: string;
  sortOrder: number;
}
export interface ExistingProject {
  id: string;
  unitId: string;
  name: string;
  attribute: 'ONE_OFF' | 'RECURRING';
  periodYears: number;
  sortOrder: number;
}

export async function loadImportReference(db: Db, year: number) {
  // One after the other: inside a transaction there is one connection anyway.
  const fiscalYear = await db.fiscalYear.findUnique({ where: { year }, select: { status: true } });
  const functional = await db.functionalCode.findMany({ where: { year }, select: { code: true, name: true } });
  const deptEcon = await db.deptEconCode.findMany({ where: { year }, select: { code: true, name: true } });
  const departments = await db.department.findMany({ select: { id: true, code: true, name: true, region: true }, orderBy: { code: 'asc' } });
  const units = await db.unit.findMany({
    select: { id: true, code: true, name: true, type: true, departmentId: true, sortOrder: true, department: { select: { code: true } } },
    orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
  });
  const projects = await db.project.findMany({ where: { year }, select: { id: true, unitId: true, name: true, attribute: true, periodYears: true, sortOrder: true } });
  return {
    fiscalYearStatus: fiscalYear?.status ?? null,
    functional,
    deptEcon,
    departments: departments satisfies ExistingDepartment[],
    units: units.map(({ department, ...u }): ExistingUnit => ({ ...u, departmentCode: department.code })),
    projects: projects satisfies ExistingProject[],
  };
}
export type ImportReference = Awaited<ReturnType<typeof loadImportReference>>;

export interface StoredLine extends ComparableLine {
  unitId: string;
}

/** The year's lines of these units, comparable with the file's (project by name). */
export async function loadLinesOf(db: Db, year: number, unitIds: readonly string[]): Promise<StoredLine[]> {
  if (unitIds.length === 0) return [];
  const rows = await db.budgetLine.findMany({
    where: { year, unitId: { in: [...unitIds] } },
    select: {
      unitId: true, functionalCode: true, deptEconCode: true, govEconOverride: true, kind: true, fundingSource: true,
      carryover: true, note: true, amountYuan: true, project: { select: { name: true } },
    },
  });
  return rows.map(({ project, amountYuan, ...r }) => ({ ...r, projectName: project?.name ?? null, amountYuan: amountYuan.toFixed(2) }));
}

export async function countProcurementOf(db: Db, year: number, unitIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await db.procurementEntry.groupBy({ by: ['unitId'], where: { year, unitId: { in: [...unitIds] } }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.unitId, r._count._all]));
}

// ------------------------------------------------------------ organisation and codes

export async function createDepartment(tx: Tx, data: { code: string; name: string; region: string; countyId: string }): Promise<string> {
  return (await tx.department.create({ data, select: { id: true } })).id;
}

export async function renameDepartment(tx: Tx, id: string, name: string): Promise<void> {
  await tx.department.update({ where: { id }, data: { name } });
}

export interface UnitData {
  departmentId: string;
  code: string;
  name: string;
  type: ExistingUnit['type'];
  govEconCategory: 'ORGAN' | 'INSTITUTION';
  sortOrder: number;
}

/** New units in one statement; their ids, in order. */
export async function createUnits(tx: Tx, units: readonly UnitData[]): Promise<string[]> {
  const data = units.map((u) => ({ ...u, id: randomUUID() }));
  await tx.unit.createMany({ data });
  return data.map((u) => u.id);
}

export async function updateUnit(tx: Tx, id: string, data: Pick<UnitData, 'name' | 'type' | 'govEconCategory' | 'sortOrder'>): Promise<void> {
  await tx.unit.update({ where: { id }, data });
}

/** 待报送 / 草稿 rows for every open year (a new department or unit starts there). */
export async function ensureSubmissions(tx: Tx, departmentIds: readonly string[], unitIds: readonly string[]): Promise<void> {
  if (departmentIds.length > 0) {
    await tx.$executeRaw`INSERT INTO "DepartmentSubmission" (id, "departmentId", year, "updatedAt")
      SELECT gen_random_uuid()::text, d, y.year, now() FROM unnest(${[...departmentIds]}::text[]) AS d CROSS JOIN "FiscalYear" y WHERE y.status = 'OPEN'
      ON CONFLICT ("departmentId", year) DO NOTHING`;
  }
  if (unitIds.length > 0) {
    await tx.$executeRaw`INSERT INTO "UnitSubmission" (id, "unitId", year, "updatedAt")
      SELECT gen_random_uuid()::text, u, y.year, now() FROM unnest(${[...unitIds]}::text[]) AS u CROSS JOIN "FiscalYear" y WHERE y.status = 'OPEN'
      ON CONFLICT ("unitId", year) DO NOTHING`;
  }
}

/** New codes, parents first (the caller has checked every parent exists or comes with them). */
export async function insertCodes(tx: Tx, year: number, category: 'FUNCTIONAL' | 'DEPT_ECON', codes: readonly { code: string; name: string }[]): Promise<void> {
  const sorted = [...codes].sort((a, b) => a.code.length - b.code.length || (a.code < b.code ? -1 : 1));
  const data = sorted.map((c) => ({ year, code: c.code, name: c.name, parentCode: c.code.length > 3 ? c.code.slice(0, -2) : null }));
  for (const level of [3, 5, 7]) {
    const rows = data.filter((c) => c.code.length === level);
    if (rows.length === 0) continue;
    if (category === 'FUNCTIONAL') await tx.functionalCode.createMany({ data: rows });
    else await tx.deptEconCode.createMany({ data: rows });
  }
}

// ------------------------------------------------------------ budget data

/** New projects in one statement per chunk; their ids, in order. */
export async function createProjects(tx: Tx, projects: readonly (Omit<ExistingProject, 'id'> & { year: number })[]): Promise<string[]> {
  const data = projects.map((p) => ({ ...p, id: randomUUID() }));
  for (let i = 0; i < data.length; i += CHUNK) await tx.project.createMany({ data: data.slice(i, i + CHUNK) });
  return data.map((p) => p.id);
}

export async function updateProject(tx: Tx, id: string, data: Pick<ExistingProject, 'attribute' | 'periodYears'>): Promise<void> {
  await tx.project.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
}

export interface LineInsert {
  unitId: string;
  functionalCode: string;
  deptEconCode: string;
  kind: 'BASIC' | 'PROJECT';
  projectId: string | null;
  fundingSource: 'GENERAL_PUBLIC' | 'GOV_FUND' | 'STATE_CAPITAL' | 'SPECIAL_ACCOUNT' | 'UNIT_FUNDS';
  carryover: boolean;
  amountYuan: string;
  note: string | null;
}

const CHUNK = 5000; // rows per createMany: columns × rows stays under PostgreSQL's 65535 bind parameters
const LINE_CHUNK = 20_000; // rows per unnest INSERT: one array parameter per column

/** The lines of these units for the year become exactly `lines`. */
export async function replaceLines(tx: Tx, year: number, unitIds: readonly string[], lines: readonly LineInsert[], actorId: string | null): Promise<void> {
  await tx.budgetLine.deleteMany({ where: { year, unitId: { in: [...unitIds] } } });
  for (let i = 0; i < lines.length; i += LINE_CHUNK) {
    const chunk = lines.slice(i, i + LINE_CHUNK);
    const column = <T>(pick: (l: LineInsert) => T) => chunk.map(pick);
    // Column arrays through unnest: one statement, 11 parameters, whatever the number of rows
    // (createMany binds every value: ~10× slower at 100,000 lines).
    await tx.$executeRaw`INSERT INTO "BudgetLine"
      (id, year, "unitId", "functionalCode", "deptEconCode", kind, "projectId", "fundingSource", carryover, "amountYuan", note, "createdById", "updatedById", "updatedAt")
      SELECT gen_random_uuid()::text, ${year}, u, f, e, k::"SpendingKind", p, s::"FundingSource", c, a::numeric(18,2), n, ${actorId}, ${actorId}, now()
      FROM unnest(${column((l) => l.unitId)}::text[], ${column((l) => l.functionalCode)}::text[], ${column((l) => l.deptEconCode)}::text[],
                  ${column((l) => l.kind)}::text[], ${column((l) => l.projectId)}::text[], ${column((l) => l.fundingSource)}::text[],
                  ${column((l) => l.carryover)}::boolean[], ${column((l) => l.amountYuan)}::text[], ${column((l) => l.note)}::text[])
        AS t(u, f, e, k, p, s, c, a, n)`;
  }
}

export interface ProcurementInsert {
  unitId: string;
  projectId: string | null;
  category: 'GOODS' | 'WORKS' | 'SERVICES';
  itemName: string;
  amountYuan: string;
}

/** The entries keep the file's order (the 政府采购 table lists them by creation time). */
export async function replaceProcurement(tx: Tx, year: number, unitIds: readonly string[], entries: readonly ProcurementInsert[]): Promise<void> {
  await tx.procurementEntry.deleteMany({ where: { year, unitId: { in: [...unitIds] } } });
  const start = Date.now();
  for (let i = 0; i < entries.length; i += CHUNK) {
    await tx.procurementEntry.createMany({
      data: entries.slice(i, i + CHUNK).map((e, j) => ({ ...e, year, createdAt: new Date(start + i + j) })),
    });
  }
}

/** The department-year's 上年数 become exactly `figures` (absent = unknown). */
export async function replacePriorYear(tx: Tx, departmentId: string, year: number, figures: Partial<Record<PriorFigure, string>>): Promise<void> {
  const data = {
    totalIncome: figures.totalIncome ?? null,
    totalExpenditure: figures.totalExpenditure ?? null,
    generalPublicCurrent: figures.generalPublicCurrent ?? null,
    abroad: figures.abroad ?? null,
    reception: figures.reception ?? null,
    vehiclePurchase: figures.vehiclePurchase ?? null,
    vehicleOperation: figures.vehicleOperation ?? null,
    organOperating: figures.organOperating ?? null,
  };
  await tx.priorYearFigures.upsert({
    where: { departmentId_year: { departmentId, year } },
    create: { departmentId, year, ...data },
    update: { ...data, version: { increment: 1 } },
  });
}

/**
 * One transaction for the whole import, with a timeout sized for 100,000 lines; the audit rows
 * `work` returns are appended before commit. When `commit(result)` is false the work (its locks,
 * reads and the 报送 rows the locks create) is rolled back and its result still returned: the dry
 * run, and a refused file, leave the database exactly as it was.
 */
export async function importTransaction<T>(
  db: PrismaClient,
  work: (tx: Tx) => Promise<{ result: T; audit: readonly AuditEntry[] }>,
  commit: (result: T) => boolean,
): Promise<T> {
  const undone = Symbol('rolled back');
  let kept: { result: T } | undefined;
  try {
    return await db.$transaction(
      async (tx) => {
        const { result, audit } = await work(tx);
        if (!commit(result)) {
          kept = { result };
          throw undone;
        }
        await appendAudit(tx, audit);
        return result;
      },
      { timeout: 600_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (error === undone && kept) return kept.result;
    throw error;
  }
}
