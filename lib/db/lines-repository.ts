/**
 * Writes to a unit's budget data (预算明细行, 项目, 政府采购) and a department's 情况说明,
 * with optimistic locking: an update names the version the user saw and matches
 * `WHERE id = ? AND version = ?`; no match means someone else changed it first.
 * Records come back as plain JSON-safe objects (money as "12345.67"), fit for the audit log.
 */
import type { PerformanceFormInput } from '@/lib/schemas/performance';
import { getPrisma, Prisma, type Db } from './client';
import { loadReference } from './budget-repository';
import type { UnitRef } from './workflow-repository';
import type { DepartmentStatus, UnitStatus } from '@/lib/budget/workflow';
import { Dec } from '@/lib/budget/money';

const lineSelect = {
  id: true,
  year: true,
  unitId: true,
  functionalCode: true,
  deptEconCode: true,
  govEconOverride: true,
  kind: true,
  projectId: true,
  fundingSource: true,
  carryover: true,
  amountYuan: true,
  note: true,
  version: true,
  updatedById: true,
  unit: { select: { departmentId: true } },
} as const;

/** A line as Prisma selects it (Decimal amount, nested unit), before toRecord makes it JSON-safe. */
type SelectedLine = NonNullable<Awaited<ReturnType<typeof selectLine>>>;

function selectLine(db: Db, id: string) {
  return db.budgetLine.findUnique({ where: { id }, select: lineSelect });
}

export interface LineRecord {
  id: string;
  year: number;
  unitId: string;
  departmentId: string;
  functionalCode: string;
  deptEconCode: string;
  govEconOverride: string | null;
  kind: 'BASIC' | 'PROJECT';
  projectId: string | null;
  fundingSource: 'GENERAL_PUBLIC' | 'GOV_FUND' | 'STATE_CAPITAL' | 'SPECIAL_ACCOUNT' | 'UNIT_FUNDS';
  carryover: boolean;
  amountYuan: string;
  note: string | null;
  version: number;
  updatedById: string | null;
}

function toRecord({ unit, amountYuan, ...row }: SelectedLine): LineRecord {
  return { ...row, departmentId: unit.departmentId, amountYuan: amountYuan.toFixed(2) };
}

export async function findLine(db: Db, id: string): Promise<LineRecord | null> {
  const row = await selectLine(db, id);
  return row && toRecord(row);
}

/** The line, its unit and its fiscal year's status as an edit checks them (lib/services/unit-access.ts), in one statement. */
export async function findLineForEdit(
  db: Db,
  id: string,
): Promise<{ line: LineRecord; unit: UnitRef; yearStatus: 'OPEN' | 'CLOSED' | null; states: { departmentStatus: DepartmentStatus; unitStatus: UnitStatus } | null } | null> {
  // The unit's and the department's 报送 states are locked (FOR SHARE, department first, as
  // lockEditStates does) in the same statement: an edit depends on them (lib/services/unit-access.ts).
  const rows = await db.$queryRaw<
    (Omit<LineRecord, 'departmentId'> & {
      departmentId: string;
      code: string;
      name: string;
      active: boolean;
      govEconCategory: UnitRef['govEconCategory'];
      yearStatus: 'OPEN' | 'CLOSED' | null;
      departmentStatus: DepartmentStatus | null;
      unitStatus: UnitStatus | null;
    })[]
  >`
    SELECT l.id, l.year, l."unitId", l."functionalCode", l."deptEconCode", l."govEconOverride", l.kind::text AS kind, l."projectId",
           l."fundingSource"::text AS "fundingSource", l.carryover, l."amountYuan"::text AS "amountYuan", l.note, l.version, l."updatedById",
           u."departmentId", u.code, u.name, u.active, u."govEconCategory"::text AS "govEconCategory", fy.status::text AS "yearStatus",
           (SELECT ds.status::text FROM "DepartmentSubmission" ds WHERE ds."departmentId" = u."departmentId" AND ds.year = l.year FOR SHARE) AS "departmentStatus",
           (SELECT us.status::text FROM "UnitSubmission" us WHERE us."unitId" = l."unitId" AND us.year = l.year FOR SHARE) AS "unitStatus"
      FROM "BudgetLine" l
      JOIN "Unit" u ON u.id = l."unitId"
      LEFT JOIN "FiscalYear" fy ON fy.year = l.year
     WHERE l.id = ${id}`;
  const row = rows[0];
  if (!row) return null;
  const { code, name, active, govEconCategory, yearStatus, departmentStatus, unitStatus, ...line } = row;
  return {
    // Decimal(18,2) as text is already "12345.67" (toRecord's form).
    line: { ...line, amountYuan: new Dec(line.amountYuan).toFixed(2) },
    unit: { id: line.unitId, departmentId: line.departmentId, code, name, active, govEconCategory },
    yearStatus,
    // Both rows exist once the unit-year has been touched; otherwise editableUnit creates and locks them.
    states: departmentStatus && unitStatus ? { departmentStatus, unitStatus } : null,
  };
}

