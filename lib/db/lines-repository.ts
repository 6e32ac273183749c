/**
 * Writes to a unit's budget data (预算明细行, 项目, 政府采购) and a department's 情况说明,
 * with optimistic locking: an update names the version the user saw and matches
 * `WHERE id = ? AND version = ?`; no match means someone else changed it first.
 * Records come back as plain JSON-safe objects (money as "12345.67"), fit for the audit log.
 */
import type { PerformanceFormInput } from '@/lib/schemas/performance';
import { getPrisma, Prisma, type Db } from './client';
import { loadReference } from './budget-repository';
import { AUDIT_COLUMNS, auditValues, type AuditEntry } from './audit-repository';
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
  { lock = true }: { lock?: boolean } = {},
): Promise<{ line: LineRecord; unit: UnitRef; yearStatus: 'OPEN' | 'CLOSED' | null; states: { departmentStatus: DepartmentStatus; unitStatus: UnitStatus } | null } | null> {
  // The unit's and the department's 报送 states are locked (FOR SHARE, department first, as
  // lockEditStates does) in the same statement: an edit depends on them (lib/services/unit-access.ts).
  // `lock: false` is the plain read before updateLineAsSeen, which takes the locks itself.
  const forShare = lock ? Prisma.sql`FOR SHARE` : Prisma.empty;
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
           (SELECT ds.status::text FROM "DepartmentSubmission" ds WHERE ds."departmentId" = u."departmentId" AND ds.year = l.year ${forShare}) AS "departmentStatus",
           (SELECT us.status::text FROM "UnitSubmission" us WHERE us."unitId" = l."unitId" AND us.year = l.year ${forShare}) AS "unitStatus"
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

/** The line as its audit rows and the API show it (LineRecord), built by PostgreSQL from row `l`. */
const lineJson = (departmentId: string) => Prisma.sql`jsonb_build_object(
  'id', l.id, 'year', l.year, 'unitId', l."unitId", 'departmentId', ${departmentId}::text, 'functionalCode', l."functionalCode",
  'deptEconCode', l."deptEconCode", 'govEconOverride', l."govEconOverride", 'kind', l.kind::text, 'projectId', l."projectId",
  'fundingSource', l."fundingSource"::text, 'carryover', l.carryover, 'amountYuan', l."amountYuan"::text, 'note', l.note,
  'version', l.version, 'updatedById', l."updatedById")`;

/** What a save saw when it read the line (findLineForEdit without locks) and found the edit allowed. */
export interface SeenEditState {
  unitId: string;
  departmentId: string;
  year: number;
  departmentStatus: DepartmentStatus;
  unitStatus: UnitStatus;
}

/**
 * The line update and its audit row in ONE statement (its own transaction), applied only while
 * everything the caller checked still holds: the line at `version`, the year open, the unit
 * active, and the unit's and department's 报送 states as seen — those two read FOR SHARE, as
 * lockEditStates does, so a 提交 under way is waited for and its new state compared.
 * Returns the line as it became (= the audit row's `after`), or null when anything moved: the
 * caller then takes the transactional path, which says why. The audit row's `after` is built by
 * PostgreSQL from the updated row, so it is what was stored, to the 分.
 */
export async function updateLineAsSeen(
  db: Db,
  line: { id: string; version: number },
  data: Partial<LineData>,
  actorId: string,
  seen: SeenEditState,
  audit: AuditEntry,
): Promise<LineRecord | null> {
  const set: Prisma.Sql[] = [];
  const assign = (column: string, value: Prisma.Sql) => set.push(Prisma.sql`${Prisma.raw(`"${column}"`)} = ${value}`);
  if (data.functionalCode !== undefined) assign('functionalCode', Prisma.sql`${data.functionalCode}`);
  if (data.deptEconCode !== undefined) assign('deptEconCode', Prisma.sql`${data.deptEconCode}`);
  if (data.govEconOverride !== undefined) assign('govEconOverride', Prisma.sql`${data.govEconOverride}::text`);
  if (data.kind !== undefined) assign('kind', Prisma.sql`${data.kind}::"SpendingKind"`);
  if (data.projectId !== undefined) assign('projectId', Prisma.sql`${data.projectId}::text`);
  if (data.fundingSource !== undefined) assign('fundingSource', Prisma.sql`${data.fundingSource}::"FundingSource"`);
  if (data.carryover !== undefined) assign('carryover', Prisma.sql`${data.carryover}::boolean`);
  if (data.amountYuan !== undefined) assign('amountYuan', Prisma.sql`${data.amountYuan}::numeric(18,2)`);
  if (data.note !== undefined) assign('note', Prisma.sql`${data.note}::text`);
  assign('updatedById', Prisma.sql`${actorId}`);
  assign('updatedAt', Prisma.sql`now()`);
  const rows = await db.$queryRaw<{ after: LineRecord }[]>`
    WITH allowed AS MATERIALIZED (
      SELECT 1 FROM (
        SELECT (SELECT ds.status::text FROM "DepartmentSubmission" ds WHERE ds."departmentId" = ${seen.departmentId} AND ds.year = ${seen.year} FOR SHARE) AS d,
               (SELECT us.status::text FROM "UnitSubmission" us WHERE us."unitId" = ${seen.unitId} AND us.year = ${seen.year} FOR SHARE) AS u
      ) s
      WHERE s.d = ${seen.departmentStatus} AND s.u = ${seen.unitStatus}
        AND EXISTS (SELECT 1 FROM "FiscalYear" fy WHERE fy.year = ${seen.year} AND fy.status = 'OPEN')
        AND EXISTS (SELECT 1 FROM "Unit" u WHERE u.id = ${seen.unitId} AND u.active)
    ), changed AS (
      UPDATE "BudgetLine" l SET ${Prisma.join(set, ', ')}, version = l.version + 1
       WHERE l.id = ${line.id} AND l.version = ${line.version} AND l."unitId" = ${seen.unitId} AND EXISTS (SELECT 1 FROM allowed)
      RETURNING ${lineJson(seen.departmentId)} AS after
    ), logged AS (
      ${AUDIT_COLUMNS} SELECT ${auditValues(audit, Prisma.sql`changed.after`)} FROM changed
    )
    SELECT after FROM changed`;
  return rows[0]?.after ?? null;
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
