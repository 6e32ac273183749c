/**
 * Writing a Workbook in the import format: the export (unit, department or county) and,
 * with no rows, the template. Codes are text cells (leading zeros kept), amounts numeric
 * cells shown as #,##0.00; reading the file back gives the same rows (tests/workbook/write.test.ts).
 */
import ExcelJS from 'exceljs';
import {
  ATTRIBUTE_TEXT,
  CARRYOVER_TEXT,
  CODE_CATEGORY_TEXT,
  FUNDING_SOURCE_TEXT,
  HEADERS,
  KIND_TEXT,
  PRIOR_FIGURE_TEXT,
  PROCUREMENT_TEXT,
  SHEET,
  UNIT_TYPE_TEXT,
  type SheetKey,
} from './format';
import type { Workbook } from './types';

type Cell = string | number | null;
const AMOUNT_FORMAT = '#,##0.00';

/** Each sheet's rows as cells, in the order of HEADERS. */
export function sheetCells(workbook: Workbook): Record<SheetKey, Cell[][]> {
  return {
    units: workbook.units.map((u) => [u.departmentCode, u.departmentName, u.unitCode, u.unitName, UNIT_TYPE_TEXT[u.unitType]]),
    codes: workbook.codes.map((c) => [CODE_CATEGORY_TEXT[c.category], c.code, c.name]),
    projects: workbook.projects.map((p) => [p.unitCode, p.name, ATTRIBUTE_TEXT[p.attribute], p.periodYears]),
    lines: workbook.lines.map((l) => [
      l.unitCode, l.functionalCode, l.deptEconCode, KIND_TEXT[l.kind], l.projectName, FUNDING_SOURCE_TEXT[l.fundingSource],
      l.carryover ? CARRYOVER_TEXT.carryover : CARRYOVER_TEXT.current, Number(l.amountYuan), l.note,
    ]),
    procurement: workbook.procurement.map((p) => [p.unitCode, p.projectName, PROCUREMENT_TEXT[p.category], p.itemName, Number(p.amountYuan)]),
    priorYear: workbook.priorYear.map((p) => [p.departmentCode, PRIOR_FIGURE_TEXT[p.figure], Number(p.amountYuan)]),
  };
}

const TEXT_COLUMNS: readonly string[] = ['部门编码', '单位编码', '科目编码', '功能分类科目编码', '部门经济分类科目编码'];

/** One sheet with its header row, column formats and widths. */
export function addSheet(book: ExcelJS.Workbook, key: SheetKey, rows: Cell[][]): ExcelJS.Worksheet {
  const headers: string[] = Object.values(HEADERS[key]);
  const sheet = book.addWorksheet(SHEET[key], { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((header) => ({
    header,
    width: Math.max(12, header.length * 2 + 4),
    style: header === '金额（元）' ? { numFmt: AMOUNT_FORMAT } : TEXT_COLUMNS.includes(header) ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRows(rows);
  return sheet;
}

export async function writeWorkbook(workbook: Workbook): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const cells = sheetCells(workbook);
  for (const key of Object.keys(SHEET) as SheetKey[]) addSheet(book, key, cells[key]); // keys of a literal: exactly SheetKey
  return Buffer.from(await book.xlsx.writeBuffer());
}
