/**
 * The department-year loader as it was before issue 13's third round (twelve Prisma queries in
 * parallel, one per part), kept verbatim here as the oracle of tests/db/budget-loader.db.test.ts:
 * the two-statement loadDepartmentBudget of lib/db/budget-repository.ts must return exactly what
 * this one does. Only the names changed (loadDepartmentBudgetByQueries; the reference data from
 * the repository's own cached loadReference).
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
  Project,
} from '@/lib/budget/types';
import { Dec } from '@/lib/budget/money';
import { narrativeFigures } from '@/lib/budget/narrative/figures';
import { functionalItemTotals } from '@/lib/budget/narrative/item-changes';
import { currentValues, fromPriorYearFigures, publishedValues, resolvePriorYear, type PriorYearValues } from '@/lib/budget/prior-year';
import { loadReference } from '@/lib/db/budget-repository';
import { toDecimal, toDecimalOrNull, type Db, type Prisma } from '@/lib/db/client';

const formInclude = { indicators: { orderBy: [{ scope: 'asc' }, { sortOrder: 'asc' }, { id: 'asc' }] } } satisfies Prisma.PerformanceFormInclude;
type FormRow = Prisma.PerformanceFormGetPayload<{ include: typeof formInclude }>;
type Money = Prisma.Decimal;

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
 */
export async function loadDepartmentBudgetByQueries(db: Db, departmentCode: string, year: number, { priorFromReport = true } = {}): Promise<DepartmentBudget | null> {
  // One round: every query filters on the department's code itself (through Unit), so none waits
  // for the department lookup. An unknown department or year reads nothing and gives null.
  const ofDepartment = { year, unit: { department: { code: departmentCode } } };
  const [department, fiscalYear, lines, projects, procurement, prior, narratives, reasons, reference, lastPublished] = await Promise.all([
    db.department.findUnique({
      where: { code: departmentCode },
      select: { id: true, code: true, name: true, units: { orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] } },
    }),
    db.fiscalYear.findUnique({ where: { year }, select: { year: true } }),
    readLines(db, departmentCode, year),
    db.project.findMany({
      where: ofDepartment,
      orderBy: [{ unit: { sortOrder: 'asc' } }, { sortOrder: 'asc' }, { id: 'asc' }],
      include: { performanceForm: { include: formInclude } },
    }),
    db.procurementEntry.findMany({ where: ofDepartment, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    db.priorYearFigures.findFirst({ where: { year, department: { code: departmentCode } } }),
    db.narrativeSection.findMany({
      where: { year, department: { code: departmentCode } },
      orderBy: [{ sortOrder: 'asc' }, { key: 'asc' }],
      select: { key: true, title: true, body: true },
    }),
    db.changeReason.findMany({ where: { year, department: { code: departmentCode } }, select: { subject: true, text: true }, orderBy: { subject: 'asc' } }),
    loadReference(db, year),
    priorFromReport ? db.publishedReport.findFirst({ where: { year: year - 1, department: { code: departmentCode } }, orderBy: { version: 'desc' }, select: { content: true } }) : null,
  ]);
  if (!department || !fiscalYear) return null;
  const entered = fromPriorYearFigures(toPriorYear(prior));
  const published = lastPublished && (await acceptedYearValues(db, departmentCode, year - 1, lastPublished.content));
  const { figures: priorYear, ...priorYearSource } = resolvePriorYear(published, entered);
  // 上年数 per 功能 项: only from last year's accepted budget (docs/domain.md §11).
  const priorFunctional = published ? published.functional : null;

  return {
    department: { code: department.code, name: department.name },
    year,
    units: department.units.map(({ id, code, name, type, govEconCategory, sortOrder }) => ({ id, code, name, type, govEconCategory, sortOrder })),
    lines,
    projects: projects.map(
      (p): Project => ({
        id: p.id,
        unitId: p.unitId,
        name: p.name,
        attribute: p.attribute,
        periodYears: p.periodYears,
        sortOrder: p.sortOrder,
        performanceForm: p.performanceForm && toPerformanceForm(p.performanceForm),
      }),
    ),
    procurement: procurement.map(({ id, unitId, projectId, category, itemName, amountYuan }) => ({
      id, unitId, projectId, category, itemName, amountYuan: toDecimal(amountYuan),
    })),
    priorYear,
    priorYearSource,
    narrative: toNarrative(narratives),
    priorFunctional,
    changeReasons: Object.fromEntries(reasons.map((r) => [r.subject, r.text])),
    narrativeSections: narratives.map(({ key, title, body }) => ({ key, title, body })),
    reference,
  };
}

/** A line as read from SQL: the domain's BudgetLine with the amount still as exact text. */
type LineSqlRow = Omit<BudgetLine, 'amountYuan'> & { amountYuan: string };

/**
 * The department-year's lines in entry order (createdAt, id). One raw query with only the columns
 * the domain reads, the amount as exact text: the ≈ 1,000 lines of a large department are most of
 * the load, and Prisma's per-row mapping (Decimal objects included) cost more than the query itself.
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

function breakdown(total: Money, central: Money, provincial: Money, cityCounty: Money, selfRaised: Money, other: Money | null): FundBreakdown {
  return {
    total: toDecimal(total),
    central: toDecimal(central),
    provincial: toDecimal(provincial),
    cityCounty: toDecimal(cityCounty),
    selfRaised: toDecimal(selfRaised),
    other: toDecimalOrNull(other),
  };
}

function toPerformanceForm(f: FormRow): PerformanceForm {
  return {
    funds: {
      period: breakdown(f.periodTotal, f.periodCentral, f.periodProvincial, f.periodCityCounty, f.periodSelfRaised, f.periodOther),
      annual: breakdown(f.annualTotal, f.annualCentral, f.annualProvincial, f.annualCityCounty, f.annualSelfRaised, f.annualOther),
    },
    overview: f.overview,
    basis: f.basis,
    necessity: f.necessity,
    safeguards: f.safeguards,
    plan: f.plan,
    goalPeriod: f.goalPeriod,
    goalAnnual: f.goalAnnual,
    indicators: f.indicators.map(
      (i): Indicator => ({
        scope: i.scope,
        level1: member(LEVEL1, i.level1, 'level1'),
        level2: member(LEVEL2, i.level2, 'level2'),
        name: i.name,
        operator: i.operator === null ? null : member(OPERATORS, i.operator, 'operator'),
        value: i.value === null ? null : toDecimal(i.value).toString(),
        measureUnit: i.measureUnit,
        text: i.text,
        sortOrder: i.sortOrder,
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
  const budget = await loadDepartmentBudgetByQueries(db, departmentCode, year, { priorFromReport: false });
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

function toPriorYear(row: Prisma.PriorYearFiguresGetPayload<object> | null): PriorYearFigures {
  const get = (value: Money | null | undefined) => (value == null ? null : toDecimal(value));
  return {
    totalIncome: get(row?.totalIncome),
    totalExpenditure: get(row?.totalExpenditure),
    generalPublicCurrent: get(row?.generalPublicCurrent),
    threePublic: {
      abroad: get(row?.abroad),
      reception: get(row?.reception),
      vehiclePurchase: get(row?.vehiclePurchase),
      vehicleOperation: get(row?.vehicleOperation),
    },
    organOperating: get(row?.organOperating),
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
