/**
 * Reads one department-year into the pure `DepartmentBudget` of lib/budget/types.ts: the input
 * of every disclosure table, reconciliation and 情况说明 figure. Two SQL statements (the
 * reference data from its cache); money leaves here as decimal.js values in 元.
 */
import type Decimal from 'decimal.js';
import type {
  BudgetLine,
  DepartmentBudget,
  FundBreakdown,
  Indicator,
  IndicatorLevel1,
  IndicatorLevel2,
  IndicatorOperator,
  NarrativeTexts,
  PerformanceForm,
  PriorYearFigures,
  ProcurementEntry,
  Project,
  ReferenceData,
  Unit,
} from '@/lib/budget/types';
import { Dec } from '@/lib/budget/money';
import { narrativeFigures } from '@/lib/budget/narrative/figures';
import { functionalItemTotals } from '@/lib/budget/narrative/item-changes';
import { currentValues, fromPriorYearFigures, publishedValues, resolvePriorYear, type PriorYearValues } from '@/lib/budget/prior-year';
import { Prisma, type Db } from './client';

// The indicator labels and operators are text columns; narrow them to the domain's unions.
const LEVEL1: readonly IndicatorLevel1[] = ['产出指标', '效益指标', '满意度指标'];
const LEVEL2: readonly IndicatorLevel2[] = [
  '数量指标', '质量指标', '时效指标', '成本指标', '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标', '服务对象满意度指标',
];
const OPERATORS: readonly IndicatorOperator[] = ['≥', '≤', '＞', '＜', '='];

function member<T extends string>(allowed: readonly T[], value: string, column: string): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw new Error(`PerformanceIndicator.${column} holds an unknown value "${value}"`);
  return found;
}

/**
 * The department-year, or null when the department code or the fiscal year is unknown. A known
 * department without data for the year gives an empty budget (every table 本表无数据).
 *
 * Two statements, run together: the lines (readLines) and every other part of the department-year
 * (readDepartmentYear); the reference data comes from its per-process cache. On this machine each
 * round trip costs the app a socket write and Prisma's per-query work, and a report-cache miss
 * used to pay twelve of them (issue 13: docs/benchmarks.md, "Report cache miss").
 */
export async function loadDepartmentBudget(db: Db, departmentCode: string, year: number, { priorFromReport = true } = {}): Promise<DepartmentBudget | null> {
  const [row, lines, reference] = await Promise.all([
    readDepartmentYear(db, departmentCode, year, priorFromReport),
    readLines(db, departmentCode, year),
    loadReference(db, year),
  ]);
  if (!row || !row.fiscalYear) return null;
  const entered = fromPriorYearFigures(toPriorYear(row.prior === null ? null : parse<PriorTuple>(row.prior)));
  const published = row.lastPublished === null ? null : await acceptedYearValues(db, departmentCode, year - 1, JSON.parse(row.lastPublished));
  const { figures: priorYear, ...priorYearSource } = resolvePriorYear(published, entered);
  // 上年数 per 功能 项: only from last year's accepted budget (docs/domain.md §11).
  const priorFunctional = published ? published.functional : null;
  const narratives = parse<NarrativeTuple[]>(row.narratives).map(([key, title, body]) => ({ key, title, body }));

  return {
    department: { code: row.code, name: row.name },
    year,
    units: parse<UnitTuple[]>(row.units).map(([id, code, name, type, govEconCategory, sortOrder]) => ({ id, code, name, type, govEconCategory, sortOrder })),
    lines,
    projects: parse<ProjectTuple[]>(row.projects).map(
      ([id, unitId, name, attribute, periodYears, sortOrder, form]): Project => ({
        id,
        unitId,
        name,
        attribute,
        periodYears,
        sortOrder,
        performanceForm: form && toPerformanceForm(form),
      }),
    ),
    procurement: parse<ProcurementTuple[]>(row.procurement).map(([id, unitId, projectId, category, itemName, amountYuan]) => ({
      id, unitId, projectId, category, itemName, amountYuan: new Dec(amountYuan),
    })),
    priorYear,
    priorYearSource,
    narrative: toNarrative(narratives),
    priorFunctional,
    changeReasons: Object.fromEntries(parse<[subject: string, text: string][]>(row.reasons)),
    narrativeSections: narratives,
    reference,
  };
}

