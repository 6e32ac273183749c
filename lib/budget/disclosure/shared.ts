/**
 * Building blocks of the 13 disclosure tables. A column is a filter over resolved lines;
 * a cell is the exact 元 sum of the lines passing its row's and its column's filters,
 * blank (null) when that sum is zero — the example prints no 0.00 in any table.
 */
import type Decimal from 'decimal.js';
import type { DepartmentBudget, DisclosureRow, DisclosureSection, DisclosureTable, FundingSource, RowLevel } from '../types';
import { sumLines, type ResolvedLine } from '../context';
import { fromScaled } from '../money';
import { functionalLevel, functionalPath, compareCodes } from '../classification/functional';

export type LineFilter = (line: ResolvedLine) => boolean;

export interface ColumnSpec {
  label: string;
  filter: LineFilter;
}

export const all: LineFilter = () => true;
export const current: LineFilter = (l) => !l.line.carryover;
export const carryover: LineFilter = (l) => l.line.carryover;
export const basic: LineFilter = (l) => l.line.kind === 'BASIC';
export const project: LineFilter = (l) => l.line.kind === 'PROJECT';
export const fiscal: LineFilter = (l) => l.fiscal;
export const source =
  (fundingSource: FundingSource): LineFilter =>
  (l) =>
    l.line.fundingSource === fundingSource;
export const both =
  (...filters: LineFilter[]): LineFilter =>
  (l) =>
    filters.every((filter) => filter(l));

export function column(label: string, filter: LineFilter): ColumnSpec {
  return { label, filter };
}

export function amountOf(lines: readonly ResolvedLine[]): Decimal {
  return sumLines(lines);
}

export function cells(lines: readonly ResolvedLine[], columns: readonly ColumnSpec[]): (Decimal | null)[] {
  // One pass over the lines, exact integer sums per column (see sumLines).
  const totals = columns.map(() => 0n);
  for (const l of lines) {
    columns.forEach((col, i) => {
      if (col.filter(l)) totals[i] = (totals[i] ?? 0n) + l.scaled;
    });
  }
  const scale = lines[0]?.scale ?? 2;
  return totals.map((total) => (total === 0n ? null : fromScaled(total, scale)));
}

export function row(
  name: string,
  lines: readonly ResolvedLine[],
  columns: readonly ColumnSpec[],
  extra: { code?: string | null; level?: RowLevel; govCode?: string; govName?: string } = {},
): DisclosureRow {
  const result: DisclosureRow = { code: extra.code ?? null, name, values: cells(lines, columns) };
  if (extra.govCode !== undefined) result.govCode = extra.govCode;
  if (extra.govName !== undefined) result.govName = extra.govName;
  if (extra.level !== undefined) result.level = extra.level;
  return result;
}

/** Lines grouped under every 功能 code on their path (类, 款, 项). */
function groupByFunctionalNode(lines: readonly ResolvedLine[]): Map<string, ResolvedLine[]> {
  const groups = new Map<string, ResolvedLine[]>();
  for (const l of lines) {
    const path = functionalPath(l.line.functionalCode);
    for (const code of path.length > 0 ? path : [l.line.functionalCode]) {
      const group = groups.get(code);
      if (group) group.push(l);
      else groups.set(code, [l]);
    }
  }
  return groups;
}

/** 类/款/项 rows for the 功能 codes present in the lines, sorted by code (= printed order). */
export function functionalRows(
  lines: readonly ResolvedLine[],
  columns: readonly ColumnSpec[],
  names: ReadonlyMap<string, string>,
): DisclosureRow[] {
  const groups = groupByFunctionalNode(lines);
  return [...groups.keys()].sort(compareCodes).map((code) => {
    const level = functionalLevel(code) ?? undefined;
    return row(names.get(code) ?? '', groups.get(code) ?? [], columns, { code, level });
  });
}

/** A 合计 row followed by the 功能 tree: the body of 表2, 3, 5, 7, 8, 9. */
export function functionalSection(
  name: DisclosureSection['name'],
  lines: readonly ResolvedLine[],
  columns: readonly ColumnSpec[],
  names: ReadonlyMap<string, string>,
): DisclosureSection {
  return {
    name,
    columns: columns.map((col) => col.label),
    rows: [row('合计', lines, columns), ...functionalRows(lines, columns, names)],
  };
}

/** Empty (本表无数据) exactly when every cell of every section is blank. */
export function makeTable(number: number, title: string, sections: DisclosureSection[]): DisclosureTable {
  const empty = sections.every((section) => section.rows.every((r) => r.values.every((v) => v === null)));
  return { number, title, empty, sections };
}

export function yearTitle(budget: DepartmentBudget, text: string): string {
  return `${budget.year}年${text}`;
}

/** "柳林县…局" → "柳林县…局[部门]", as the report labels the department as a whole. */
export function departmentLabel(budget: DepartmentBudget): string {
  const name = budget.department.name;
  return name.endsWith('[部门]') ? name : `${name}[部门]`;
}
