/**
 * Year-on-year changes per subject that needs its own reason (docs/domain.md §11,
 * `ITEM_CHANGE_REASON`): each 功能分类 项 (7 digits; its total over every line, 本年 and 上年结转, as
 * 表3 合计 shows it) against last year's accepted budget, and each 三公 item against its 上年数.
 * The department's reason for a subject is stored under the subject's key.
 */
import type Decimal from 'decimal.js';
import { ZERO } from '../money';
import { budgetContext, type BudgetContext } from '../context';
import { compareCodes } from '../classification/functional';
import { THREE_PUBLIC_ITEMS, THREE_PUBLIC_LABELS, type ThreePublicItem } from '../classification/three-public';
import type { BudgetLine, DepartmentBudget } from '../types';
import { change, type Change, type NarrativeFigures } from './figures';

/** `functional:2010301` or `threePublic:reception`. */
export type ReasonSubject = `functional:${string}` | `threePublic:${ThreePublicItem}`;

export const functionalSubject = (code: string): ReasonSubject => `functional:${code}`;
export const threePublicSubject = (item: ThreePublicItem): ReasonSubject => `threePublic:${item}`;

/** A well-formed subject: a 7-digit 功能 项 code or one of the four 三公 items. */
export const REASON_SUBJECT_PATTERN = new RegExp(`^(functional:\\d{7}|threePublic:(${THREE_PUBLIC_ITEMS.join('|')}))$`);

export interface ItemChange {
  subject: ReasonSubject;
  /** "2010301 行政运行" / "公务接待费". */
  label: string;
  /** The 功能 项 code and its name in this year's reference (null for 三公 items, or a code the year lacks). */
  code: string | null;
  name: string | null;
  change: Change;
}

/** Σ of every line per 功能 项 code (exact 元). */
export function functionalItemTotals(lines: readonly BudgetLine[]): Record<string, Decimal> {
  const totals: Record<string, Decimal> = {};
  for (const line of lines) totals[line.functionalCode] = (totals[line.functionalCode] ?? ZERO).plus(line.amountYuan);
  return totals;
}

/**
 * Each 功能 项 used this year or last year, in code order, with its change; [] when last year's
 * 项 totals are unknown. A 项 missing on one side counts 0.00 there (new or dropped this year).
 */
export function functionalChanges(budget: DepartmentBudget, ctx?: BudgetContext): ItemChange[] {
  const prior = budget.priorFunctional;
  if (!prior) return [];
  const names = (ctx ?? budgetContext(budget)).functionalNames;
  const totals = functionalItemTotals(budget.lines);
  const codes = [...new Set([...Object.keys(totals), ...Object.keys(prior)])].sort(compareCodes);
  return codes.map((code) => {
    const current = totals[code] ?? ZERO;
    const name = names.get(code);
    return { subject: functionalSubject(code), label: name ? `${code} ${name}` : code, code, name: name ?? null, change: change(current, prior[code] ?? ZERO) };
  });
}

/** The four 三公 items with their change (prior null when that 上年数 is unknown). */
export function threePublicChanges(f: NarrativeFigures): ItemChange[] {
  return THREE_PUBLIC_ITEMS.map((item) => ({ subject: threePublicSubject(item), label: THREE_PUBLIC_LABELS[item], code: null, name: null, change: f.threePublic.items[item] }));
}

/** A subject in Chinese without the reference names: "功能分类2010301" / "公务接待费". */
export function subjectLabel(subject: string): string {
  const [kind, key = ''] = subject.split(':');
  if (kind === 'functional') return `功能分类${key}`;
  const item = THREE_PUBLIC_ITEMS.find((i) => i === key);
  return item ? THREE_PUBLIC_LABELS[item] : subject;
}

/** The entered reason of a subject, trimmed; null when none (or blank). */
export function reasonOf(budget: DepartmentBudget, subject: ReasonSubject): string | null {
  const text = budget.changeReasons?.[subject]?.trim() ?? '';
  return text === '' ? null : text;
}

/**
 * Whether a change reaches a threshold in %: the 增减率 as the 情况说明 prints it (from 元, half-up to
 * 2 decimals) has |rate| ≥ threshold; against a 上年 of 0.00 any change at all. Unknown 上年: never.
 */
export function movesBy(c: Change, threshold: Decimal): boolean {
  if (c.prior === null || c.change === null) return false;
  if (c.prior.isZero()) return !c.current.isZero();
  return c.rate !== null && c.rate.abs().gte(threshold);
}
