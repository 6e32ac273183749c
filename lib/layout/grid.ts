/**
 * THE table layout: a department's 预算公开表 or a 全县汇总 table as a grid of header and body
 * cells, with the ※ rounding marks on the cells they belong to. The screen
 * (components/disclosure/GridTable.tsx), the printable HTML (lib/export/html.ts) and the workbook
 * (lib/export/xlsx.ts) each draw this grid in their medium and decide nothing about it.
 */
import type { RenderedReport, RenderedRow, RenderedTable } from '@/lib/budget/report-wire';
import type { AmountUnit, RowLevel } from '@/lib/budget/types';
import type { CountyReport, CountyTable } from '@/lib/budget/county-report';
import { departmentLabel, headerRows, indentOf, isTotalRow, sectionLayout, tableLabel, titleWithoutYear, type HeaderCell } from './sections';

export type { HeaderCell } from './sections';

/** A code/name cell; `indented` columns (the row's name) are indented by `indent` steps. */
export interface StubCell {
  kind: 'stub';
  text: string;
  indented: boolean;
  indent: number;
}

/** An amount as rendered (null = blank), `col` among the amount columns, and its ※ note numbers. */
export interface AmountCell {
  kind: 'amount';
  value: string | null;
  col: number;
  marks: number[];
}

export interface GridRow {
  /** 合计 / 总计 / 小计 rows: bold. */
  total: boolean;
  level: RowLevel | null;
  cells: (StubCell | AmountCell)[];
}

export interface GridSection {
  name: string | null;
  /** Columns of the section, stub included. */
  width: number;
  /** The stub columns' labels and kind, for column widths. */
  stub: { label: string; indented: boolean }[];
  header: HeaderCell[][];
  rows: GridRow[];
}

export interface Grid {
  number: number;
  /** "预算公开表3" / "全县汇总表3", printed above the title. */
  label: string;
  title: string;
  /** The worksheet's name (≤ 31 characters, none of []:*?/\). */
  sheetName: string;
  /** The line left of the unit: 部门名称 or 汇总部门数. */
  meta: string;
  unit: AmountUnit;
  sections: GridSection[];
  empty: boolean;
  /** The widest section's column count. */
  width: number;
}

const sheetSafe = (name: string) => name.replace(/[[\]:*?/\\]/g, '').slice(0, 31);

/** Excel sheet names of a department table: "表6 一般公共预算安排基本支出分经济科目表（不含…" cut at 31. */
export function sheetName(table: RenderedTable): string {
  return sheetSafe(`表${table.number} ${titleWithoutYear(table)}`);
}

/** Note numbers by cell ("table:section:row:col"). */
function marksByCell(report: RenderedReport): Map<string, number[]> {
  const byCell = new Map<string, number[]>();
  for (const note of report.roundingNotes) {
    const { table, section, row, col } = note.cell;
    const key = `${table}:${section}:${row}:${col}`;
    byCell.set(key, [...(byCell.get(key) ?? []), note.number]);
  }
  return byCell;
}

function bodyRow(row: RenderedRow, stub: { text: (row: RenderedRow) => string; indented: boolean }[], marks: (col: number) => number[]): GridRow {
  const indent = indentOf(row);
  return {
    total: isTotalRow(row),
    level: row.level ?? null,
    cells: [
      ...stub.map((col): StubCell => ({ kind: 'stub', text: col.text(row), indented: col.indented, indent: col.indented ? indent : 0 })),
      ...row.values.map((value, col): AmountCell => ({ kind: 'amount', value, col, marks: marks(col) })),
    ],
  };
}

