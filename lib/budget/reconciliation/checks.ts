/**
 * The vocabulary of the 勾稽 checks. Most equations are "a displayed cell = the sum of other
 * displayed cells" (SumCheck): evaluated exactly in 元 they are the reconciliation, evaluated
 * on the rounded 万元 figures they explain the rounding gaps.
 */
import type Decimal from 'decimal.js';
import type { DisclosureTable } from '../types';
import { orZero, sum } from '../money';
import { exactHundredths, hundredthsToFixed } from '../exact';

export interface CellRef {
  table: number;
  section: number;
  row: number;
  col: number;
}

export interface SumCheck {
  id: string;
  /** Chinese text naming the cells, e.g. "表3 201 一般公共服务支出：合计 = 基本支出 + 项目支出". */
  equation: string;
  total: CellRef;
  parts: CellRef[];
}

/** One evaluated equation; left and right are exact 元 amounts with 2 decimals. */
export interface ReconciliationFinding {
  id: string;
  equation: string;
  left: string;
  right: string;
  ok: boolean;
  /**
   * For "cell = sum of cells" equations: each right-hand cell's exact 元 amount, in the order the
   * equation names them (the 勾稽校验报告 writes both sides out). Absent for other checks.
   */
  parts?: string[];
}

export type TableSet = ReadonlyMap<number, DisclosureTable>;

export function tableSet(tables: readonly DisclosureTable[]): TableSet {
  return new Map(tables.map((t) => [t.number, t]));
}

/** A cell's exact 元 value; blank and missing cells count as 0. */
export function cellValue(tables: TableSet, ref: CellRef): Decimal {
  return orZero(tables.get(ref.table)?.sections[ref.section]?.rows[ref.row]?.values[ref.col]);
}

export function finding(id: string, equation: string, left: Decimal, right: Decimal, ok = left.equals(right)): ReconciliationFinding {
  return { id, equation, left: left.toFixed(2), right: right.toFixed(2), ok };
}

export function evaluateSumCheck(tables: TableSet, check: SumCheck): ReconciliationFinding {
  const left = cellValue(tables, check.total);
  // Cells in whole 分 (all of them, in practice): exact integer sums, and toFixed(2) is just the digits.
  const leftFen = exactHundredths(left);
  if (leftFen !== null) {
    let rightFen: bigint | null = 0n;
    const parts: string[] = [];
    for (const ref of check.parts) {
      const part = exactHundredths(cellValue(tables, ref));
      if (part === null) {
        rightFen = null;
        break;
      }
      rightFen += part;
      parts.push(hundredthsToFixed(part));
    }
    if (rightFen !== null) {
      return { id: check.id, equation: check.equation, left: hundredthsToFixed(leftFen), right: hundredthsToFixed(rightFen), ok: leftFen === rightFen, parts };
    }
  }
  const values = check.parts.map((ref) => cellValue(tables, ref));
  return { ...finding(check.id, check.equation, left, sum(values)), parts: values.map((v) => v.toFixed(2)) };
}

/** "201 一般公共服务支出" or just the name for rows without a code. */
export function rowLabel(tables: TableSet, table: number, section: number, row: number): string {
  const r = tables.get(table)?.sections[section]?.rows[row];
  if (!r) return `第${row + 1}行`;
  const gov = r.govName ? `|${r.govName}` : '';
  return r.code ? `${r.code} ${r.name}${gov}` : `${r.name}${gov}`;
}

export function columnLabel(tables: TableSet, table: number, section: number, col: number): string {
  return tables.get(table)?.sections[section]?.columns[col] ?? `第${col + 1}列`;
}

/** Index of the first row of a section with this name (or -1). */
export function rowIndex(tables: TableSet, table: number, section: number, name: string, from = 0): number {
  const rows = tables.get(table)?.sections[section]?.rows ?? [];
  return rows.findIndex((r, i) => i >= from && r.name === name);
}

/** code → row index for the coded rows of a section. */
export function rowsByCode(tables: TableSet, table: number, section: number): Map<string, number> {
  const rows = tables.get(table)?.sections[section]?.rows ?? [];
  const index = new Map<string, number>();
  rows.forEach((r, i) => {
    if (r.code !== null && !index.has(r.code)) index.set(r.code, i);
  });
  return index;
}
