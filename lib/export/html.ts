/**
 * The wire report as one complete, printable HTML document: the 13 预算公开表 (each on its own
 * page, with 部门名称, 单位 and codes), the 情况说明, the 勾稽 findings and the 绩效目标申报表.
 * Pure string building; every text from the report is escaped. Values are printed exactly as
 * the wire strings say: no arithmetic, no reformatting.
 */
import { html, raw, type RawHtml } from './escape';
import { REPORT_CSS } from './html-style';
import { renderPerformanceForms } from './html-forms';
import {
  departmentLabel,
  groupSpan,
  indentOf,
  isTotalRow,
  sectionLayout,
  tableLabel,
  type SectionLayout,
} from './layout';
import type { RenderedReport, RenderedRow, RenderedSection, RenderedTable } from '@/lib/budget/report-wire';

/** Tables with more printed columns than this go on a landscape page. */
const PORTRAIT_MAX_COLUMNS = 6;

function headerRows(layout: SectionLayout): RawHtml {
  const groups = [...layout.stubGroups, ...layout.valueGroups];
  if (!layout.twoRows) {
    return html`<tr>${groups.map((g) => html`<th>${g.label}</th>`)}</tr>`;
  }
  const top = groups.map((g) =>
    g.sub.length === 0 ? html`<th rowspan="2">${g.label}</th>` : html`<th colspan="${groupSpan(g)}">${g.label}</th>`,
  );
  const below = groups.flatMap((g) => g.sub.map((label) => html`<th>${label}</th>`));
  return html`<tr>${top}</tr><tr>${below}</tr>`;
}

function bodyRow(layout: SectionLayout, row: RenderedRow): RawHtml {
  const indent = indentOf(row);
  const stub = layout.stub.map((col) => {
    const cls = col.indented ? (indent > 0 ? `name indent-${indent}` : 'name') : 'code';
    return html`<td class="${cls}">${col.text(row)}</td>`;
  });
  const values = row.values.map((value) => html`<td class="num">${value ?? ''}</td>`);
  const cls = isTotalRow(row) ? 'total' : row.level ? `level-${row.level}` : '';
  return html`<tr class="${cls}">${stub}${values}</tr>`;
}

function sectionTable(report: RenderedReport, table: RenderedTable, section: RenderedSection): RawHtml {
  const layout = sectionLayout(report, table, section);
  const caption = section.name ? html`<caption>${section.name}</caption>` : '';
  return html`<table class="report">${caption}<thead>${headerRows(layout)}</thead><tbody>${section.rows.map((row) =>
    bodyRow(layout, row),
  )}</tbody></table>`;
}

function columnCount(report: RenderedReport, table: RenderedTable): number {
  return Math.max(
    0,
    ...table.sections.map((s) => sectionLayout(report, table, s).stub.length + s.columns.length),
  );
}

export function renderTableHtml(report: RenderedReport, table: RenderedTable): RawHtml {
  const wide = columnCount(report, table) > PORTRAIT_MAX_COLUMNS ? ' wide' : '';
  return html`<section class="sheet${wide}" id="table-${table.number}">
<div class="no">${tableLabel(table)}</div>
<h3>${table.title}</h3>
<div class="meta"><span>部门名称：${departmentLabel(report)}</span><span>单位：${report.amountUnit}</span></div>
${table.sections.map((section) => sectionTable(report, table, section))}
${table.empty ? html`<p class="no-data">注：本表无数据</p>` : ''}
</section>
`;
}

function narrative(report: RenderedReport): RawHtml {
  return html`<section class="part narrative" id="narrative">
<h2 class="part">${report.year}年度部门预算情况说明</h2>
${report.narrative.sentences.map((sentence) => html`<p>${sentence}</p>`)}
</section>
`;
}

function reconciliation(report: RenderedReport): RawHtml {
  const failures = report.reconciliation.filter((finding) => !finding.ok).length;
  // Failures first: they are what a reviewer reads; the passing checks follow as evidence.
  const ordered = [...report.reconciliation.filter((f) => !f.ok), ...report.reconciliation.filter((f) => f.ok)];
  const rows = ordered.map(
    (finding) => html`<tr><td class="code">${finding.id}</td><td>${finding.equation}</td><td class="num">${finding.left}</td><td class="num">${finding.right}</td><td class="${finding.ok ? 'ok' : 'fail'}">${finding.ok ? '相符' : '不符'}</td></tr>`,
  );
  return html`<section class="part checks sheet" id="reconciliation">
<h2 class="part">勾稽关系校验</h2>
<p>共校验 ${report.reconciliation.length} 项，${failures === 0 ? '全部相符' : `不符 ${failures} 项`}。金额单位：元。</p>
<table class="report"><thead><tr><th>编号</th><th>勾稽关系</th><th>左方</th><th>右方</th><th>结果</th></tr></thead>
<tbody>${rows}</tbody></table>
</section>
`;
}

/** The full document. */
export function renderReportHtml(report: RenderedReport): string {
  const heading = `${departmentLabel(report)}${report.year}年部门预算公开报告`;
  const doc = html`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${heading}</title>
<style>${raw(REPORT_CSS)}</style>
</head>
<body>
<header class="cover"><h1>${heading}</h1><p class="year">部门代码：${report.department.code}</p></header>
<h2 class="part">${report.year}年部门预算报表</h2>
${report.tables.map((table) => renderTableHtml(report, table))}
${narrative(report)}
${reconciliation(report)}
${renderPerformanceForms(report)}
</body>
</html>
`;
  return doc.html;
}