/** One 预算公开表 of a department's report. */
export function tableGrid(report: RenderedReport, table: RenderedTable): Grid {
  const byCell = marksByCell(report);
  const sections = table.sections.map((section, s): GridSection => {
    const layout = sectionLayout(report, table, section);
    return {
      name: section.name,
      width: layout.stub.length + section.columns.length,
      stub: layout.stub.map(({ label, indented }) => ({ label, indented })),
      header: headerRows(layout),
      rows: section.rows.map((row, r) => bodyRow(row, layout.stub, (c) => byCell.get(`${table.number}:${s}:${r}:${c}`) ?? [])),
    };
  });
  return {
    number: table.number,
    label: tableLabel(table),
    title: table.title,
    sheetName: sheetName(table),
    meta: `部门名称：${departmentLabel(report)}`,
    unit: report.amountUnit,
    sections,
    empty: table.empty,
    width: Math.max(0, ...sections.map((s) => s.width)),
  };
}

const COUNTY_STUB = [
  { label: '科目编码', text: (row: RenderedRow) => row.code ?? '', indented: false },
  { label: '科目名称', text: (row: RenderedRow) => row.name, indented: true },
];

/** One 全县汇总 table: 类 rows each followed by its 款 rows, then the 合计 row (表1: 本年支出合计). */
export function countyGrid(report: CountyReport, table: CountyTable): Grid {
  const none = () => [];
  const classes = table.rows.map((row) => bodyRow({ code: row.code, name: row.name, level: row.level, values: row.values }, COUNTY_STUB, none));
  const total = bodyRow({ code: null, name: table.number === 1 ? '本年支出合计' : '合计', values: table.total }, COUNTY_STUB, none);
  const width = COUNTY_STUB.length + table.columns.length;
  const header = [[...COUNTY_STUB.map((c) => c.label), ...table.columns].map((label, col): HeaderCell => ({ label, col, colSpan: 1, rowSpan: 1 }))];
  return {
    number: table.number,
    label: `全县汇总表${table.number}`,
    title: table.title,
    sheetName: sheetSafe(`表${table.number} ${table.title}`),
    meta: `汇总部门数：${report.departments}`,
    unit: report.amountUnit,
    sections: [{ name: null, width, stub: COUNTY_STUB.map(({ label, indented }) => ({ label, indented })), header, rows: [...classes, { ...total, total: true }] }],
    empty: false,
    width,
  };
}

/**
 * 表1, 表4 and 表9 as printed: 收入 on the left and 支出 on the right of one table, row k of
 * each side on the same line (docs/domain.md §4). A header row 收入 | 支出 spans each side; a side
 * with fewer header rows stretches its cells down. The screen keeps the sections stacked.
 */
export interface PairedGrid {
  leftWidth: number;
  rightWidth: number;
  /** Header rows with `col` counted across both sides (the 收入 | 支出 row first). */
  header: HeaderCell[][];
  /** Row k of each side, null where that side has fewer rows. */
  rows: { left: GridRow | null; right: GridRow | null }[];
}

/** The two sections side by side, or null unless the grid is exactly 收入 then 支出. */
export function pairedGrid(grid: Grid): PairedGrid | null {
  const [left, right] = grid.sections;
  if (grid.sections.length !== 2 || left?.name !== '收入' || right?.name !== '支出') return null;
  const depth = Math.max(left.header.length, right.header.length);
  const side = (section: GridSection, offset: number): HeaderCell[][] =>
    section.header.map((cells, i) =>
      cells.map((cell) => {
        // The last header row of a shallower side reaches down to the deepest row.
        const stretch = i === section.header.length - 1 ? depth - section.header.length : 0;
        return { ...cell, col: cell.col + offset, rowSpan: cell.rowSpan + stretch };
      }),
    );
  const l = side(left, 0);
  const r = side(right, left.width);
  const header: HeaderCell[][] = [
    [
      { label: '收入', col: 0, colSpan: left.width, rowSpan: 1 },
      { label: '支出', col: left.width, colSpan: right.width, rowSpan: 1 },
    ],
  ];
  for (let i = 0; i < depth; i++) header.push([...(l[i] ?? []), ...(r[i] ?? [])]);
  const count = Math.max(left.rows.length, right.rows.length);
  const rows = Array.from({ length: count }, (_, k) => ({ left: left.rows[k] ?? null, right: right.rows[k] ?? null }));
  return { leftWidth: left.width, rightWidth: right.width, header, rows };
}
