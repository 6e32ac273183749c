/**
 * 全县部门概况 (the finance bureau's county overview): per department of the year its 部门报送
 * state, its units counted by 单位报送 state, its lines summed into 本年/结转 × 基本/项目 and
 * 合计, and the change of its 支出总计 from the 上年数 (docs/domain.md §7: last year's
 * accepted report, else the department's own entry; lib/budget/prior-year.ts). Every 万元 cell
 * is its exact 元 sum rounded half-up on its own (formatAmount); nothing is forced to foot.
 * Pure: lib/services/read/county-overview.ts loads the sums and calls it.
 */
import type Decimal from 'decimal.js';
import { Dec, formatAmount, ZERO } from './money';
import { change } from './narrative/figures';
import { byPriorYearKey, publishedValues, resolvePriorYear, type PriorYearSource } from './prior-year';
import type { AmountUnit, SpendingKind } from './types';
import { UNIT_STATUSES, type DepartmentStatus, type UnitStatus } from './workflow';

export interface OverviewDepartment {
  id: string;
  code: string;
  name: string;
  status: DepartmentStatus;
  returnReason: string | null;
}

/** Units of a department in one 单位报送 state (a unit without a 报送 row is 草稿). */
export interface UnitCountRow {
  departmentId: string;
  status: UnitStatus;
  count: number;
}

/** A department's lines of one year summed per kind × 结转, exact 元. */
export interface LineSumRow {
  departmentId: string;
  year: number;
  kind: SpendingKind;
  carryover: boolean;
  amountYuan: Decimal;
}

export interface OverviewInput {
  year: number;
  departments: readonly OverviewDepartment[];
  unitCounts: readonly UnitCountRow[];
  /** Line sums of `year` and of `year − 1`. */
  sums: readonly LineSumRow[];
  /** Department id → the 支出总计 its latest `year − 1` 公开快照 shows (万元 text), for accepted years. */
  publishedTotals: ReadonlyMap<string, string | null>;
  /** Department id → its own 上年数 entry of 支出总计 for `year` (元), when made. */
  enteredTotals: ReadonlyMap<string, Decimal | null>;
}

export type AmountKey = 'currentBasic' | 'currentProject' | 'carryoverBasic' | 'carryoverProject' | 'total';
export const AMOUNT_KEYS: readonly AmountKey[] = ['currentBasic', 'currentProject', 'carryoverBasic', 'carryoverProject', 'total'];
export const AMOUNT_LABEL: Readonly<Record<AmountKey, string>> = {
  currentBasic: '本年 基本支出',
  currentProject: '本年 项目支出',
  carryoverBasic: '结转 基本支出',
  carryoverProject: '结转 项目支出',
  total: '合计',
};

export interface YearChange {
  /** 上年 支出总计 in the unit (null: unknown, no comparison). */
  prior: string | null;
  source: PriorYearSource;
  /** 本年 − 上年 in the unit, signed ("-12.30"); null when 上年 is unknown. */
  amount: string | null;
  /** Per cent with 2 decimals, signed; null when 上年 is unknown or zero. */
  rate: string | null;
}

export interface CountyOverviewRow extends OverviewDepartment {
  units: Record<UnitStatus, number>;
  unitTotal: number;
  /** Cells in the unit; exact 元 sums rounded each on its own. */
  amounts: Record<AmountKey, string>;
  change: YearChange;
}

export interface CountyOverview {
  year: number;
  amountUnit: AmountUnit;
  /** Departments of every state (before the state filter), per state. */
  stateCounts: Record<DepartmentStatus, number>;
  /** The filter applied (null: all). */
  state: DepartmentStatus | null;
  rows: CountyOverviewRow[];
  /** The shown departments' sums, each cell rounded from its exact 元 sum. */
  totals: { units: Record<UnitStatus, number>; unitTotal: number; amounts: Record<AmountKey, string>; change: YearChange };
}

const zeroUnits = (): Record<UnitStatus, number> => ({ DRAFT: 0, SUBMITTED: 0, APPROVED: 0, RETURNED: 0 });

interface Exact {
  amounts: Record<AmountKey, Decimal>;
  prior: Decimal | null;
  source: PriorYearSource;
}

function keyOf(kind: SpendingKind, carryover: boolean): AmountKey {
  if (carryover) return kind === 'BASIC' ? 'carryoverBasic' : 'carryoverProject';
  return kind === 'BASIC' ? 'currentBasic' : 'currentProject';
}

function yearChange(current: Decimal, prior: Decimal | null, source: PriorYearSource, unit: AmountUnit): YearChange {
  const c = change(current, prior);
  return {
    prior: prior === null ? null : formatAmount(prior, unit),
    source,
    amount: c.change === null ? null : formatAmount(c.change, unit),
    rate: c.rate === null ? null : c.rate.toFixed(2),
  };
}