// The parts of the department-year as the statement returns them: JSON arrays of tuples, money
// (and the indicator values) as the exact text of their numeric column, never JSON numbers.
type UnitTuple = [id: string, code: string, name: string, type: Unit['type'], govEconCategory: Unit['govEconCategory'], sortOrder: number];
type ProjectTuple = [id: string, unitId: string, name: string, attribute: Project['attribute'], periodYears: number, sortOrder: number, form: FormJson | null];
type ProcurementTuple = [id: string, unitId: string, projectId: string | null, category: ProcurementEntry['category'], itemName: string, amountYuan: string];
type PriorTuple = [
  totalIncome: string | null, totalExpenditure: string | null, generalPublicCurrent: string | null, abroad: string | null,
  reception: string | null, vehiclePurchase: string | null, vehicleOperation: string | null, organOperating: string | null,
];
type NarrativeTuple = [key: string, title: string, body: string];
type FundsTuple = [total: string, central: string, provincial: string, cityCounty: string, selfRaised: string, other: string | null];
type IndicatorTuple = [
  scope: Indicator['scope'], level1: string, level2: string, name: string, operator: string | null,
  value: string | null, measureUnit: string | null, text: string | null, sortOrder: number,
];
interface FormJson {
  period: FundsTuple;
  annual: FundsTuple;
  overview: string;
  basis: string;
  necessity: string;
  safeguards: string;
  plan: string;
  goalPeriod: string;
  goalAnnual: string;
  contactPerson: string | null;
  contactPhone: string | null;
  filledAt: string | null;
  indicators: IndicatorTuple[];
}

/** One statement's row: each part as JSON text (parsed here, not by the driver: one JSON.parse per part). */
interface DepartmentYearRow {
  code: string;
  name: string;
  fiscalYear: boolean;
  units: string;
  projects: string;
  procurement: string;
  /** Null when the department-year has no 上年数 row. */
  prior: string | null;
  narratives: string;
  reasons: string;
  /** The content of last year's latest published snapshot, as JSON text; null without one (or when not asked for). */
  lastPublished: string | null;
}

function parse<T>(json: string): T {
  return JSON.parse(json) as T;
}

/**
 * Every part of a department-year but its lines, in one statement (one consistent state of the
 * database), or null for an unknown department code. Each part is filtered on the department's id
 * and ordered as the domain expects it: units by (sortOrder, code); procurement in entry order
 * (createdAt, id); projects by (their
 * unit's sortOrder, sortOrder, id), each with its 绩效目标申报表 and the indicators by (scope,
 * sortOrder, id); 情况说明 sections by (sortOrder, key); change reasons by subject.
 */
