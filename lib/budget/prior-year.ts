/**
 * 上年数: where each of last year's comparable figures comes from. When the department's previous
 * year was accepted (批复), its figures are that year's own derived figures, exact in 元 from its
 * (frozen) lines, checked against the published snapshot's 万元 figures: a figure whose 万元
 * rounding differs from what was published takes the published value (万元 × 10,000), since the
 * published report is what the public saw. Otherwise the department leader's entries apply.
 */
import type Decimal from 'decimal.js';
import { Dec, formatAmount } from './money';
import type { NarrativeFigures } from './narrative/figures';
import type { PriorYearFigures } from './types';

/** The eight 上年数 the 情况说明 quotes, in the order of the 上年数 sheet. */
export const PRIOR_YEAR_KEYS = [
  'totalIncome',
  'totalExpenditure',
  'generalPublicCurrent',
  'abroad',
  'reception',
  'vehiclePurchase',
  'vehicleOperation',
  'organOperating',
] as const;
export type PriorYearKey = (typeof PRIOR_YEAR_KEYS)[number];

export const PRIOR_YEAR_LABEL: Readonly<Record<PriorYearKey, string>> = {
  totalIncome: '收入总计',
  totalExpenditure: '支出总计',
  generalPublicCurrent: '一般公共预算当年拨款',
  abroad: '因公出国（境）费',
  reception: '公务接待费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行维护费',
  organOperating: '机关运行经费',
};

/** A record over the eight keys, one value each. */
export function byPriorYearKey<T>(value: (key: PriorYearKey) => T): Record<PriorYearKey, T> {
  // Object.fromEntries types its keys as string; PRIOR_YEAR_KEYS lists every key exactly once.
  return Object.fromEntries(PRIOR_YEAR_KEYS.map((key) => [key, value(key)])) as Record<PriorYearKey, T>;
}

/** PUBLISHED: from last year's accepted report; ENTERED: typed by the department; null: unknown. */
export type PriorYearSource = 'PUBLISHED' | 'ENTERED' | null;
export type PriorYearValues = Record<PriorYearKey, Decimal | null>;

export interface ResolvedPriorYear {
  figures: PriorYearFigures;
  sources: Record<PriorYearKey, PriorYearSource>;
  /** The accepted year the PUBLISHED figures come from, or null. */
  publishedYear: number | null;
}

/** The narrative-figure path of each 上年数 in the wire report (`renderFigures`). */
const FIGURE_PATH: Readonly<Record<PriorYearKey, string>> = {
  totalIncome: 'totalIncome.current',
  totalExpenditure: 'totalExpenditure.current',
  generalPublicCurrent: 'generalPublicCurrent.current',
  abroad: 'threePublic.items.abroad.current',
  reception: 'threePublic.items.reception.current',
  vehiclePurchase: 'threePublic.items.vehiclePurchase.current',
  vehicleOperation: 'threePublic.items.vehicleOperation.current',
  organOperating: 'organOperating.current',
};

/** An accepted year's own current figures, exact in 元. */
export function currentValues(f: NarrativeFigures): Record<PriorYearKey, Decimal> {
  const items = f.threePublic.items;
  return {
    totalIncome: f.totalIncome.current,
    totalExpenditure: f.totalExpenditure.current,
    generalPublicCurrent: f.generalPublicCurrent.current,
    abroad: items.abroad.current,
    reception: items.reception.current,
    vehiclePurchase: items.vehiclePurchase.current,
    vehicleOperation: items.vehicleOperation.current,
    organOperating: f.organOperating.current,
  };
}

/**
 * The accepted year's figures: exact 元 where they round to the published 万元 figure, the
 * published figure (万元 × 10,000) where they do not, or where there is no exact value.
 */
export function publishedValues(snapshotFigures: Readonly<Record<string, unknown>>, exact: PriorYearValues | null): PriorYearValues {
  return byPriorYearKey((key) => {
    const shown = snapshotFigures[FIGURE_PATH[key]];
    const published = typeof shown === 'string' && /^-?\d+(\.\d+)?$/.test(shown) ? new Dec(shown).times(10000) : null;
    const value = exact?.[key] ?? null;
    if (published === null) return value;
    return value !== null && formatAmount(value, '万元') === shown ? value : published;
  });
}

export function toPriorYearFigures(v: PriorYearValues): PriorYearFigures {
  return {
    totalIncome: v.totalIncome,
    totalExpenditure: v.totalExpenditure,
    generalPublicCurrent: v.generalPublicCurrent,
    threePublic: { abroad: v.abroad, reception: v.reception, vehiclePurchase: v.vehiclePurchase, vehicleOperation: v.vehicleOperation },
    organOperating: v.organOperating,
  };
}

export function fromPriorYearFigures(f: PriorYearFigures): PriorYearValues {
  return { totalIncome: f.totalIncome, totalExpenditure: f.totalExpenditure, generalPublicCurrent: f.generalPublicCurrent, ...f.threePublic, organOperating: f.organOperating };
}

/** Last year's accepted report wins for every figure it has; the entries fill the rest. */
export function resolvePriorYear(published: { year: number; values: PriorYearValues } | null, entered: PriorYearValues | null): ResolvedPriorYear {
  const fromReport = (key: PriorYearKey) => published?.values[key] ?? null;
  const typed = (key: PriorYearKey) => entered?.[key] ?? null;
  return {
    figures: toPriorYearFigures(byPriorYearKey((key) => fromReport(key) ?? typed(key))),
    sources: byPriorYearKey((key) => (fromReport(key) !== null ? 'PUBLISHED' : typed(key) !== null ? 'ENTERED' : null)),
    publishedYear: published?.year ?? null,
  };
}

/** "上年数来源：收入总计…取自2022年度批复的部门预算；…由部门填报；…未提供。" */
export function priorYearSourceText(resolved: Omit<ResolvedPriorYear, 'figures'>): string {
  const named = (source: PriorYearSource) => PRIOR_YEAR_KEYS.filter((k) => resolved.sources[k] === source).map((k) => PRIOR_YEAR_LABEL[k]);
  const parts = [
    named('PUBLISHED').length > 0 && `${named('PUBLISHED').join('、')}取自${resolved.publishedYear}年度批复的部门预算`,
    named('ENTERED').length > 0 && `${named('ENTERED').join('、')}由部门填报`,
    named(null).length > 0 && `${named(null).join('、')}未提供，不作比较`,
  ].filter((p): p is string => typeof p === 'string');
  return `上年数来源：${parts.join('；')}。`;
}
