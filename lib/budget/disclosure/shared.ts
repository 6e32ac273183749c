/**
 * Building blocks of the 13 disclosure tables. A column is a filter over resolved lines;
 * a cell is the exact 元 sum of the lines passing its row's and its column's filters,
 * blank (null) when that sum is zero — the example prints no 0.00 in any table.
 */
import type Decimal from 'decimal.js';
import type { DepartmentBudget, DisclosureRow, DisclosureSection, DisclosureTable, FundingSource, RowLevel } from '../types';
import { sumLines, type ResolvedLine } from '../context';
import type { CellPool } from '../exact';
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
export const both = (...filters: LineFilter[]): LineFilter => {
  // Called for every line × column: the usual pair without the generic loop.
  const [first, second] = filters;
  if (filters.length === 2 && first && second) return (l) => first(l) && second(l);
  return (l) => filters.every((filter) => filter(l));
};

export function column(label: string, filter: LineFilter): ColumnSpec {
  return { label, filter };
}

export function amountOf(lines: readonly ResolvedLine[]): Decimal {
  return sumLines(lines);
}

/** Exact per-column totals of the lines, as integers of 10^-scale 元 (see sumLines): one pass. */
function columnTotals(lines: readonly ResolvedLine[], columns: readonly ColumnSpec[]): bigint[] {
  const filters = columns.map((col) => col.filter);
  const n = filters.length;
  const totals = new Array<bigint>(n).fill(0n);
  for (const l of lines) {
    for (let i = 0; i < n; i++) {
      if ((filters[i] as LineFilter)(l)) totals[i] = (totals[i] as bigint) + l.scaled;
    }
  }
  return totals;
}

function totalsToCells(totals: readonly bigint[], cells: CellPool | undefined): (Decimal | null)[] {
  // No lines → every total is 0n → every cell blank: `cells` is read only for a non-zero total.
  return totals.map((total) => (total === 0n || !cells ? null : cells.cell(total)));
}

export function cells(lines: readonly ResolvedLine[], columns: readonly ColumnSpec[]): (Decimal | null)[] {
  // One pass over the lines, exact integer sums per column (see sumLines).
  return totalsToCells(columnTotals(lines, columns), lines[0]?.cells);
}

type RowExtra = { code?: string | null; level?: RowLevel; govCode?: string; govName?: string };

function rowOf(name: string, values: (Decimal | null)[], extra: RowExtra): DisclosureRow {
  const result: DisclosureRow = { code: extra.code ?? null, name, values };
  if (extra.govCode !== undefined) result.govCode = extra.govCode;
  if (extra.govName !== undefined) result.govName = extra.govName;
  if (extra.level !== undefined) result.level = extra.level;
  return result;
}

export function row(name: string, lines: readonly ResolvedLine[], columns: readonly ColumnSpec[], extra: RowExtra = {}): DisclosureRow {
  const result = rowOf(name, cells(lines, columns), extra);
  if (recording) recording.set(result, { kind: 'lines', groups: [lines], columns });
  return result;
}

/**
 * A row whose amounts are not sums of budget lines (上年数 from last year's 批复 report, counts,
 * 政府采购 entries …): `source` says, per amount column, where the figure comes from — what the
 * drill-down shows instead of a list of lines. No table of 表1–13 has one today.
 */
export function declaredRow(name: string, values: (Decimal | null)[], source: (column: number) => string, extra: RowExtra = {}): DisclosureRow {
  const result = rowOf(name, values, extra);
  if (recording) recording.set(result, { kind: 'declared', source });
  return result;
}

/**
 * What a derived row sums, for the drill-down (lib/budget/drill-down.ts): its lines (one group,
 * or the leaf groups under a 功能 node) and its columns — or, for a declaredRow, its stated source. Cell `c` of the row is the sum of the
 * lines of `groups` that pass `columns[c].filter` — the very lines and filters the row was built
 * from, so membership has one definition: the table's own.
 */
export type RowSource =
  | { kind: 'lines'; groups: readonly (readonly ResolvedLine[])[]; columns: readonly ColumnSpec[] }
  /** A declaredRow: where each column's figure comes from. */
  | { kind: 'declared'; source: (column: number) => string };

/** The row sources of the derivation running inside withRowSources (derivations are synchronous). */
let recording: Map<DisclosureRow, RowSource> | null = null;

/**
 * Runs a (synchronous) derivation and returns, with its result, the source of every row it built
 * through row() and the 功能 sections. Off the drill-down, nothing is recorded.
 */
export function withRowSources<T>(derive: () => T): { result: T; sources: ReadonlyMap<DisclosureRow, RowSource> } {
  const outer = recording;
  const sources = new Map<DisclosureRow, RowSource>();
  recording = sources;
  try {
    return { result: derive(), sources };
  } finally {
    recording = outer;
  }
}

/** Column totals of one node of the 功能 tree, and the cells of its lines' budget. */
interface NodeTotals {
  totals: bigint[];
  cells: CellPool;
  /** The leaf groups under the node: kept only while recording row sources. */
  groups: ResolvedLine[][];
}

/**
 * Column totals under every 功能 code on the lines' paths (类, 款, 项), in first-seen order. The
 * lines are filtered once per distinct code (the leaves), and each leaf's integer totals are
 * added into its 款 and 类: exactly the sums of the lines under each code, at a third of the
 * filter calls of summing every node's lines again.
 */
function functionalTotals(lines: readonly ResolvedLine[], columns: readonly ColumnSpec[]): Map<string, NodeTotals> {
  const leaves = new Map<string, ResolvedLine[]>();
  for (const l of lines) {
    const group = leaves.get(l.line.functionalCode);
    if (group) group.push(l);
    else leaves.set(l.line.functionalCode, [l]);
  }
  const nodes = new Map<string, NodeTotals>();
  for (const [code, leafLines] of leaves) {
    const totals = columnTotals(leafLines, columns);
    const cells = (leafLines[0] as ResolvedLine).cells;
    const path = functionalPath(code);
    for (const node of path.length > 0 ? path : [code]) {
      const existing = nodes.get(node);
      if (existing) {
        for (let i = 0; i < totals.length; i++) existing.totals[i] = (existing.totals[i] as bigint) + (totals[i] as bigint);
        if (recording) existing.groups.push(leafLines);
      } else {
        nodes.set(node, { totals: totals.slice(), cells, groups: recording ? [leafLines] : [] });
      }
    }
  }
  return nodes;
}

function functionalRowsOf(
  nodes: ReadonlyMap<string, NodeTotals>,
  names: ReadonlyMap<string, string>,
  columns: readonly ColumnSpec[],
): DisclosureRow[] {
  return [...nodes.keys()].sort(compareCodes).map((code) => {
    const node = nodes.get(code) as NodeTotals;
    const level = functionalLevel(code) ?? undefined;
    const result = rowOf(names.get(code) ?? '', totalsToCells(node.totals, node.cells), { code, level });
    if (recording) recording.set(result, { kind: 'lines', groups: node.groups, columns });
    return result;
  });
}

/** 类/款/项 rows for the 功能 codes present in the lines, sorted by code (= printed order). */
export function functionalRows(
  lines: readonly ResolvedLine[],
  columns: readonly ColumnSpec[],
  names: ReadonlyMap<string, string>,
): DisclosureRow[] {
  return functionalRowsOf(functionalTotals(lines, columns), names, columns);
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
    rows: [row('合计', lines, columns), ...functionalRowsOf(functionalTotals(lines, columns), names, columns)],
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