async function readDepartmentYear(db: Db, departmentCode: string, year: number, priorFromReport: boolean): Promise<DepartmentYearRow | null> {
  const funds = (prefix: 'period' | 'annual') =>
    Prisma.sql`json_build_array(${Prisma.raw(['Total', 'Central', 'Provincial', 'CityCounty', 'SelfRaised', 'Other'].map((part) => `f."${prefix}${part}"::text`).join(', '))})`;
  const lastPublished = priorFromReport
    ? Prisma.sql`(SELECT r.content::text FROM "PublishedReport" r WHERE r."departmentId" = d.id AND r.year = ${year - 1} ORDER BY r.version DESC LIMIT 1)`
    : Prisma.sql`NULL::text`;
  const rows = await db.$queryRaw<DepartmentYearRow[]>`
    SELECT d.code, d.name,
      EXISTS (SELECT 1 FROM "FiscalYear" y WHERE y.year = ${year}) AS "fiscalYear",
      (SELECT coalesce(json_agg(json_build_array(u.id, u.code, u.name, u.type, u."govEconCategory", u."sortOrder") ORDER BY u."sortOrder", u.code), '[]')::text
         FROM "Unit" u WHERE u."departmentId" = d.id) AS units,
      (SELECT coalesce(json_agg(json_build_array(p.id, p."unitId", p.name, p.attribute, p."periodYears", p."sortOrder",
                CASE WHEN f.id IS NULL THEN NULL ELSE json_build_object(
                  'period', ${funds('period')}, 'annual', ${funds('annual')},
                  'overview', f.overview, 'basis', f.basis, 'necessity', f.necessity, 'safeguards', f.safeguards, 'plan', f.plan,
                  'goalPeriod', f."goalPeriod", 'goalAnnual', f."goalAnnual",
                  'contactPerson', f."contactPerson", 'contactPhone', f."contactPhone", 'filledAt', f."filledAt",
                  'indicators', (SELECT coalesce(json_agg(json_build_array(i.scope, i.level1, i.level2, i.name, i.operator, i.value::text,
                                                                           i."measureUnit", i.text, i."sortOrder")
                                                          ORDER BY i.scope, i."sortOrder", i.id), '[]')
                                   FROM "PerformanceIndicator" i WHERE i."formId" = f.id)) END)
                                ORDER BY u."sortOrder", p."sortOrder", p.id), '[]')::text
         FROM "Project" p JOIN "Unit" u ON u.id = p."unitId" LEFT JOIN "PerformanceForm" f ON f."projectId" = p.id
        WHERE u."departmentId" = d.id AND p.year = ${year}) AS projects,
      (SELECT coalesce(json_agg(json_build_array(e.id, e."unitId", e."projectId", e.category, e."itemName", e."amountYuan"::text)
                                ORDER BY e."createdAt", e.id), '[]')::text
         FROM "ProcurementEntry" e JOIN "Unit" u ON u.id = e."unitId" WHERE u."departmentId" = d.id AND e.year = ${year}) AS procurement,
      (SELECT json_build_array(g."totalIncome"::text, g."totalExpenditure"::text, g."generalPublicCurrent"::text, g.abroad::text,
                               g.reception::text, g."vehiclePurchase"::text, g."vehicleOperation"::text, g."organOperating"::text)
         FROM "PriorYearFigures" g WHERE g."departmentId" = d.id AND g.year = ${year})::text AS prior,
      (SELECT coalesce(json_agg(json_build_array(n.key, n.title, n.body) ORDER BY n."sortOrder", n.key), '[]')::text
         FROM "NarrativeSection" n WHERE n."departmentId" = d.id AND n.year = ${year}) AS narratives,
      (SELECT coalesce(json_agg(json_build_array(c.subject, c.text) ORDER BY c.subject), '[]')::text
         FROM "ChangeReason" c WHERE c."departmentId" = d.id AND c.year = ${year}) AS reasons,
      ${lastPublished} AS "lastPublished"
    FROM "Department" d
    WHERE d.code = ${departmentCode}`;
  return rows[0] ?? null;
}

/** A line as read from SQL: the domain's BudgetLine with the amount still as exact text. */
export type LineSqlRow = Omit<BudgetLine, 'amountYuan'> & { amountYuan: string };

/**
 * The department-year's lines in entry order (createdAt, id). A query of their own, in plain rows
 * with only the columns the domain reads, the amount as exact text: the ≈ 1,000 lines of a large
 * department are most of the load, and PostgreSQL sends rows for a fraction of what building them
 * into JSON costs it (json_agg), for the same work here; Prisma's model mapping (Decimal objects
 * included) would cost more than the query itself.
 */
