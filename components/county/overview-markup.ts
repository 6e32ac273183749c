/**
 * The 全县部门概况 table (one row per department, ~150, and the 合计 row) as one escaped
 * string: static markup, built far cheaper than as React elements serialised into the page's RSC
 * payload and rendered again to HTML on every request (docs/benchmarks.md, issue 13). The filter
 * form stays a component (CountyOverviewTable.tsx). Every text goes through escapeHtml.
 */
import { AMOUNT_KEYS, AMOUNT_LABEL, type CountyOverview, type YearChange } from '@/lib/budget/county-overview';
import { Dec, formatThousands } from '@/lib/budget/money';
import { DEPARTMENT_STATUS_LABEL, UNIT_STATUSES, UNIT_STATUS_LABEL } from '@/lib/budget/workflow';
import { escapeHtml } from '@/lib/export/escape';
import { badgeClass } from '@/components/ui/Badge';
import { DEPARTMENT_TONE } from '@/components/workspace/StatusBadge';
import styles from '@/components/ui/ui.module.css';

const SOURCE_LABEL = { PUBLISHED: '上年批复', ENTERED: '部门填报' } as const;

/** "1,234.56"; a zero cell is blank, as the official tables print it. */
export const amountText = (value: string) => (new Dec(value).isZero() ? '' : formatThousands(new Dec(value)));
const signed = (value: string) => (value.startsWith('-') ? formatThousands(new Dec(value)) : `+${formatThousands(new Dec(value))}`);

const attr = (name: string, value: string | undefined) => (value ? ` ${name}="${escapeHtml(value)}"` : '');
const num = (text: string | number, title?: string) => `<td${attr('class', styles.num)}${attr('title', title)}>${escapeHtml(String(text))}</td>`;

function changeCells(change: YearChange): string {
  return (
    num(change.prior === null ? '—' : formatThousands(new Dec(change.prior)), change.source ? `上年数来源：${SOURCE_LABEL[change.source]}` : undefined) +
    num(change.amount === null ? '—' : signed(change.amount)) +
    num(change.rate === null ? '—' : `${signed(change.rate)}%`)
  );
}

function head(overview: CountyOverview): string {
  const th = (text: string, span = '', numeric = false) => `<th${numeric ? attr('class', styles.num) : ''}${span}>${escapeHtml(text)}</th>`;
  const unit = overview.amountUnit;
  return (
    '<thead><tr>' +
    th('部门', ' rowspan="2"') +
    th('报送状态', ' rowspan="2"') +
    th('单位（个）', ` colspan="${UNIT_STATUSES.length + 1}"`) +
    th(`支出（${unit}）`, ` colspan="${AMOUNT_KEYS.length}"`) +
    th(`比上年（${unit}）`, ' colspan="3"') +
    th('报表', ' rowspan="2"') +
    '</tr><tr>' +
    UNIT_STATUSES.map((s) => th(UNIT_STATUS_LABEL[s], '', true)).join('') +
    th('合计', '', true) +
    AMOUNT_KEYS.map((k) => th(AMOUNT_LABEL[k], '', true)).join('') +
    th('上年支出总计', '', true) +
    th('增减额', '', true) +
    th('增减率', '', true) +
    '</tr></thead>'
  );
}

/** The table: the two header rows, a row per department and the 合计 row (the ui Table's markup). */
export function overviewTableMarkup(overview: CountyOverview): string {
  const { year, rows, totals } = overview;
  let out = `<table${attr('class', styles.table)} aria-label="全县部门概况">${head(overview)}<tbody>`;
  for (const d of rows) {
    const badge = `<span class="${escapeHtml(badgeClass(DEPARTMENT_TONE[d.status]))}"${attr('title', d.returnReason ? `退回原因：${d.returnReason}` : undefined)}>${escapeHtml(DEPARTMENT_STATUS_LABEL[d.status])}</span>`;
    out += `<tr data-department="${escapeHtml(d.code)}">`;
    out += `<td style="white-space:nowrap">${escapeHtml(`${d.code} ${d.name}`)}</td><td>${badge}</td>`;
    for (const s of UNIT_STATUSES) out += num(d.units[s] === 0 ? '' : d.units[s]);
    out += num(d.unitTotal);
    for (const k of AMOUNT_KEYS) out += num(amountText(d.amounts[k]));
    out += changeCells(d.change);
    const href = `/report?department=${encodeURIComponent(d.code)}&year=${year}`;
    out += `<td style="white-space:nowrap"><a href="${escapeHtml(href)}" aria-label="${escapeHtml(`查看${d.name}的部门预算报表`)}">查看报表</a></td></tr>`;
  }
  out += '</tbody><tfoot><tr>';
  out += `<th colspan="2">${escapeHtml(`合计（${rows.length} 个部门）`)}</th>`;
  for (const s of UNIT_STATUSES) out += num(totals.units[s] === 0 ? '' : totals.units[s]);
  out += num(totals.unitTotal);
  for (const k of AMOUNT_KEYS) out += num(amountText(totals.amounts[k]));
  out += `${changeCells(totals.change)}<td></td></tr></tfoot></table>`;
  return out;
}