/** Per line of a unit-year what the budget model leaves out: the version an edit sends back, and the 备注. */
export function listLineStamps(db: Db, unitId: string, year: number): Promise<{ id: string; version: number; note: string | null }[]> {
  return db.budgetLine.findMany({ where: { unitId, year }, select: { id: true, version: true, note: true } });
}

export type LineData = Omit<LineRecord, 'id' | 'departmentId' | 'version' | 'updatedById'>;

export async function insertLine(tx: Db, data: LineData, actorId: string): Promise<LineRecord> {
  const row = await tx.budgetLine.create({ data: { ...data, createdById: actorId, updatedById: actorId }, select: lineSelect });
  return toRecord(row);
}

/**
 * Updates only if the line is still at `version`; null when it is not (or is gone). One statement
 * (UPDATE … RETURNING): a line never changes unit, so its department is the one the caller read.
 */
export async function updateLineAtVersion(tx: Db, id: string, version: number, data: Partial<LineData>, actorId: string, departmentId: string): Promise<LineRecord | null> {
  const { unit: _unit, ...select } = lineSelect;
  try {
    const row = await tx.budgetLine.update({
      where: { id, version },
      data: { ...data, updatedById: actorId, version: { increment: 1 } },
      select,
    });
    return toRecord({ ...row, unit: { departmentId } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025') return null;
    throw error;
  }
}

export async function deleteLineAtVersion(tx: Db, id: string, version: number): Promise<boolean> {
  const { count } = await tx.budgetLine.deleteMany({ where: { id, version } });
  return count === 1;
}

export async function userDisplayName(db: Db, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { displayName: true } });
  return user?.displayName ?? null;
}

/**
 * What the domain's line rules need besides the line: the year's reference data (the application's
 * cache, read through `tx` on a miss), the unit's 政府经济 side and the project the line names.
 */
export async function lineRuleData(tx: Db, line: { unitId: string; year: number; projectId: string | null }, knownUnit?: UnitForRules) {
  const reference = await loadReference(getPrisma(), line.year, tx);
  const unit = knownUnit?.id === line.unitId ? knownUnit : await tx.unit.findUnique({ where: { id: line.unitId }, select: { id: true, govEconCategory: true } });
  const project = line.projectId ? await findProject(tx, line.projectId) : null;
  return { reference, unit, project };
}

/** The unit as the line rules see it (its 政府经济 side); a caller that has read it passes it on. */
export interface UnitForRules {
  id: string;
  govEconCategory: 'ORGAN' | 'INSTITUTION';
}

// ------------------------------------------------------------ projects

const projectSelect = { id: true, year: true, unitId: true, name: true, attribute: true, periodYears: true, sortOrder: true, version: true } as const;

export interface ProjectRecord {
  id: string;
  year: number;
  unitId: string;
  name: string;
  attribute: 'ONE_OFF' | 'RECURRING';
  periodYears: number;
  sortOrder: number;
  version: number;
}
export type ProjectData = Omit<ProjectRecord, 'id' | 'version'>;

export function findProject(db: Db, id: string): Promise<ProjectRecord | null> {
  return db.project.findUnique({ where: { id }, select: projectSelect });
}

export function insertProject(tx: Db, data: ProjectData): Promise<ProjectRecord> {
  return tx.project.create({ data, select: projectSelect });
}

export async function updateProjectAtVersion(tx: Db, id: string, version: number, data: Partial<ProjectData>): Promise<ProjectRecord | null> {
  const { count } = await tx.project.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  return count === 1 ? findProject(tx, id) : null;
}

// ------------------------------------------------------------ 政府采购

export interface ProcurementData {
  year: number;
  unitId: string;
  projectId: string | null;
  category: 'GOODS' | 'WORKS' | 'SERVICES';
  itemName: string;
  amountYuan: string;
}

export async function insertProcurement(tx: Db, data: ProcurementData) {
  const row = await tx.procurementEntry.create({ data });
  return { ...data, id: row.id, version: row.version, amountYuan: row.amountYuan.toFixed(2) };
}

// ------------------------------------------------------------ 情况说明

export interface NarrativeRecord {
  departmentId: string;
  year: number;
  key: string;
  title: string;
  body: string;
  version: number;
}

