/**
 * The 全县部门概况 table (one row per department, ~150, and the 合计 row) as one escaped
 * string: static markup, built far cheaper than as React elements (docs/benchmarks.md, issue 13).
 * In two steps: `overviewTableData` (server: the cells' texts, formatted from the exact amounts)
 * and `overviewMarkupFromData` (plain strings in, markup out: no decimal.js, safe in the client
 * bundle). The page sends the data, not the markup, in its RSC payload and OverviewMarkup.tsx
 * builds the markup from it for the HTML and again on hydration: the markup is not sent twice.
 * The filter form stays a component (CountyOverviewTable.tsx). Every text goes through escapeHtml.
 */
import { AMOUNT_KEYS, AMOUNT_LABEL, type CountyOverview, type YearChange } from '@/lib/budget/county-overview';
import { Dec, formatThousands } from '@/lib/budget/money';
import { DEPARTMENT_STATUS_LABEL, UNIT_STATUSES, UNIT_STATUS_LABEL } from '@/lib/budget/workflow';
import { badgeClass } from '@/components/ui/Badge';
import { DEPARTMENT_TONE } from '@/components/workspace/StatusBadge';
import { overviewMarkupFromData, type OverviewTableData, type OverviewCell } from './overview-markup-data';

export { overviewMarkupFromData, type OverviewTableData } from './overview-markup-data';

const SOURCE_LABEL = { PUBLISHED: '上年批复', ENTERED: '部门填报' } as const;

/** "1,234.56"; a zero cell is blank, as the official tables print it. */
export const amountText = (value: string) => (new Dec(value).isZero() ? '' : formatThousands(new Dec(value)));
const signed = (value: string) => (value.startsWith('-') ? formatThousands(new Dec(value)) : `+${formatThousands(new Dec(value))}`);

function changeCells(change: YearChange): OverviewCell[] {
  return [
    [change.prior === null ? '—' : formatThousands(new Dec(change.prior)), change.source ? `上年数来源：${SOURCE_LABEL[change.source]}` : null],
    change.amount === null ? '—' : signed(change.amount),
    change.rate === null ? '—' : `${signed(change.rate)}%`,
  ];
}

/** The table's texts: headers, a row per department (its numeric cells formatted), the 合计 row. */
export function overviewTableData(overview: CountyOverview): OverviewTableData {
  const { year, rows, totals, amountUnit: unit } = overview;
  const numbers = (units: Record<(typeof UNIT_STATUSES)[number], number>, unitTotal: number, amounts: Record<(typeof AMOUNT_KEYS)[number], string>, change: YearChange): OverviewCell[] => [
    ...UNIT_STATUSES.map((s) => (units[s] === 0 ? '' : String(units[s]))),
    String(unitTotal),
    ...AMOUNT_KEYS.map((k) => amountText(amounts[k])),
    ...changeCells(change),
  ];
  return {
    heads: {
      units: UNIT_STATUSES.map((s) => UNIT_STATUS_LABEL[s]),
      amounts: AMOUNT_KEYS.map((k) => AMOUNT_LABEL[k]),
      unitLabel: unit,
    },
    rows: rows.map((d) => ({
      code: d.code,
      name: d.name,
      badge: [badgeClass(DEPARTMENT_TONE[d.status]), DEPARTMENT_STATUS_LABEL[d.status], d.returnReason ? `退回原因：${d.returnReason}` : null],
      cells: numbers(d.units, d.unitTotal, d.amounts, d.change),
      href: `/report?department=${encodeURIComponent(d.code)}&year=${year}`,
    })),
    totals: { label: `合计（${rows.length} 个部门）`, cells: numbers(totals.units, totals.unitTotal, totals.amounts, totals.change) },
  };
}

/** The whole table's markup (tests; the page builds it in OverviewMarkup.tsx from the same data). */
export function overviewTableMarkup(overview: CountyOverview): string {
  return overviewMarkupFromData(overviewTableData(overview));
}