/**
 * The 上年 支出总计 as the department's report resolves it (lib/db/budget-repository.ts): an
 * accepted last year gives its exact line total where it rounds to the published 万元 figure,
 * else the published figure; otherwise the department's entry; otherwise unknown.
 */
function priorTotal(exactLastYear: Decimal | null, shown: string | null | undefined, entered: Decimal | null): { value: Decimal | null; source: PriorYearSource } {
  const published =
    shown === undefined
      ? null
      : { year: 0, values: publishedValues({ 'totalExpenditure.current': shown }, byPriorYearKey((k) => (k === 'totalExpenditure' ? exactLastYear : null))) };
  const resolved = resolvePriorYear(published, byPriorYearKey((k) => (k === 'totalExpenditure' ? entered : null)));
  return { value: resolved.figures.totalExpenditure, source: resolved.sources.totalExpenditure };
}

export function countyOverview(input: OverviewInput, unit: AmountUnit, state: DepartmentStatus | null): CountyOverview {
  const units = new Map<string, Record<UnitStatus, number>>();
  for (const row of input.unitCounts) {
    const counts = units.get(row.departmentId) ?? zeroUnits();
    counts[row.status] += row.count;
    units.set(row.departmentId, counts);
  }
  const current = new Map<string, Record<AmountKey, Decimal>>();
  const lastYear = new Map<string, Decimal>();
  for (const row of input.sums) {
    if (row.year === input.year) {
      const amounts = current.get(row.departmentId) ?? { currentBasic: ZERO, currentProject: ZERO, carryoverBasic: ZERO, carryoverProject: ZERO, total: ZERO };
      const key = keyOf(row.kind, row.carryover);
      amounts[key] = amounts[key].plus(row.amountYuan);
      amounts.total = amounts.total.plus(row.amountYuan);
      current.set(row.departmentId, amounts);
    } else if (row.year === input.year - 1) {
      lastYear.set(row.departmentId, (lastYear.get(row.departmentId) ?? ZERO).plus(row.amountYuan));
    }
  }

  const stateCounts: Record<DepartmentStatus, number> = { PENDING: 0, SUBMITTED: 0, ACCEPTED: 0, RETURNED: 0 };
  for (const d of input.departments) stateCounts[d.status] += 1;
  const shown = input.departments.filter((d) => state === null || d.status === state);

  const exact = shown.map((d): Exact => {
    const amounts = current.get(d.id) ?? { currentBasic: ZERO, currentProject: ZERO, carryoverBasic: ZERO, carryoverProject: ZERO, total: ZERO };
    const prior = priorTotal(lastYear.get(d.id) ?? ZERO, input.publishedTotals.has(d.id) ? (input.publishedTotals.get(d.id) ?? null) : undefined, input.enteredTotals.get(d.id) ?? null);
    return { amounts, prior: prior.value, source: prior.source };
  });
  const cells = (amounts: Record<AmountKey, Decimal>) =>
    Object.fromEntries(AMOUNT_KEYS.map((k) => [k, formatAmount(amounts[k], unit)])) as Record<AmountKey, string>;

  const rows = shown.map((d, i): CountyOverviewRow => {
    const e = exact[i] as Exact;
    const counts = units.get(d.id) ?? zeroUnits();
    return {
      ...d,
      units: counts,
      unitTotal: UNIT_STATUSES.reduce((n, s) => n + counts[s], 0),
      amounts: cells(e.amounts),
      change: yearChange(e.amounts.total, e.prior, e.source, unit),
    };
  });

  const sumAmounts = Object.fromEntries(AMOUNT_KEYS.map((k) => [k, exact.reduce((s, e) => s.plus(e.amounts[k]), new Dec(0))])) as Record<AmountKey, Decimal>;
  // The county's change compares like with like: only departments whose 上年 is known.
  const known = exact.filter((e) => e.prior !== null);
  const priorSum = known.length === 0 ? null : known.reduce((s, e) => s.plus(e.prior as Decimal), new Dec(0));
  const currentOfKnown = known.reduce((s, e) => s.plus(e.amounts.total), new Dec(0));
  const unitSums = zeroUnits();
  for (const row of rows) for (const s of UNIT_STATUSES) unitSums[s] += row.units[s];
  return {
    year: input.year,
    amountUnit: unit,
    stateCounts,
    state,
    rows,
    totals: {
      units: unitSums,
      unitTotal: rows.reduce((n, r) => n + r.unitTotal, 0),
      amounts: cells(sumAmounts),
      change: yearChange(currentOfKnown, priorSum, null, unit),
    },
  };
}