async function readLines(db: Db, departmentCode: string, year: number): Promise<BudgetLine[]> {
  const rows = await db.$queryRaw<LineSqlRow[]>`
    SELECT l.id, l."unitId", l."functionalCode", l."deptEconCode", l."govEconOverride", l.kind::text AS kind,
           l."projectId", l."fundingSource"::text AS "fundingSource", l.carryover, l."amountYuan"::text AS "amountYuan"
      FROM "BudgetLine" l
      JOIN "Unit" u ON u.id = l."unitId"
      JOIN "Department" d ON d.id = u."departmentId"
     WHERE d.code = ${departmentCode} AND l.year = ${year}
     ORDER BY l."createdAt" ASC, l.id ASC`;
  // Same keys in the same order as the BudgetLine of lib/budget/types.ts.
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unitId,
    functionalCode: r.functionalCode,
    deptEconCode: r.deptEconCode,
    govEconOverride: r.govEconOverride,
    kind: r.kind,
    projectId: r.projectId,
    fundingSource: r.fundingSource,
    carryover: r.carryover,
    amountYuan: new Dec(r.amountYuan),
  }));
}

/**
 * The year's 科目 and 对照, ordered by code: read from the cache when this process has read them already.
 * The cache is `db`'s; a miss reads through `via` (default `db`): a write inside a transaction passes
 * its `tx`, since with one connection (embedded mode) a read on the client would wait for the transaction.
 */
export function loadReference(db: Db, year: number, via: Db = db): Promise<ReferenceData> {
  let years = referenceCache.get(db);
  if (!years) referenceCache.set(db, (years = new Map()));
  let cached = years.get(year);
  if (!cached) {
    const entries = years;
    cached = readReference(via, year).catch((error: unknown) => {
      // A failed read is not remembered (unless the cache was invalidated meanwhile).
      if (entries.get(year) === cached) entries.delete(year);
      throw error;
    });
    years.set(year, cached);
  }
  return cached;
}

/**
 * The reference data (功能/经济 科目 and 对照) per database client and year, kept for the life of
 * the process: ≈ 1,000 rows that every report reads and that change only through the
 * administrator's code editing, which calls invalidateReferenceCache() after each change. The
 * cached objects are frozen, so no caller can alter what the next one reads.
 */
let referenceCache = new WeakMap<Db, Map<number, Promise<ReferenceData>>>();

/**
 * Forgets the cached reference data (every database and year): call after any change to the
 * 科目 or 对照 tables (or after rewriting them in tests). Reads already under way finish with
 * what they read; every later read goes to the database.
 */
export function invalidateReferenceCache(): void {
  referenceCache = new WeakMap();
}

async function readReference(db: Db, year: number): Promise<ReferenceData> {
  const codeName = { select: { code: true, name: true }, where: { year }, orderBy: { code: 'asc' } } as const;
  const [functional, deptEcon, govEcon, econMapping] = await Promise.all([
    db.functionalCode.findMany(codeName),
    db.deptEconCode.findMany(codeName),
    db.govEconCode.findMany(codeName),
    db.econMapping.findMany({
      where: { year },
      select: { deptEconCode: true, category: true, govEconCode: true },
      orderBy: [{ deptEconCode: 'asc' }, { category: 'asc' }],
    }),
  ]);
  return Object.freeze({
    functional: frozenRows(functional),
    deptEcon: frozenRows(deptEcon),
    govEcon: frozenRows(govEcon),
    econMapping: frozenRows(econMapping),
  });
}

function frozenRows<T extends object>(rows: T[]): T[] {
  for (const row of rows) Object.freeze(row);
  return Object.freeze(rows) as T[];
}

function breakdown([total, central, provincial, cityCounty, selfRaised, other]: FundsTuple): FundBreakdown {
  return {
    total: new Dec(total),
    central: new Dec(central),
    provincial: new Dec(provincial),
    cityCounty: new Dec(cityCounty),
    selfRaised: new Dec(selfRaised),
    other: other === null ? null : new Dec(other),
  };
}