export function findNarrative(db: Db, departmentId: string, year: number, key: string): Promise<NarrativeRecord | null> {
  return db.narrativeSection.findUnique({
    where: { departmentId_year_key: { departmentId, year, key } },
    select: { departmentId: true, year: true, key: true, title: true, body: true, version: true },
  });
}

export async function insertNarrative(tx: Db, data: Omit<NarrativeRecord, 'version'>, actorId: string): Promise<NarrativeRecord> {
  await tx.narrativeSection.create({ data: { ...data, updatedById: actorId } });
  return { ...data, version: 1 };
}

export async function updateNarrativeAtVersion(
  tx: Db,
  key: { departmentId: string; year: number; key: string },
  version: number,
  data: { title: string; body: string },
  actorId: string,
): Promise<NarrativeRecord | null> {
  const { count } = await tx.narrativeSection.updateMany({ where: { ...key, version }, data: { ...data, updatedById: actorId, version: { increment: 1 } } });
  return count === 1 ? findNarrative(tx, key.departmentId, key.year, key.key) : null;
}

// ------------------------------------------------------------ 绩效目标申报表

export type PerformanceFormData = Omit<PerformanceFormInput, 'version'>;
function fundColumns({ period: p, annual: a }: PerformanceFormData['funds']) {
  return {
    periodTotal: p.total, periodCentral: p.central, periodProvincial: p.provincial, periodCityCounty: p.cityCounty, periodSelfRaised: p.selfRaised, periodOther: p.other,
    annualTotal: a.total, annualCentral: a.central, annualProvincial: a.provincial, annualCityCounty: a.cityCounty, annualSelfRaised: a.selfRaised, annualOther: a.other,
  };
}

function formColumns({ funds, indicators: _indicators, ...texts }: PerformanceFormData) {
  return { ...fundColumns(funds), ...texts };
}

const indicatorRows = (formId: string, data: PerformanceFormData) =>
  data.indicators.map((i, sortOrder) => ({ ...i, formId, sortOrder }));

export async function findPerformanceForm(db: Db, projectId: string): Promise<{ version: number; data: PerformanceFormData } | null> {
  const row = await db.performanceForm.findUnique({ where: { projectId }, include: { indicators: { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] } } });
  if (!row) return null;
  const money = (v: { toFixed(n: number): string }) => v.toFixed(2);
  const moneyOrNull = (v: { toFixed(n: number): string } | null) => (v === null ? null : v.toFixed(2));
  const funds = (p: 'period' | 'annual') => ({
    total: money(row[`${p}Total`]),
    central: money(row[`${p}Central`]),
    provincial: money(row[`${p}Provincial`]),
    cityCounty: money(row[`${p}CityCounty`]),
    selfRaised: money(row[`${p}SelfRaised`]),
    other: moneyOrNull(row[`${p}Other`]),
  });
  const { overview, basis, necessity, safeguards, plan, goalPeriod, goalAnnual, contactPerson, contactPhone } = row;
  const indicators = row.indicators.map((i) => ({
    scope: i.scope,
    level1: i.level1,
    level2: i.level2,
    name: i.name,
    operator: i.operator,
    value: i.value === null ? null : i.value.toString(),
    measureUnit: i.measureUnit,
    text: i.text,
  })) as PerformanceFormData['indicators']; // level/operator are text columns holding the schema's values
  return {
    version: row.version,
    data: { funds: { period: funds('period'), annual: funds('annual') }, overview, basis, necessity, safeguards, plan, goalPeriod, goalAnnual, contactPerson, contactPhone, indicators },
  };
}

export async function insertPerformanceForm(tx: Db, projectId: string, data: PerformanceFormData): Promise<number> {
  const form = await tx.performanceForm.create({ data: { projectId, ...formColumns(data) }, select: { id: true, version: true } });
  await tx.performanceIndicator.createMany({ data: indicatorRows(form.id, data) });
  return form.version;
}

/** Replaces the form and its indicators if still at `version`; null when it is not. */
export async function updatePerformanceFormAtVersion(tx: Db, projectId: string, version: number, data: PerformanceFormData): Promise<number | null> {
  const { count } = await tx.performanceForm.updateMany({ where: { projectId, version }, data: { ...formColumns(data), version: { increment: 1 } } });
  if (count !== 1) return null;
  const form = await tx.performanceForm.findUniqueOrThrow({ where: { projectId }, select: { id: true, version: true } });
  await tx.performanceIndicator.deleteMany({ where: { formId: form.id } });
  await tx.performanceIndicator.createMany({ data: indicatorRows(form.id, data) });
  return form.version;
}
