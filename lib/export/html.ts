/**
 * The rendered report as one complete, printable HTML document: the 13 预算公开表 (each on its own
 * page, laid out by lib/layout/grid.ts, with 部门名称, 单位, codes and the ※ rounding marks), the
 * 情况说明, the 勾稽 findings, the 尾差说明 and the 绩效目标申报表. Pure string building; every text
 * from the report is escaped. Values are printed exactly as the rendered strings say.
 */
import { html, raw, type RawHtml } from './escape';
import { REPORT_CSS } from './html-style';
import { renderPerformanceForms } from './html-forms';
import { departmentLabel } from '@/lib/layout/sections';
import { tableGrid, type AmountCell, type GridRow, type GridSection, type HeaderCell, type StubCell } from '@/lib/layout/grid';
import type { RenderedReport, RenderedTable } from '@/lib/budget/report-wire';

/** Tables with more printed columns than this go on a landscape page. */
const PORTRAIT_MAX_COLUMNS = 6;

function headerCell(cell: HeaderCell, rows: number, top: boolean): RawHtml {
  if (rows === 1) return html`<th>${cell.label}</th>`;
  if (!top) return html`<th>${cell.label}</th>`;
  return cell.rowSpan > 1 ? html`<th rowspan="${cell.rowSpan}">${cell.label}</th>` : html`<th colspan="${cell.colSpan}">${cell.label}</th>`;
}

function stubCell(cell: StubCell): RawHtml {
  const cls = cell.indented ? (cell.indent > 0 ? `name indent-${cell.indent}` : 'name') : 'code';
  return html`<td class="${cls}">${cell.text}</td>`;
}

/** An amount as given; a cell whose displayed parts do not foot carries its ※n links to the 尾差说明. */
function amountCell(cell: AmountCell): RawHtml {
  const marks = cell.marks.map((n) => html`<a class="mark" href="#rounding-${n}">※${n}</a>`);
  return html`<td class="num">${marks}${cell.value ?? ''}</td>`;
}

function bodyRow(row: GridRow): RawHtml {
  const cells = row.cells.map((cell) => (cell.kind === 'stub' ? stubCell(cell) : amountCell(cell)));
  const cls = row.total ? 'total' : row.level ? `level-${row.level}` : '';
  return html`<tr class="${cls}">${cells}</tr>`;
}

function sectionTable(section: GridSection): RawHtml {
  const caption = section.name ? html`<caption>${section.name}</caption>` : '';
  const header = section.header.map((cells, i) => html`<tr>${cells.map((cell) => headerCell(cell, section.header.length, i === 0))}</tr>`);
  return html`<table class="report">${caption}<thead>${header}</thead><tbody>${section.rows.map(bodyRow)}</tbody></table>`;
}

export function renderTableHtml(report: RenderedReport, table: RenderedTable): RawHtml {
  const grid = tableGrid(report, table);
  const wide = grid.width > PORTRAIT_MAX_COLUMNS ? ' wide' : '';
  return html`<section class="sheet${wide}" id="table-${grid.number}">
<div class="no">${grid.label}</div>
<h3>${grid.title}</h3>
<div class="meta"><span>${grid.meta}</span><span>单位：${grid.unit}</span></div>
${grid.sections.map(sectionTable)}
${grid.empty ? html`<p class="no-data">注：本表无数据</p>` : ''}
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

/** 尾差说明: each ※n of the tables, the displayed total against the sum of its displayed parts. */
function roundingNotes(report: RenderedReport): RawHtml {
  if (report.roundingNotes.length === 0) return html``;
  const notes = report.roundingNotes.map(
    (note) => html`<li id="rounding-${note.number}"><strong>※${note.number}</strong> ${note.equation}：显示合计 ${note.displayedTotal} 万元，分项显示之和 ${note.displayedSum} 万元，差 ${note.gap} 万元。${note.explanation}</li>`,
  );
  return html`<section class="part rounding sheet" id="rounding">
<h2 class="part">尾差说明</h2>
<ol class="notes">${notes}</ol>
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
${reconciliation(report)}${roundingNotes(report)}
${renderPerformanceForms(report)}
</body>
</html>
`;
  return doc.html;
}
