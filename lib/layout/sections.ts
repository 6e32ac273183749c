/**
 * How a rendered table's sections are laid out (screen, HTML/PDF and xlsx alike; lib/layout/grid.ts
 * builds the whole grid from this): the stub (code/name) columns in front of the amounts and the
 * two-level headers the printed report merges (本年收入 over six columns of 表2, 2023年财政拨款 over three of 表12 …).
 * Presentation only: a group is applied when the section has exactly the columns it spans,
 * otherwise the header stays flat, so a changed derivation can never mislabel a figure.
 */
import type { RenderedReport, RenderedRow, RenderedSection, RenderedTable } from '@/lib/budget/report-wire';

/** A header cell of the first header row; `span` counts columns, `sub` the labels below it. */
export interface HeaderGroup {
  label: string;
  /** Labels of the second header row; empty = the cell spans both header rows. */
  sub: string[];
}

export interface StubColumn {
  label: string;
  /** Cell text of a row in this column. */
  text: (row: RenderedRow) => string;
  /** Indent the text by row level (names only). */
  indented: boolean;
}

export interface SectionLayout {
  stubGroups: HeaderGroup[];
  stub: StubColumn[];
  valueGroups: HeaderGroup[];
  /** True when any group has a second header row. */
  twoRows: boolean;
}

const codeOf = (row: RenderedRow): string => row.code ?? '';
const nameOf = (row: RenderedRow): string => row.name;

function stubFor(table: RenderedTable, section: RenderedSection): { groups: HeaderGroup[]; columns: StubColumn[] } {
  const hasCode = section.rows.some((row) => row.code !== null && row.code !== '');
  const hasGov = section.rows.some((row) => row.govName !== undefined || row.govCode !== undefined);
  if (hasGov) {
    const govCode = (row: RenderedRow): string => row.govCode ?? '';
    const govName = (row: RenderedRow): string => row.govName ?? '';
    return {
      groups: [
        { label: '部门预算支出经济科目', sub: ['科目编码', '科目名称'] },
        { label: '政府预算支出经济科目', sub: ['科目编码', '科目名称'] },
      ],
      columns: [
        { label: '科目编码', text: codeOf, indented: false },
        { label: '科目名称', text: nameOf, indented: true },
        { label: '科目编码', text: govCode, indented: false },
        { label: '科目名称', text: govName, indented: false },
      ],
    };
  }
  const nameLabel = stubNameLabel(table, hasCode);
  if (!hasCode) return { groups: [{ label: nameLabel, sub: [] }], columns: [{ label: nameLabel, text: nameOf, indented: true }] };
  return {
    groups: [{ label: '项目', sub: ['科目编码', nameLabel] }],
    columns: [
      { label: '科目编码', text: codeOf, indented: false },
      { label: nameLabel, text: nameOf, indented: true },
    ],
  };
}

function stubNameLabel(table: RenderedTable, hasCode: boolean): string {
  if (table.number === 11) return '单位名称';
  if (table.number === 12 || table.number === 13) return '项目名称';
  return hasCode ? '科目名称' : '项目';
}

/** The printed report's merged value headers, per table (and section for 表1/4/9). */
function valueGroupsFor(report: RenderedReport, table: RenderedTable, section: RenderedSection): HeaderGroup[] | null {
  const cols = section.columns;
  const all = (label: string): HeaderGroup[] => [{ label, sub: cols }];
  const yearly = `${report.year}年预算数`;
  switch (table.number) {
    case 2:
      return cols.length === 7
        ? [{ label: '本年收入', sub: cols.slice(0, 6) }, { label: cols[6] ?? '', sub: [] }]
        : null;
    case 3:
    case 5:
    case 6:
    case 8:
    case 10:
    case 11:
      return all(yearly);
    case 4:
      return section.name === '支出' ? all('金额') : null;
    case 9:
      return section.name === '支出' ? all('国有资本经营预算支出') : all('国有资本经营预算收入');
    case 12:
      return cols.length === 6
        ? [
            { label: cols[0] ?? '', sub: [] },
            { label: `${report.year}年财政拨款`, sub: cols.slice(1, 4) },
            { label: cols[4] ?? '', sub: [] },
            { label: cols[5] ?? '', sub: [] },
          ]
        : null;
    case 13:
      return cols.length === 4
        ? [{ label: cols[0] ?? '', sub: [] }, { label: `${report.year}年财政拨款`, sub: cols.slice(1) }]
        : null;
    default:
      return null;
  }
}

function span(group: HeaderGroup): number {
  return Math.max(1, group.sub.length);
}

export function sectionLayout(report: RenderedReport, table: RenderedTable, section: RenderedSection): SectionLayout {
  const stub = stubFor(table, section);
  const flat: HeaderGroup[] = section.columns.map((label) => ({ label, sub: [] }));
  const groups = valueGroupsFor(report, table, section);
  const valueGroups = groups && groups.reduce((n, g) => n + span(g), 0) === section.columns.length ? groups : flat;
  const twoRows = [...stub.groups, ...valueGroups].some((g) => g.sub.length > 0);
  // With one header row the stub shows its column labels, not the group label.
  const stubGroups = twoRows ? stub.groups : stub.columns.map((c) => ({ label: c.label, sub: [] }));
  return { stubGroups, stub: stub.columns, valueGroups, twoRows };
}


/** The header rows of a section: one row, or two when a group has labels below it; `col` is 0-based. */
export interface HeaderCell {
  label: string;
  col: number;
  colSpan: number;
  rowSpan: number;
}

export function headerRows(layout: SectionLayout): HeaderCell[][] {
  const groups = [...layout.stubGroups, ...layout.valueGroups];
  const top: HeaderCell[] = [];
  const below: HeaderCell[] = [];
  let col = 0;
  for (const group of groups) {
    const width = layout.twoRows ? span(group) : 1;
    top.push({ label: group.label, col, colSpan: width, rowSpan: layout.twoRows && group.sub.length === 0 ? 2 : 1 });
    if (layout.twoRows) group.sub.forEach((label, i) => below.push({ label, col: col + i, colSpan: 1, rowSpan: 1 }));
    col += width;
  }
  return layout.twoRows ? [top, below] : [top];
}

/** 部门名称 as printed: the department as a whole carries "[部门]". */
export function departmentLabel(report: RenderedReport): string {
  const name = report.department.name;
  return name.endsWith('[部门]') ? name : `${name}[部门]`;
}

/** Indentation steps of a row's name (类 0, 款 1, 项 2; 单位 1, 项目 2). */
export function indentOf(row: RenderedRow): number {
  switch (row.level) {
    case '款':
    case '单位':
      return 1;
    case '项':
    case '项目':
      return 2;
    default:
      return 0;
  }
}

/** Total rows (合计, 本年收入合计, 收入总计 …) are printed bold. */
export function isTotalRow(row: RenderedRow): boolean {
  return row.level === undefined && /(合计|总计|小计)$/.test(row.name);
}

/** "预算公开表1" … as printed above each table. */
export function tableLabel(table: RenderedTable): string {
  return `预算公开表${table.number}`;
}

/** The title without its leading year ("2023年预算收支总表" → "预算收支总表"). */
export function titleWithoutYear(table: RenderedTable): string {
  return table.title.replace(/^\d{4}年/, '');
}
