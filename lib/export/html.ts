/**
 * The rendered report as the official, printable 部门预算公开报告 (the layout of the example report,
 * docs/domain.md §4 and §8): cover, 目录, 第一部分 概况, 第二部分 the 13 预算公开表 (each on its
 * own page, laid out by lib/layout/grid.ts; 表1, 表4 and 表9 side by side 收入 | 支出) with the
 * 尾差说明 of their ※ marks, 第三部分 情况说明, every 项目支出绩效目标申报表 and 第四部分 名词解释.
 * The internal 勾稽 findings are not part of it (lib/export/checks.ts prints them for reviewers).
 * Pure string building; every text from the report is escaped and printed as the strings say.
 */
import { html, raw, type RawHtml } from './escape';
import { REPORT_CSS } from './html-style';
import { renderPerformanceForms } from './html-forms';
import { narrativeSectionCount, ordinal, reportTexts, reportTitle, type TextSection } from './texts';
import { departmentLabel } from '@/lib/layout/sections';
import { pairedGrid, tableGrid, type AmountCell, type Grid, type GridRow, type GridSection, type HeaderCell, type StubCell } from '@/lib/layout/grid';
import type { RenderedReport, RenderedTable } from '@/lib/budget/report-wire';

/** Tables with more printed columns than this go on a landscape page. */
const PORTRAIT_MAX_COLUMNS = 6;

function headerCell(cell: HeaderCell): RawHtml {
  const rowspan = cell.rowSpan > 1 ? html` rowspan="${cell.rowSpan}"` : '';
  const colspan = cell.colSpan > 1 ? html` colspan="${cell.colSpan}"` : '';
  return html`<th${rowspan}${colspan}>${cell.label}</th>`;
}

function stubCell(cell: StubCell, total: boolean): RawHtml {
  const cls = cell.indented ? (cell.indent > 0 ? `name indent-${cell.indent}` : 'name') : 'code';
  return html`<td class="${cls}${total ? ' total' : ''}">${cell.text}</td>`;
}

/** An amount as given; a cell whose displayed parts do not foot carries its ※n links to the 尾差说明. */
function amountCell(cell: AmountCell, total: boolean): RawHtml {
  const marks = cell.marks.map((n) => html`<a class="mark" href="#rounding-${n}">※${n}</a>`);
  return html`<td class="num${total ? ' total' : ''}">${marks}${cell.value ?? ''}</td>`;
}

function rowCells(row: GridRow): RawHtml[] {
  return row.cells.map((cell) => (cell.kind === 'stub' ? stubCell(cell, row.total) : amountCell(cell, row.total)));
}

function blankCells(width: number): RawHtml {
  return raw('<td></td>'.repeat(width));
}

function headerRows(rows: HeaderCell[][]): RawHtml[] {
  return rows.map((cells) => html`<tr>${cells.map(headerCell)}</tr>`);
}

function sectionTable(section: GridSection): RawHtml {
  const caption = section.name ? html`<caption>${section.name}</caption>` : '';
  return html`<table class="report">${caption}<thead>${headerRows(section.header)}</thead><tbody>${section.rows.map(
    (row) => html`<tr>${rowCells(row)}</tr>`,
  )}</tbody></table>`;
}

/** 表1/4/9: one table, 收入 columns left, 支出 columns right, as printed. */
function pairedTable(grid: Grid): RawHtml | null {
  const paired = pairedGrid(grid);
  if (!paired) return null;
  const body = paired.rows.map(
    ({ left, right }) =>
      html`<tr>${left ? rowCells(left) : blankCells(paired.leftWidth)}${right ? rowCells(right) : blankCells(paired.rightWidth)}</tr>`,
  );
  return html`<table class="report paired"><thead>${headerRows(paired.header)}</thead><tbody>${body}</tbody></table>`;
}

/** Printed width of a table: both sides for 表1/4/9, else the widest section. */
function printedWidth(grid: Grid): number {
  const paired = pairedGrid(grid);
  return paired ? paired.leftWidth + paired.rightWidth : grid.width;
}

/** One table on its own page; `lead` (the part heading) goes on the same page, above it. */
export function renderTableHtml(report: RenderedReport, table: RenderedTable, lead: RawHtml | null = null): RawHtml {
  const grid = tableGrid(report, table);
  const wide = printedWidth(grid) > PORTRAIT_MAX_COLUMNS ? ' wide' : '';
  return html`<section class="sheet${wide}" id="table-${grid.number}">
${lead ?? ''}<div class="no">${grid.label}</div>
<h3>${grid.title}</h3>
<div class="meta"><span>${grid.meta}</span><span>单位：${grid.unit}</span></div>
${pairedTable(grid) ?? grid.sections.map(sectionTable)}
${grid.empty ? html`<p class="no-data">注：本表无数据</p>` : ''}
</section>
`;
}