function toPerformanceForm(f: FormJson): PerformanceForm {
  return {
    funds: { period: breakdown(f.period), annual: breakdown(f.annual) },
    overview: f.overview,
    basis: f.basis,
    necessity: f.necessity,
    safeguards: f.safeguards,
    plan: f.plan,
    goalPeriod: f.goalPeriod,
    goalAnnual: f.goalAnnual,
    indicators: f.indicators.map(
      ([scope, level1, level2, name, operator, value, measureUnit, text, sortOrder]): Indicator => ({
        scope,
        level1: member(LEVEL1, level1, 'level1'),
        level2: member(LEVEL2, level2, 'level2'),
        name,
        operator: operator === null ? null : member(OPERATORS, operator, 'operator'),
        value: value === null ? null : new Dec(value).toString(),
        measureUnit,
        text,
        sortOrder,
      }),
    ),
    contactPerson: f.contactPerson,
    contactPhone: f.contactPhone,
    filledAt: f.filledAt,
  };
}

/**
 * The 上年数 of an accepted (published) year: its own figures, exact in 元, checked against the
 * snapshot; and its 功能 项 totals, exact from its lines (frozen while accepted, so what was published).
 */
async function acceptedYearValues(
  db: Db,
  departmentCode: string,
  year: number,
  content: unknown,
): Promise<{ year: number; values: PriorYearValues; functional: Record<string, Decimal> }> {
  const budget = await loadDepartmentBudget(db, departmentCode, year, { priorFromReport: false });
  const exact = budget && currentValues(narrativeFigures(budget));
  return { year, values: publishedValues(snapshotFigures(content), exact), functional: functionalItemTotals(budget?.lines ?? []) };
}

/** `narrative.figures` of a stored wire report, or {} when the JSON has another shape. */
function snapshotFigures(stored: unknown): Record<string, unknown> {
  const content = snapshotReport(stored);
  const narrative: unknown = typeof content === 'object' && content !== null ? Reflect.get(content, 'narrative') : null;
  const figures: unknown = typeof narrative === 'object' && narrative !== null ? Reflect.get(narrative, 'figures') : null;
  return typeof figures === 'object' && figures !== null ? Object.fromEntries(Object.entries(figures)) : {};
}

/** The 万元 report of a snapshot: a v1 one is it; a v2 one is JSON text with `reports.万元` (lib/services/report-snapshot.ts). */
function snapshotReport(stored: unknown): unknown {
  if (typeof stored !== 'string') return stored;
  try {
    const envelope: unknown = JSON.parse(stored);
    const reports: unknown = typeof envelope === 'object' && envelope !== null ? Reflect.get(envelope, 'reports') : null;
    return typeof reports === 'object' && reports !== null ? Reflect.get(reports, '万元') : null;
  } catch {
    return null;
  }
}

function toPriorYear(row: PriorTuple | null): PriorYearFigures {
  const get = (value: string | null | undefined) => (value == null ? null : new Dec(value));
  const [totalIncome, totalExpenditure, generalPublicCurrent, abroad, reception, vehiclePurchase, vehicleOperation, organOperating] = row ?? [];
  return {
    totalIncome: get(totalIncome),
    totalExpenditure: get(totalExpenditure),
    generalPublicCurrent: get(generalPublicCurrent),
    threePublic: {
      abroad: get(abroad),
      reception: get(reception),
      vehiclePurchase: get(vehiclePurchase),
      vehicleOperation: get(vehicleOperation),
    },
    organOperating: get(organOperating),
  };
}

function toNarrative(rows: { key: string; body: string }[]): NarrativeTexts {
  const body = (key: string) => rows.find((r) => r.key === key)?.body ?? null;
  return {
    changeReason: body('changeReason'),
    threePublicChangeReason: body('threePublicChangeReason'),
    organOperatingChangeReason: body('organOperatingChangeReason'),
  };
}
