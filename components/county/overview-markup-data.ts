/**
 * The 全县部门概况 markup from its texts (overview-markup.ts `overviewTableData` makes them on the
 * server): plain strings in, one escaped string out, importing nothing but escapeHtml and the
 * table's CSS classes, so the client bundle can build it too (OverviewMarkup.tsx).
 */
import { escapeHtml } from '@/lib/export/escape';
import styles from '@/components/ui/ui.module.css';

/** A numeric cell: its text, or [text, title]. */
export type OverviewCell = string | readonly [text: string, title: string | null];

export interface OverviewTableData {
  heads: { units: readonly string[]; amounts: readonly string[]; unitLabel: string };
  rows: readonly {
    code: string;
    name: string;
    /** [badge class, state label, title (the return reason) or null]. */
    badge: readonly [string, string, string | null];
    cells: readonly OverviewCell[];
    href: string;
  }[];
  totals: { label: string; cells: readonly OverviewCell[] };
}

const attr = (name: string, value: string | null | undefined) => (value ? ` ${name}="${escapeHtml(value)}"` : '');
const num = (cell: OverviewCell) => {
  const [text, title] = typeof cell === 'string' ? [cell, null] : cell;
  return `<td${attr('class', styles.num)}${attr('title', title)}>${escapeHtml(text)}</td>`;
};

function head({ units, amounts, unitLabel }: OverviewTableData['heads']): string {
  const th = (text: string, span = '', numeric = false) => `<th${numeric ? attr('class', styles.num) : ''}${span}>${escapeHtml(text)}</th>`;
  return (
    '<thead><tr>' +
    th('部门', ' rowspan="2"') +
    th('报送状态', ' rowspan="2"') +
    th('单位（个）', ` colspan="${units.length + 1}"`) +
    th(`支出（${unitLabel}）`, ` colspan="${amounts.length}"`) +
    th(`比上年（${unitLabel}）`, ' colspan="3"') +
    th('报表', ' rowspan="2"') +
    '</tr><tr>' +
    units.map((label) => th(label, '', true)).join('') +
    th('合计', '', true) +
    amounts.map((label) => th(label, '', true)).join('') +
    th('上年支出总计', '', true) +
    th('增减额', '', true) +
    th('增减率', '', true) +
    '</tr></thead>'
  );
}

/** The table: the two header rows, a row per department and the 合计 row (the ui Table's markup). */
export function overviewMarkupFromData(data: OverviewTableData): string {
  let out = `<table${attr('class', styles.table)} aria-label="全县部门概况">${head(data.heads)}<tbody>`;
  for (const d of data.rows) {
    const [badgeClass, label, title] = d.badge;
    out += `<tr data-department="${escapeHtml(d.code)}">`;
    out += `<td style="white-space:nowrap">${escapeHtml(`${d.code} ${d.name}`)}</td><td><span class="${escapeHtml(badgeClass)}"${attr('title', title)}>${escapeHtml(label)}</span></td>`;
    for (const cell of d.cells) out += num(cell);
    out += `<td style="white-space:nowrap"><a href="${escapeHtml(d.href)}" aria-label="${escapeHtml(`查看${d.name}的部门预算报表`)}">查看报表</a></td></tr>`;
  }
  out += '</tbody><tfoot><tr>';
  out += `<th colspan="2">${escapeHtml(data.totals.label)}</th>`;
  for (const cell of data.totals.cells) out += num(cell);
  out += '<td></td></tr></tfoot></table>';
  return out;
}