function textSection(section: TextSection, index: number | null): RawHtml {
  const heading = index === null ? section.title : `${ordinal(index)}${section.title}`;
  return html`<h3 class="section">${heading}</h3>
${section.paragraphs.map((p) => html`<p>${p}</p>`)}`;
}

function overview(report: RenderedReport): RawHtml {
  const { overview: sections } = reportTexts(report);
  const body = sections.length > 0 ? sections.map((s, i) => textSection(s, i)) : html`<p>（本部门未填写概况。）</p>`;
  return html`<section class="part prose" id="overview">
<h2 class="part">第一部分 概况</h2>
${body}
</section>
`;
}

/** 尾差说明: each ※n of the tables, the displayed total against the sum of its displayed parts. */
function roundingNotes(report: RenderedReport): RawHtml {
  if (report.roundingNotes.length === 0) return html``;
  const notes = report.roundingNotes.map(
    (note) => html`<li id="rounding-${note.number}"><strong>※${note.number}</strong> ${note.equation}：显示合计 ${note.displayedTotal} 万元，分项显示之和 ${note.displayedSum} 万元，差 ${note.gap} 万元。${note.explanation}</li>`,
  );
  return html`<section class="rounding" id="rounding">
<h3 class="section">尾差说明</h3>
<ol class="notes">${notes}</ol>
</section>
`;
}

/**
 * 第二部分. Its heading sits inside the first table's page: that page may be landscape, and a
 * heading before it would be left alone on a portrait page.
 */
function tablesPart(report: RenderedReport): RawHtml {
  const heading = html`<h2 class="part">第二部分 ${report.year}年部门预算报表</h2>`;
  return html`<section class="tables" id="tables">
${report.tables.map((table, i) => renderTableHtml(report, table, i === 0 ? heading : null))}
${roundingNotes(report)}
</section>
`;
}

/** 第三部分: each 说明 under its heading (一、… 十、), then the department's other texts numbered on (十一、…). */
function narrative(report: RenderedReport): RawHtml {
  const { notes } = reportTexts(report);
  const { sentences, titles } = report.narrative;
  const body = sentences.map((sentence, i) => {
    const title = titles?.[i];
    return title ? html`<h3 class="section">${title}</h3><p>${sentence}</p>` : html`<p>${sentence}</p>`;
  });
  const next = titles ? narrativeSectionCount(titles) : null;
  return html`<section class="part prose narrative" id="narrative">
<h2 class="part">第三部分 ${report.year}年度部门预算情况说明</h2>
${body}
${notes.map((s, i) => textSection(s, next === null ? null : next + i))}
</section>
`;
}

function glossary(report: RenderedReport): RawHtml {
  const { glossary: entries } = reportTexts(report);
  const body = entries.length > 0 ? entries.map((p) => html`<p>${p}</p>`) : html`<p>（本部门未填写名词解释。）</p>`;
  return html`<section class="part prose" id="glossary">
<h2 class="part">第四部分 名词解释</h2>
${body}
</section>
`;
}

function contents(report: RenderedReport): RawHtml {
  const { overview: sections } = reportTexts(report);
  const item = (href: string, text: string, cls = '') => html`<li class="${cls}"><a href="#${href}">${text}</a></li>`;
  return html`<nav class="toc" id="contents">
<h2 class="part">目　录</h2>
<ol>
${item('overview', '第一部分 概况')}
${sections.map((s, i) => item('overview', `${ordinal(i)}${s.title}`, 'sub'))}
${item('tables', `第二部分 ${report.year}年部门预算报表`)}
${report.tables.map((t) => item(`table-${t.number}`, `预算公开表${t.number}　${t.title}`, 'sub'))}
${item('narrative', `第三部分 ${report.year}年度部门预算情况说明`)}
${report.performanceForms.length > 0 ? item('performance-forms', `项目支出绩效目标申报表（${report.performanceForms.length}份）`, 'sub') : ''}
${item('glossary', '第四部分 名词解释')}
</ol>
</nav>
`;
}

function cover(report: RenderedReport): RawHtml {
  return html`<header class="cover">
<div class="dept">${departmentLabel(report).replace(/\[部门\]$/, '')}</div>
<div class="title">${report.year}年部门预算公开报告</div>
<div class="code">部门代码：${report.department.code}</div>
</header>
`;
}

/** The full document. */
export function renderReportHtml(report: RenderedReport): string {
  const doc = html`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${reportTitle(report)}</title>
<style>${raw(REPORT_CSS)}</style>
</head>
<body>
${cover(report)}
${contents(report)}
${overview(report)}
${tablesPart(report)}
${narrative(report)}
${renderPerformanceForms(report)}
${glossary(report)}
</body>
</html>
`;
  return doc.html;
}
