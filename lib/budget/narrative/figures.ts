/**
 * 情况说明 figures (docs/domain.md §7), exact in 元. Changes compare with PriorYearFigures and are
 * null when last year's figure is unknown; shares are percentages, half-up to 2 decimals.
 */
import type Decimal from 'decimal.js';
import type { CodeName, DepartmentBudget, FundingSource } from '../types';
import { budgetContext, sumLines, type ResolvedLine, type BudgetContext } from '../context';
import { percent, sumBy } from '../money';
import { compareCodes, functionalClassOf } from '../classification/functional';
import { THREE_PUBLIC_ITEMS, type ThreePublicItem } from '../classification/three-public';
import { organOperatingLines } from '../disclosure/table-11-organ-operating';
import { basicSpendingFigures, type BasicSpendingFigures } from './basic-spending';
import { performanceCoverage, procurementFigures, type PerformanceCoverage, type ProcurementFigures } from './other-figures';

export interface Change {
  current: Decimal;
  prior: Decimal | null;
  /** 增减额 = 本年 − 上年 (元). */
  change: Decimal | null;
  /** 增减率 = 增减额 / 上年 × 100, 2 decimals; null when 上年 is unknown or 0. */
  rate: Decimal | null;
}

export interface Share {
  amount: Decimal;
  share: Decimal | null;
}

export interface AmountByClass extends CodeName {
  amount: Decimal;
  share: Decimal | null;
}

export interface NarrativeFigures {
  year: number;
  totalIncome: Change; // 收入总计
  currentIncome: Decimal; // 本年收入
  carryover: Decimal; // 上年结转
  totalExpenditure: Change; // 支出总计
  incomeShares: Record<FundingSource | 'CARRYOVER', Share>; // over 收入总计
  basicShare: Share; // 基本支出 over 支出总计
  projectShare: Share;
  fiscal: { total: Decimal; bySource: Record<'GENERAL_PUBLIC' | 'GOV_FUND' | 'STATE_CAPITAL', Decimal>; current: Decimal; carryover: Decimal; byClass: AmountByClass[] };
  generalPublicCurrent: Change; // 一般公共预算当年拨款
  generalPublicByClass: AmountByClass[];
  basic: BasicSpendingFigures;
  threePublic: { total: Change; items: Record<ThreePublicItem, Change> };
  organOperating: Change;
  procurement: ProcurementFigures;
  performance: PerformanceCoverage;
}

export function change(current: Decimal, prior: Decimal | null): Change {
  if (prior === null) return { current, prior, change: null, rate: null };
  const diff = current.minus(prior);
  return { current, prior, change: diff, rate: percent(diff, prior) };
}

const amount = (lines: readonly ResolvedLine[]) => sumLines(lines);

function byClass(ctx: ReturnType<typeof budgetContext>, lines: readonly ResolvedLine[]): AmountByClass[] {
  const total = amount(lines);
  // The lines of each 类, grouped in one pass (not one filter over every line per 类).
  const groups = new Map<string, ResolvedLine[]>();
  for (const l of lines) {
    const code = functionalClassOf(l.line.functionalCode);
    const group = groups.get(code);
    if (group) group.push(l);
    else groups.set(code, [l]);
  }
  return [...groups.keys()]
    .sort(compareCodes)
    .map((code) => {
      const value = amount(groups.get(code) ?? []);
      return { code, name: ctx.functionalNames.get(code) ?? '', amount: value, share: percent(value, total) };
    })
    .filter((entry) => !entry.amount.isZero());
}

export function narrativeFigures(budget: DepartmentBudget, ctx: BudgetContext = budgetContext(budget)): NarrativeFigures {
  const lines = ctx.lines;
  const current = lines.filter((l) => !l.line.carryover);
  const total = amount(lines);
  const carryover = total.minus(amount(current));
  const share = (value: Decimal): Share => ({ amount: value, share: percent(value, total) });
  const sourceShare = (s: FundingSource) => share(amount(current.filter((l) => l.line.fundingSource === s)));
  const fiscal = lines.filter((l) => l.fiscal);
  const fiscalSource = (s: FundingSource) => amount(fiscal.filter((l) => l.line.fundingSource === s));
  const gpCurrent = current.filter((l) => l.line.fundingSource === 'GENERAL_PUBLIC');
  const threePublicLines = current.filter((l) => l.fiscal && l.threePublic !== null);
  const prior = budget.priorYear;
  const item = (key: ThreePublicItem) => change(amount(threePublicLines.filter((l) => l.threePublic === key)), prior.threePublic[key]);
  return {
    year: budget.year,
    totalIncome: change(total, prior.totalIncome),
    currentIncome: amount(current),
    carryover,
    totalExpenditure: change(total, prior.totalExpenditure),
    incomeShares: {
      GENERAL_PUBLIC: sourceShare('GENERAL_PUBLIC'),
      GOV_FUND: sourceShare('GOV_FUND'),
      STATE_CAPITAL: sourceShare('STATE_CAPITAL'),
      SPECIAL_ACCOUNT: sourceShare('SPECIAL_ACCOUNT'),
      UNIT_FUNDS: sourceShare('UNIT_FUNDS'),
      CARRYOVER: share(carryover),
    },
    basicShare: share(amount(lines.filter((l) => l.line.kind === 'BASIC'))),
    projectShare: share(amount(lines.filter((l) => l.line.kind === 'PROJECT'))),
    fiscal: {
      total: amount(fiscal),
      bySource: { GENERAL_PUBLIC: fiscalSource('GENERAL_PUBLIC'), GOV_FUND: fiscalSource('GOV_FUND'), STATE_CAPITAL: fiscalSource('STATE_CAPITAL') },
      current: amount(fiscal.filter((l) => !l.line.carryover)),
      carryover: amount(fiscal.filter((l) => l.line.carryover)),
      byClass: byClass(ctx, fiscal),
    },
    generalPublicCurrent: change(amount(gpCurrent), prior.generalPublicCurrent),
    generalPublicByClass: byClass(ctx, gpCurrent),
    basic: basicSpendingFigures(ctx),
    threePublic: {
      total: change(amount(threePublicLines), sumKnown(THREE_PUBLIC_ITEMS.map((key) => prior.threePublic[key]))),
      items: { abroad: item('abroad'), reception: item('reception'), vehiclePurchase: item('vehiclePurchase'), vehicleOperation: item('vehicleOperation') },
    },
    organOperating: change(amount(organOperatingLines(lines)), prior.organOperating),
    procurement: procurementFigures(budget),
    performance: performanceCoverage(budget),
  };
}

/** Last year's 三公 total is known only when every item is. */
function sumKnown(values: (Decimal | null)[]): Decimal | null {
  return values.every((v) => v !== null) ? sumBy(values, (v) => v) : null;
}
