'use client';

import type { Tone } from '@/components/ui/Badge';
import { badgeClass } from '@/components/ui/Badge';
import ui from '@/components/ui/ui.module.css';
import { escapeHtml } from '@/lib/export/escape';

/**
 * A department row without a step for the caller, as data: [code, name, badge tone, state label,
 * return reason, 公开快照 hash, 本年, 上年结转, 合计 (万元 text), year]. The page sends these few
 * strings in its RSC payload and the row's markup is built from them (in the server's HTML render
 * and again on hydration), instead of sending the markup itself in the payload beside the HTML
 * (docs/benchmarks.md, "Fourth round: 审核报送 page").
 */
export type StaticDepartmentRowData = readonly [code: string, name: string, tone: Tone, label: string, reason: string | null, hash: string | null, current: string, carryover: string, total: string, year: number];

const attr = (name: string, value: string | null | undefined) => (value ? ` ${name}="${escapeHtml(value)}"` : '');

/** The row's cells as one escaped string: the same markup as the rows with buttons (approval-tables.tsx). */
export function staticDepartmentCells([code, name, tone, label, reason, hash, current, carryover, total, year]: StaticDepartmentRowData): string {
  const num = (text: string) => `<td${attr('class', ui.num)}>${escapeHtml(text)}</td>`;
  const badge = `<span${attr('class', badgeClass(tone))}${attr('title', reason ? `退回原因：${reason}` : null)}>${escapeHtml(label)}</span>`;
  const snapshot = hash ? `<span${attr('class', badgeClass('success'))}${attr('title', `快照校验码 ${hash}`)}>已冻结</span>` : '<span style="color:var(--muted)">未生成</span>';
  const report = `/report?department=${code}&year=${year}`;
  return (
    `<td>${escapeHtml(`${code} ${name}`)}</td><td>${badge}</td>${num(current)}${num(carryover)}${num(total)}` +
    `<td>${escapeHtml(reason ?? '')}</td><td>${snapshot}</td>` +
    `<td style="white-space:nowrap"><span style="display:inline-flex;gap:6px;align-items:center"><a href="${escapeHtml(report)}">公开报表</a></span></td>`
  );
}

export function StaticDepartmentRow({ row }: { row: StaticDepartmentRowData }) {
  // Escaped text only (staticDepartmentCells).
  return <tr data-department={row[0]} dangerouslySetInnerHTML={{ __html: staticDepartmentCells(row) }} />;
}
