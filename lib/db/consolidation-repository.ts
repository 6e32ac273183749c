/**
 * Loads the whole county for one year as per-department `DepartmentBudget`s, the input of the
 * 全县汇总 (lib/budget/consolidation.ts): a few queries for all departments together instead
 * of one `loadDepartmentBudget` per department, with the reference data read once and shared.
 *
 * Two grains:
 * - `loadCountyBudgets` (what the 全县汇总 uses): lines summed in PostgreSQL per department,
 *   功能 项, 基本/项目, 资金来源 and 上年结转 — exactly the dimensions 表1–5 and 表7–9 read, so
 *   those tables come out identical to the line-level ones from a tenth of the rows. A summary
 *   line's unit, 部门经济 款 and project are those of one of its lines (real codes, so no
 *   invariant breaks) and the budgets carry no projects, which makes them unfit for 表6 and
 *   表10–13.
 * - `loadCountyLineBudgets`: every line as stored; any table may be derived.
 * Both leave 绩效目标, 政府采购, 上年数 and the narrative empty: a department's full report
 * goes through loadDepartmentBudget.
 *
 * `loadCountySummaries` is what the 全县汇总 itself reads (consolidateSummaries): per department
 * only the lines summed per 功能 款 × kind × source × 结转, the coarsest grain that still gives
 * 表1–3's 类 and 款 rows and 合计 exactly.
 */
import type { DepartmentSummary, HundredthsSummaryLine, SummaryLine } from '@/lib/budget/consolidation';
import { storedHundredths, yuanFromHundredths } from '@/lib/budget/money';
import type Decimal from 'decimal.js';
import type { BudgetLine, DepartmentBudget, FundingSource, PriorYearFigures, Project, SpendingKind, Unit } from '@/lib/budget/types';
import { loadReference, type LineSqlRow } from './budget-repository';
import { toDecimal, type PrismaClient } from './client';

const NO_PRIOR_YEAR: PriorYearFigures = {
  totalIncome: null,
  totalExpenditure: null,
  generalPublicCurrent: null,
  threePublic: { abroad: null, reception: null, vehiclePurchase: null, vehicleOperation: null },
  organOperating: null,
};

/** A line as read from SQL, with the department it belongs to (the county reads many departments at once). */
type DepartmentLineSqlRow = LineSqlRow & { departmentId: string };

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The aggregation transactions' time limit. Prisma's default for an interactive transaction is
 * 5 s; at 10× the benchmark county (1,000,000 lines) on a loaded 2-core machine the GROUP BY
 * alone took longer, and the county page failed (npm run bench -- --scale 10, docs/benchmarks.md).
 * A read-only aggregation holds no locks worth bounding that tightly.
 */
const AGGREGATION_TIMEOUT = { timeout: 120_000, maxWait: 10_000 };

/**
 * Lines summed per department × 功能 项 × kind × source × 结转, in one transaction whose
 * work_mem lets PostgreSQL hash the ~10⁴ groups in memory instead of sorting 10⁵ rows on disk.
 */
