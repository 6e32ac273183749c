/**
 * The wire report as an Excel workbook: one worksheet per 预算公开表 (headers merged as printed),
 * then 情况说明 and 勾稽校验. Amounts are numeric cells with format '0.00'; each number is parsed
 * from its fixed-point wire string only to write the cell — no arithmetic on money here.
 */
import ExcelJS from 'exceljs';
import { departmentLabel, groupSpan, indentOf, isTotalRow, sectionLayout, tableLabel, titleWithoutYear } from './layout';
import type { RenderedReport, RenderedSection, RenderedTable } from '@/lib/budget/report-wire';

export const AMOUNT_FORMAT = '0.00';
const FIXED_POINT = /^-?\d+(\.\d+)?$/;
const THIN = { style: 'thin' } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

/** Excel sheet names: at most 31 characters, none of []:*?/\ . */
export function sheetName(table: RenderedTable): string {
  return `表${table.number} ${titleWithoutYear(table)}`.replace(/[[\]:*?/\\]/g, '').slice(0, 31);
}

/** A fixed-point string becomes a numeric cell; anything else stays text, blank stays blank. */
function amountCell(cell: ExcelJS.Cell, value: string | null): void {
  if (value === null) return;
  if (FIXED_POINT.test(value)) {
    cell.value = Number(value);
    cell.numFmt = AMOUNT_FORMAT;
  } else {
    cell.value = value;
  }
  cell.alignment = { horizontal: 'right', vertical: 'middle' };
}

function headerCell(ws: ExcelJS.Worksheet, row: number, col: number, label: string): void {
  const cell = ws.getCell(row, col);
  cell.value = label;
  cell.font = { bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  cell.fill = HEADER_FILL;
}

/** Writes one section from `startRow`; returns the next free row. */
function writeSection(ws: ExcelJS.Worksheet, report: RenderedReport, table: RenderedTable, section: RenderedSection, startRow: number): number {
  const layout = sectionLayout(report, table, section);
  const width = layout.stub.length + section.columns.length;
  let r = startRow;
  if (section.name) {
    ws.mergeCells(r, 1, r, width);
    ws.getCell(r, 1).value = section.name;
    ws.getCell(r, 1).font = { bold: true };
    r += 1;
  }
  const headerHeight = layout.twoRows ? 2 : 1;
  let col = 1;
  for (const group of [...layout.stubGroups, ...layout.valueGroups]) {
    headerCell(ws, r, col, group.label);
    if (group.sub.length === 0) {
      if (headerHeight === 2) ws.mergeCells(r, col, r + 1, col);
      col += 1;
      continue;
    }
    if (group.sub.length > 1) ws.mergeCells(r, col, r, col + groupSpan(group) - 1);
    group.sub.forEach((label, i) => headerCell(ws, r + 1, col + i, label));
    col += groupSpan(group);
  }
  r += headerHeight;
  for (const row of section.rows) {
    const excelRow = ws.getRow(r);
    layout.stub.forEach((stubCol, i) => {
      const cell = excelRow.getCell(i + 1);
      cell.value = stubCol.text(row);
      cell.alignment = { vertical: 'middle', indent: stubCol.indented ? indentOf(row) * 2 : 0 };
    });
    row.values.forEach((value, i) => amountCell(excelRow.getCell(layout.stub.length + i + 1), value));
    if (isTotalRow(row)) excelRow.font = { bold: true };
    r += 1;
  }
  for (let y = startRow + (section.name ? 1 : 0); y < r; y++) {
    for (let x = 1; x <= width; x++) ws.getCell(y, x).border = BORDER;
  }
  return r;
}

function addTableSheet(wb: ExcelJS.Workbook, report: RenderedReport, table: RenderedTable): void {
  const widths = table.sections.map((s) => sectionLayout(report, table, s));
  const width = Math.max(2, ...table.sections.map((s, i) => (widths[i]?.stub.length ?? 0) + s.columns.length));
  const ws = wb.addWorksheet(sheetName(table), {
    pageSetup: { paperSize: 9, orientation: width > 6 ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.mergeCells(1, 1, 1, width);
  ws.getCell(1, 1).value = tableLabel(table);
  ws.getCell(1, 1).alignment = { horizontal: 'right' };
  ws.mergeCells(2, 1, 2, width);
  ws.getCell(2, 1).value = table.title;
  ws.getCell(2, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(3, 1, 3, width - 1);
  ws.getCell(3, 1).value = `部门名称：${departmentLabel(report)}`;
  ws.getCell(3, width).value = `单位：${report.amountUnit}`;
  ws.getCell(3, width).alignment = { horizontal: 'right' };
  let r = 4;
  for (const section of table.sections) r = writeSection(ws, report, table, section, r) + 1;
  if (table.empty) ws.getCell(r, 1).value = '注：本表无数据';
  const first = widths[0];
  for (let i = 0; i < width; i++) {
    const stub = first?.stub[i];
    ws.getColumn(i + 1).width = stub ? (stub.indented || stub.label.endsWith('名称') ? 36 : 12) : 16;
  }
}

function addNarrativeSheet(wb: ExcelJS.Workbook, report: RenderedReport): void {
  const ws = wb.addWorksheet('情况说明');
  ws.getColumn(1).width = 110;
  ws.getCell(1, 1).value = `${report.year}年度部门预算情况说明`;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  report.narrative.sentences.forEach((sentence, i) => {
    const cell = ws.getCell(i + 2, 1);
    cell.value = sentence;
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
}

function addReconciliationSheet(wb: ExcelJS.Workbook, report: RenderedReport): void {
  const ws = wb.addWorksheet('勾稽校验');
  ['编号', '勾稽关系', '左方（元）', '右方（元）', '结果'].forEach((label, i) => headerCell(ws, 1, i + 1, label));
  report.reconciliation.forEach((finding, i) => {
    const row = ws.getRow(i + 2);
    row.getCell(1).value = finding.id;
    row.getCell(2).value = finding.equation;
    amountCell(row.getCell(3), finding.left);
    amountCell(row.getCell(4), finding.right);
    row.getCell(5).value = finding.ok ? '相符' : '不符';
    if (!finding.ok) row.getCell(5).font = { bold: true, color: { argb: 'FFB42318' } };
  });
  [14, 70, 18, 18, 8].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

export function buildWorkbook(report: RenderedReport): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '部门预算编制与公开系统';
  wb.title = `${departmentLabel(report)}${report.year}年部门预算公开报告`;
  for (const table of report.tables) addTableSheet(wb, report, table);
  addNarrativeSheet(wb, report);
  addReconciliationSheet(wb, report);
  return wb;
}

/** The workbook as .xlsx bytes. */
export async function renderReportXlsx(report: RenderedReport): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = await buildWorkbook(report).xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
