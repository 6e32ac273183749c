/**
 * roundingGaps(): displayed 万元 totals that differ from the sum of their displayed parts.
 * Each cell is its exact 元 sum rounded half-up on its own, so a total and its parts can
 * disagree by up to 0.005 万元 per addend even though the 元 figures foot exactly.
 */
import type Decimal from 'decimal.js';
import type { DisclosureTable } from '../types';
import { sum, toWanYuan, Dec } from '../money';
import { displayedHundredths, hundredthsToFixed } from '../exact';
import { cellValue, tableSet, type CellRef, type SumCheck, type TableSet } from './checks';
import { intraTableChecks } from './table-checks';
import { crossTableChecks } from './cross-table';

export interface RoundingGap {
  id: string;
  equation: string;
  /** The equation's total cell: where the gap shows. */
  cell: CellRef;
  /** All in 万元 with 2 decimals. */
  displayedTotal: string;
  displayedSum: string;
  gap: string;
  addends: number;
  /** gap ≤ 0.005 × addends: explained by rounding (otherwise the 元 figures do not foot either). */
  explainedByRounding: boolean;
  explanation: string;
}

const HALF_CENT = new Dec('0.005');

type Displayed = (ref: CellRef) => Decimal;
type Hundredths = (ref: CellRef) => bigint | null;

/** Each cell's displayed 万元 value, computed once however many equations use it. */
function displayedCells(tables: TableSet): Displayed {
  const cache = new Map<string, Decimal>();
  return (ref) => {
    const key = `${ref.table}:${ref.section}:${ref.row}:${ref.col}`;
    let value = cache.get(key);
    if (value === undefined) {
      value = toWanYuan(cellValue(tables, ref));
      cache.set(key, value);
    }
    return value;
  };
}

/**
 * Each cell's displayed 万元 value as an integer of 0.01 万元 (exactly toWanYuan × 100), or null
 * for a non-finite cell; computed once per cell object however many equations use it.
 */
function displayedHundredthsOf(tables: TableSet): Hundredths {
  const cache = new Map<Decimal, bigint | null>();
  return (ref) => {
    const cell = cellValue(tables, ref);
    let value = cache.get(cell);
    if (value === undefined) {
      value = cell.isFinite() ? displayedHundredths(cell, '万元') : null;
      cache.set(cell, value);
    }
    return value;
  };
}

function gap(check: SumCheck, total: string, partsSum: string, difference: string, absolute: string, addends: number, explained: boolean): RoundingGap {
  return {
    id: check.id,
    equation: check.equation,
    cell: { ...check.total },
    displayedTotal: total,
    displayedSum: partsSum,
    gap: difference,
    addends,
    explainedByRounding: explained,
    explanation: explained
      ? `各单元格按元汇总后分别换算为万元并四舍五入，合计与分项之和相差${absolute}万元（不超过0.005万元×${addends}个分项），属于舍入差异，元口径下勾稽相符。`
      : `显示的合计与分项之和相差${absolute}万元，超过舍入可以解释的范围（0.005万元×${addends}个分项），请检查元口径的勾稽结果。`,
  };
}

/** The equation in Decimal 万元 (the definition; used when a cell is not a finite number). */
function gapOfDecimals(displayed: Displayed, check: SumCheck): RoundingGap | null {
  const displayedTotal = displayed(check.total);
  const displayedSum = sum(check.parts.map(displayed));
  const difference = displayedTotal.minus(displayedSum);
  if (difference.isZero()) return null;
  const addends = check.parts.length;
  const explained = difference.abs().lte(HALF_CENT.times(addends));
  return gap(check, displayedTotal.toFixed(2), displayedSum.toFixed(2), difference.toFixed(2), difference.abs().toFixed(2), addends, explained);
}

/** The same in integers of 0.01 万元: most equations have no gap, and none then needs a Decimal. */
function gapOf(hundredths: Hundredths, displayed: Displayed, check: SumCheck): RoundingGap | null {
  const total = hundredths(check.total);
  let partsSum = 0n;
  for (const part of check.parts) {
    const value = hundredths(part);
    if (value === null || total === null) return gapOfDecimals(displayed, check);
    partsSum += value;
  }
  if (total === null) return gapOfDecimals(displayed, check);
  const difference = total - partsSum;
  if (difference === 0n) return null;
  const absolute = difference < 0n ? -difference : difference;
  const addends = check.parts.length;
  // |gap| ≤ 0.005 万元 × addends ⇔ 2 × |gap in 0.01 万元| ≤ addends.
  const explained = absolute * 2n <= BigInt(addends);
  return gap(check, hundredthsToFixed(total), hundredthsToFixed(partsSum), hundredthsToFixed(difference), hundredthsToFixed(absolute), addends, explained);
}

/** `checks`: the tables' SumChecks when already built (see reconcile); built here otherwise. */
export function roundingGaps(tables: readonly DisclosureTable[], checks?: readonly SumCheck[]): RoundingGap[] {
  const set = tableSet(tables);
  const displayed = displayedCells(set);
  const hundredths = displayedHundredthsOf(set);
  return (checks ?? [...intraTableChecks(set), ...crossTableChecks(set)])
    .filter((check) => check.parts.length > 1)
    .map((check) => gapOf(hundredths, displayed, check))
    .filter((gap): gap is RoundingGap => gap !== null);
}
