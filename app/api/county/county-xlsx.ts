/**
 * The 全县汇总 as an Excel workbook: one worksheet per table (表1–3), 类 rows then 合计.
 * Amounts are numeric cells with format '0.00', each parsed from its fixed-point wire string only
 * to write the cell — no arithmetic on money here.
 */
import ExcelJS from 'exceljs';
import { AMOUNT_FORMAT } from '@/lib/export/xlsx';
import type { CountyReport, CountyTable } from '@/lib/services/county';

const FIXED_POINT = /^-?\d+(\.\d+)?$/;
const THIN = { style: 'thin' } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

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

export function countySheetName(table: CountyTable): string {
  return `表${table.number} ${table.title}`.replace(/[[\]:*?/\\]/g, '').slice(0, 31);
}

function addSheet(wb: ExcelJS.Workbook, report: CountyReport, table: CountyTable): void {
  const width = 2 + table.columns.length;
  const ws = wb.addWorksheet(countySheetName(table), {
    pageSetup: { paperSize: 9, orientation: width > 6 ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.mergeCells(1, 1, 1, width);
  ws.getCell(1, 1).value = `全县汇总表${table.number}`;
  ws.getCell(1, 1).alignment = { horizontal: 'right' };
  ws.mergeCells(2, 1, 2, width);
  ws.getCell(2, 1).value = table.title;
  ws.getCell(2, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(3, 1, 3, width - 1);
  ws.getCell(3, 1).value = `汇总部门数：${report.departments}`;
  ws.getCell(3, width).value = `单位：${report.amountUnit}`;
  ws.getCell(3, width).alignment = { horizontal: 'right' };
  ['科目编码', '科目名称', ...table.columns].forEach((label, i) => {
    const cell = ws.getCell(4, i + 1);
    cell.value = label;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = HEADER_FILL;
  });
  let r = 5;
  for (const row of table.rows) {
    const excelRow = ws.getRow(r);
    excelRow.getCell(1).value = row.code;
    excelRow.getCell(2).value = row.name;
    row.values.forEach((value, i) => amountCell(excelRow.getCell(3 + i), value));
    r += 1;
  }
  const totalRow = ws.getRow(r);
  totalRow.getCell(2).value = table.number === 1 ? '本年支出合计' : '合计';
  table.total.forEach((value, i) => amountCell(totalRow.getCell(3 + i), value));
  totalRow.font = { bold: true };
  for (let y = 4; y <= r; y++) for (let x = 1; x <= width; x++) ws.getCell(y, x).border = BORDER;
  ws.getColumn(1).width = 12;
  ws.getColumn(2).width = 36;
  for (let x = 3; x <= width; x++) ws.getColumn(x).width = 16;
}

export async function renderCountyXlsx(report: CountyReport): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '部门预算编制与公开系统';
  wb.title = `${report.year}年全县部门预算汇总`;
  for (const table of report.tables) addSheet(wb, report, table);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
