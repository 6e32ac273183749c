/**
 * roundingGaps(): displayed 万元 totals that differ from the sum of their displayed parts.
 * Each cell is its exact 元 sum rounded half-up on its own, so a total and its parts can
 * disagree by up to 0.005 万元 per addend even though the 元 figures foot exactly.
 */
import type Decimal from 'decimal.js';
import type { DisclosureTable } from '../types';
import { sum, toWanYuan, Dec } from '../money';
import { cellValue, tableSet, type CellRef, type SumCheck, type TableSet } from './checks';
import { intraTableChecks } from './table-checks';
import { crossTableChecks } from './cross-table';

export interface RoundingGap {
  id: string;
  equation: string;
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

function gapOf(displayed: Displayed, check: SumCheck): RoundingGap | null {
  const displayedTotal = displayed(check.total);
  const displayedSum = sum(check.parts.map(displayed));
  const gap = displayedTotal.minus(displayedSum);
  if (gap.isZero()) return null;
  const addends = check.parts.length;
  const explained = gap.abs().lte(HALF_CENT.times(addends));
  return {
    id: check.id,
    equation: check.equation,
    displayedTotal: displayedTotal.toFixed(2),
    displayedSum: displayedSum.toFixed(2),
    gap: gap.toFixed(2),
    addends,
    explainedByRounding: explained,
    explanation: explained
      ? `各单元格按元汇总后分别换算为万元并四舍五入，合计与分项之和相差${gap.abs().toFixed(2)}万元（不超过0.005万元×${addends}个分项），属于舍入差异，元口径下勾稽相符。`
      : `显示的合计与分项之和相差${gap.abs().toFixed(2)}万元，超过舍入可以解释的范围（0.005万元×${addends}个分项），请检查元口径的勾稽结果。`,
  };
}

/** `checks`: the tables' SumChecks when already built (see reconcile); built here otherwise. */
export function roundingGaps(tables: readonly DisclosureTable[], checks?: readonly SumCheck[]): RoundingGap[] {
  const set = tableSet(tables);
  const displayed = displayedCells(set);
  return (checks ?? [...intraTableChecks(set), ...crossTableChecks(set)])
    .filter((check) => check.parts.length > 1)
    .map((check) => gapOf(displayed, check))
    .filter((gap): gap is RoundingGap => gap !== null);
}
