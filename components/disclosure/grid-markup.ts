/**
 * The markup of a GridTable's <table> (and 本表无数据), built as one escaped string. The tables
 * are static on screen (the drill-down listens on the page for clicks on `a[data-cell]`,
 * DrillDown.tsx), and a county or department report holds thousands of cells: as React elements
 * each cell was serialised into the page's RSC payload and rendered again to HTML on every request
 * (≈ 40 µs a cell, the largest cost of the 全县汇总 page under load, docs/benchmarks.md); as one
 * string it is built in a fraction of that and, for a cached report, once (CountyTables).
 * Every text goes through escapeHtml (lib/export/escape.ts); the markup is GridTable's.
 */
import type { Grid, GridRow } from '@/lib/layout/grid';
import { escapeHtml } from '@/lib/export/escape';
import styles from './disclosure.module.css';

/** The drill-down link of an amount cell (section, row, amount column, all 0-based), or none. */
export type CellLink = (section: number, row: number, col: number) => { href: string; query: string } | null;

const INDENT = [undefined, styles.indent1, styles.indent2];

/**
 * An amount cell's text: blank for zero, as the official tables print zero cells; in the 元 view
 * with thousands separators ("11,856,970.06"); 万元 as rendered. Only the screen: print and xlsx
 * draw the layout's own values.
 */
export function cellText(value: string | null, unit: string): string {
  if (value === null || /^-?0+(\.0+)?$/.test(value)) return '';
  return unit === '元' ? value.replace(/^(-?\d+)/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ',')) : value;
}

const cls = (name: string | undefined) => (name ? ` class="${escapeHtml(name)}"` : '');

function rowClass(row: GridRow): string | undefined {
  if (row.total) return styles.total;
  return row.level === '类' ? styles.class : undefined;
}

function rowMarkup(row: GridRow, unit: string, link: ((col: number) => ReturnType<CellLink>) | null): string {
  let out = `<tr${cls(rowClass(row))}>`;
  for (const cell of row.cells) {
    if (cell.kind === 'stub') {
      out += cell.indented ? `<td${cls(INDENT[cell.indent])} data-name="">${escapeHtml(cell.text)}</td>` : `<td${cls(styles.code)}>${escapeHtml(cell.text)}</td>`;
      continue;
    }
    out += `<td${cls(styles.num)} data-col="${cell.col}">`;
    for (const n of cell.marks) {
      out += `<a href="#rounding-${n}"${cls(styles.marker)} title="尾差说明 ${n}：显示的合计与分项之和不等，见下方说明">※${n}</a>`;
    }
    const text = cellText(cell.value, unit);
    const target = text === '' ? null : (link?.(cell.col) ?? null);
    const amount = target
      ? `<a href="${escapeHtml(target.href)}" data-cell="${escapeHtml(target.query)}"${cls(styles.cellLink)} title="查看组成该数的预算明细">${escapeHtml(text)}</a>`
      : escapeHtml(text);
    out += `<span data-amount="">${amount}</span></td>`;
  }
  return `${out}</tr>`;
}

/** The <table> of `grid` (merged headers, rows, links when `cellLink` is given) and 本表无数据 under an empty one. */
export function gridTableMarkup(grid: Grid, cellLink?: CellLink): string {
  let out = `<table${cls(styles.grid)}>`;
  grid.sections.forEach((section, s) => {
    out += '<tbody>';
    if (section.name) out += `<tr${cls(styles.sectionRow)}><th colspan="${section.width}">${escapeHtml(section.name)}</th></tr>`;
    for (const cells of section.header) {
      out += '<tr>';
      for (const cell of cells) {
        const span = `${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}`;
        out += `<th${span}>${escapeHtml(cell.label)}</th>`;
      }
      out += '</tr>';
    }
    section.rows.forEach((row, r) => {
      out += rowMarkup(row, grid.unit, cellLink ? (c) => cellLink(s, r, c) : null);
    });
    out += '</tbody>';
  });
  out += '</table>';
  if (grid.empty) out += `<p${cls(styles.empty)}>本表无数据</p>`;
  return out;
}