function summaryLines(db: PrismaClient, year: number): Promise<DepartmentLineSqlRow[]> {
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL work_mem = '64MB'`);
    // No ORDER BY: the derivation does not depend on the order of lines, and sorting the
    // groups would cost more than grouping them. "C" collation: byte order, no locale rules.
    const rows = await tx.$queryRaw<Omit<DepartmentLineSqlRow, 'id' | 'govEconOverride'>[]>`
      SELECT u."departmentId", min(l."unitId" COLLATE "C") AS "unitId", l."functionalCode",
             min(l."deptEconCode" COLLATE "C") AS "deptEconCode", l.kind::text AS kind,
             min(l."projectId" COLLATE "C") AS "projectId", l."fundingSource"::text AS "fundingSource",
             l.carryover, sum(l."amountYuan")::text AS "amountYuan"
      FROM "BudgetLine" l JOIN "Unit" u ON u.id = l."unitId"
      WHERE l.year = ${year}
      GROUP BY u."departmentId", l."functionalCode", l.kind, l."fundingSource", l.carryover`;
    return rows.map((row) => ({
      ...row,
      id: `Σ:${row.departmentId}:${row.functionalCode}:${row.kind}:${row.fundingSource}:${row.carryover ? 1 : 0}`,
      govEconOverride: null,
    }));
  }, AGGREGATION_TIMEOUT);
}

function storedLines(db: PrismaClient, year: number): Promise<DepartmentLineSqlRow[]> {
  return db.$queryRaw<DepartmentLineSqlRow[]>`
    SELECT u."departmentId", l.id, l."unitId", l."functionalCode", l."deptEconCode", l."govEconOverride",
           l.kind::text AS kind, l."projectId", l."fundingSource"::text AS "fundingSource", l.carryover,
           l."amountYuan"::text AS "amountYuan"
    FROM "BudgetLine" l JOIN "Unit" u ON u.id = l."unitId"
    WHERE l.year = ${year}
    ORDER BY l."createdAt", l.id`;
}

interface Grain {
  lines: (db: PrismaClient, year: number) => Promise<DepartmentLineSqlRow[]>;
  withProjects: boolean;
}

async function assemble(db: PrismaClient, year: number, grain: Grain): Promise<DepartmentBudget[]> {
  const fiscalYear = await db.fiscalYear.findUnique({ where: { year }, select: { year: true } });
  if (!fiscalYear) return [];
  const [departments, units, lineRows, projects, reference] = await Promise.all([
    db.department.findMany({ orderBy: { code: 'asc' }, select: { id: true, code: true, name: true } }),
    db.unit.findMany({
      orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
      select: { id: true, departmentId: true, code: true, name: true, type: true, govEconCategory: true, sortOrder: true },
    }),
    grain.lines(db, year),
    grain.withProjects
      ? db.project.findMany({
          where: { year },
          orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
          select: { id: true, unitId: true, name: true, attribute: true, periodYears: true, sortOrder: true },
        })
      : [],
    loadReference(db, year),
  ]);

  const departmentOfUnit = new Map<string, string>();
  const unitsOf = new Map<string, Unit[]>();
  for (const { departmentId, ...unit } of units) {
    departmentOfUnit.set(unit.id, departmentId);
    push(unitsOf, departmentId, unit);
  }
  const linesOf = new Map<string, BudgetLine[]>();
  for (const { departmentId, amountYuan, ...line } of lineRows) {
    push(linesOf, departmentId, { ...line, amountYuan: toDecimal(amountYuan) });
  }
  const projectsOf = new Map<string, Project[]>();
  for (const project of projects) {
    const departmentId = departmentOfUnit.get(project.unitId);
    if (departmentId) push(projectsOf, departmentId, { ...project, performanceForm: null });
  }

  return departments.map((department) => ({
    department: { code: department.code, name: department.name },
    year,
    units: unitsOf.get(department.id) ?? [],
    lines: linesOf.get(department.id) ?? [],
    projects: projectsOf.get(department.id) ?? [],
    procurement: [],
    priorYear: NO_PRIOR_YEAR,
    narrative: { changeReason: null, threePublicChangeReason: null, organOperatingChangeReason: null },
    reference,
  }));
}

/** Every department (code order) with its lines of `year` summed for 表1–5/7–9; [] when the year is unknown. */
export function loadCountyBudgets(db: PrismaClient, year: number): Promise<DepartmentBudget[]> {
  return assemble(db, year, { lines: summaryLines, withProjects: false });
}

/** Every department (code order) with every stored line of `year`; [] when the year is unknown. */
export function loadCountyLineBudgets(db: PrismaClient, year: number): Promise<DepartmentBudget[]> {
  return assemble(db, year, { lines: storedLines, withProjects: true });
}

/** The lines of one department-year summed per 功能 款 × kind × source × 结转. */
export interface DepartmentClassSums {
  departmentId: string;
  year: number;
  /** One per 款 × kind × source × 结转 with lines; functionalCode is the 款 (5 digits). */
  lines: SummaryLine[];
}

const SPENDING_KINDS: ReadonlySet<string> = new Set<SpendingKind>(['BASIC', 'PROJECT']);
const FUNDING_SOURCES: ReadonlySet<string> = new Set<FundingSource>(['GENERAL_PUBLIC', 'GOV_FUND', 'STATE_CAPITAL', 'SPECIAL_ACCOUNT', 'UNIT_FUNDS']);

/** A summed line read from the database: its exact 分, and the Decimal made on first read (the 全县汇总 never reads it). */
class StoredSummaryLine implements HundredthsSummaryLine {
  #amountYuan: Decimal | undefined;
  constructor(
    readonly functionalCode: string,
    readonly kind: SpendingKind,
    readonly fundingSource: FundingSource,
    readonly carryover: boolean,
    readonly amountHundredths: bigint,
  ) {}
  get amountYuan(): Decimal {
    return (this.#amountYuan ??= yuanFromHundredths(this.amountHundredths));
  }
}

/** A department-year's `sums` text of inv_department_class_sums: "<款> <kind> <source> <0|1> <元>" items, ","-separated. */
function parseClassSums(text: string): SummaryLine[] {
  if (text === '') return [];
  return text.split(',').map((item) => {
    const [functionalCode, kind, fundingSource, carryover, amount, extra] = item.split(' ');
    if (!functionalCode || !kind || !SPENDING_KINDS.has(kind) || !fundingSource || !FUNDING_SOURCES.has(fundingSource) || (carryover !== '0' && carryover !== '1') || !amount || extra !== undefined) {
      throw new Error(`inv_department_class_sums: unexpected item "${item}"`);
    }
    return new StoredSummaryLine(functionalCode, kind as SpendingKind, fundingSource as FundingSource, carryover === '1', storedHundredths(amount));
  });
}

/**
 * The lines of `years` summed per department × 功能 款 × kind × source × 结转, for the departments
 * given (null: all): one entry per department-year with lines. One statement: the SQL function
 * inv_department_class_sums (migration …_inv_department_class_sums) runs the GROUP BY with the
 * work_mem it needs to hash the groups in memory and returns each department-year's sums as one
 * text, so 10⁴–10⁵ sums cross the driver as 10²–10³ rows (docs/benchmarks.md, "Fourth round").
 * A summary line's functionalCode is the 款 (5 digits): the same 类 and 款 rows as its lines',
 * since the database only holds 7-digit 功能 项 codes (CHECK inv_budget_line_functional_code).
 */
export async function departmentClassSums(db: PrismaClient, years: readonly number[], departmentIds: readonly string[] | null): Promise<DepartmentClassSums[]> {
  if (years.length === 0 || (departmentIds !== null && departmentIds.length === 0)) return [];
  const rows = await db.$queryRaw<{ departmentId: string; year: number; sums: string }[]>`
    SELECT "departmentId", year, sums
    FROM inv_department_class_sums(${[...years]}::integer[], ${departmentIds === null ? null : [...departmentIds]}::text[])`;
  return rows.map((row) => ({ departmentId: row.departmentId, year: row.year, lines: parseClassSums(row.sums) }));
}

/** What a county-wide view of `year` needs besides the sums: the departments (code order) and the year's reference data; null when the year is unknown. */
export async function loadCountyFrame(db: PrismaClient, year: number): Promise<{ departments: { id: string; code: string }[]; reference: DepartmentSummary['reference'] } | null> {
  const [fiscalYear, departments, reference] = await Promise.all([
    db.fiscalYear.findUnique({ where: { year }, select: { year: true } }),
    db.department.findMany({ orderBy: { code: 'asc' }, select: { id: true, code: true } }),
    loadReference(db, year),
  ]);
  return fiscalYear ? { departments, reference } : null;
}

/**
 * Every department (code order) with its lines of `year` summed per 功能 款 × kind × source ×
 * 结转: the input of consolidateSummaries; [] when the year is unknown. One round of queries
 * (the uncached path: the app reads through lib/services/department-sums.ts; the bench's floor).
 */
export async function loadCountySummaries(db: PrismaClient, year: number): Promise<DepartmentSummary[]> {
  const [frame, sums] = await Promise.all([loadCountyFrame(db, year), departmentClassSums(db, [year], null)]);
  if (!frame) return [];
  const linesOf = new Map(sums.map((entry) => [entry.departmentId, entry.lines]));
  return frame.departments.map((department) => ({ department: { code: department.code }, year, reference: frame.reference, lines: linesOf.get(department.id) ?? [] }));
}
