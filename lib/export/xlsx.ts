/**
 * The rendered report (and the 全县汇总) as an Excel workbook: one worksheet per table, drawn from
 * the grid of lib/layout/grid.ts (headers merged as printed), then 情况说明, 勾稽校验 and 尾差说明.
 * Amounts are numeric cells with format '0.00'; each number is parsed from its fixed-point string
 * only to write the cell — no arithmetic on money here. A cell whose displayed parts do not foot
 * carries its ※n note as an Excel comment.
 */
import ExcelJS from 'exceljs';
import type { RenderedReport, RenderedRoundingNote } from '@/lib/budget/report-wire';
import { countyGrid, tableGrid, type AmountCell, type Grid, type GridSection } from '@/lib/layout/grid';
import { departmentLabel } from '@/lib/layout/sections';
import type { CountyReport } from '@/lib/budget/county-report';

export { sheetName } from '@/lib/layout/grid';

export const AMOUNT_FORMAT = '0.00';
const FIXED_POINT = /^-?\d+(\.\d+)?$/;
const THIN = { style: 'thin' } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

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

/** "※1 表3 …：显示合计 1030.18 万元，分项显示之和 1030.19 万元，差 -0.01 万元。…" */
export function roundingNoteText(note: RenderedRoundingNote): string {
  return `※${note.number} ${note.equation}：显示合计 ${note.displayedTotal} 万元，分项显示之和 ${note.displayedSum} 万元，差 ${note.gap} 万元。${note.explanation}`;
}

function markedAmount(cell: ExcelJS.Cell, amount: AmountCell, notes: ReadonlyMap<number, RenderedRoundingNote>): void {
  amountCell(cell, amount.value);
  const texts = amount.marks.flatMap((n) => {
    const note = notes.get(n);
    return note ? [roundingNoteText(note)] : [];
  });
  if (texts.length > 0) cell.note = texts.join('\n');
}

function headerCell(ws: ExcelJS.Worksheet, row: number, col: number, label: string): void {
  const cell = ws.getCell(row, col);
  cell.value = label;
  cell.font = { bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  cell.fill = HEADER_FILL;
}

/** Writes one section from `startRow`; returns the next free row. */
function writeSection(ws: ExcelJS.Worksheet, section: GridSection, startRow: number, notes: ReadonlyMap<number, RenderedRoundingNote>): number {
  let r = startRow;
  if (section.name) {
    ws.mergeCells(r, 1, r, section.width);
    ws.getCell(r, 1).value = section.name;
    ws.getCell(r, 1).font = { bold: true };
    r += 1;
  }
  section.header.forEach((cells, i) => {
    for (const cell of cells) {
      headerCell(ws, r + i, cell.col + 1, cell.label);
      if (cell.rowSpan > 1 || cell.colSpan > 1) ws.mergeCells(r + i, cell.col + 1, r + i + cell.rowSpan - 1, cell.col + cell.colSpan);
    }
  });
  r += section.header.length;
  for (const row of section.rows) {
    const excelRow = ws.getRow(r);
    row.cells.forEach((cell, i) => {
      const target = excelRow.getCell(i + 1);
      if (cell.kind === 'amount') return markedAmount(target, cell, notes);
      target.value = cell.text;
      target.alignment = { vertical: 'middle', indent: cell.indent * 2 };
    });
    if (row.total) excelRow.font = { bold: true };
    r += 1;
  }
  for (let y = startRow + (section.name ? 1 : 0); y < r; y++) {
    for (let x = 1; x <= section.width; x++) ws.getCell(y, x).border = BORDER;
  }
  return r;
}

function addGridSheet(wb: ExcelJS.Workbook, grid: Grid, notes: ReadonlyMap<number, RenderedRoundingNote> = new Map()): void {
  const width = Math.max(2, grid.width);
  const ws = wb.addWorksheet(grid.sheetName, {
    pageSetup: { paperSize: 9, orientation: width > 6 ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.mergeCells(1, 1, 1, width);
  ws.getCell(1, 1).value = grid.label;
  ws.getCell(1, 1).alignment = { horizontal: 'right' };
  ws.mergeCells(2, 1, 2, width);
  ws.getCell(2, 1).value = grid.title;
  ws.getCell(2, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(3, 1, 3, width - 1);
  ws.getCell(3, 1).value = grid.meta;
  ws.getCell(3, width).value = `单位：${grid.unit}`;
  ws.getCell(3, width).alignment = { horizontal: 'right' };
  let r = 4;
  for (const section of grid.sections) r = writeSection(ws, section, r, notes) + 1;
  if (grid.empty) ws.getCell(r, 1).value = '注：本表无数据';
  const stub = grid.sections[0]?.stub ?? [];
  for (let i = 0; i < width; i++) {
    const col = stub[i];
    ws.getColumn(i + 1).width = col ? (col.indented || col.label.endsWith('名称') ? 36 : 12) : 16;
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

/** 尾差说明 (only when there are notes: in 元, or when everything foots, there is none). */
function addRoundingSheet(wb: ExcelJS.Workbook, report: RenderedReport): void {
  if (report.roundingNotes.length === 0) return;
  const ws = wb.addWorksheet('尾差说明');
  ['标记', '勾稽关系', '显示合计（万元）', '分项显示之和（万元）', '差（万元）', '说明'].forEach((label, i) => headerCell(ws, 1, i + 1, label));
  report.roundingNotes.forEach((note, i) => {
    const row = ws.getRow(i + 2);
    row.getCell(1).value = `※${note.number}`;
    row.getCell(2).value = note.equation;
    amountCell(row.getCell(3), note.displayedTotal);
    amountCell(row.getCell(4), note.displayedSum);
    amountCell(row.getCell(5), note.gap);
    row.getCell(6).value = note.explanation;
  });
  [8, 60, 16, 18, 10, 80].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

export function buildWorkbook(report: RenderedReport): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '部门预算编制与公开系统';
  wb.title = `${departmentLabel(report)}${report.year}年部门预算公开报告`;
  const notes = new Map(report.roundingNotes.map((note) => [note.number, note]));
  for (const table of report.tables) addGridSheet(wb, tableGrid(report, table), notes);
  addNarrativeSheet(wb, report);
  addReconciliationSheet(wb, report);
  addRoundingSheet(wb, report);
  return wb;
}

async function bytes(wb: ExcelJS.Workbook): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The workbook as .xlsx bytes. */
export function renderReportXlsx(report: RenderedReport): Promise<Uint8Array<ArrayBuffer>> {
  return bytes(buildWorkbook(report));
}

/** The 全县汇总 as .xlsx bytes: one worksheet per table (表1–3), 类 rows then 合计. */
export function renderCountyXlsx(report: CountyReport): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '部门预算编制与公开系统';
  wb.title = `${report.year}年全县部门预算汇总`;
  for (const table of report.tables) addGridSheet(wb, countyGrid(report, table));
  return bytes(wb);
}
