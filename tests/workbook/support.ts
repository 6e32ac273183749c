/** Workbooks built in memory with exceljs, as a user's Excel would save them. */
import ExcelJS from 'exceljs';
import { HEADERS } from '@/lib/workbook/format';

export type SheetRows = (string | number | null | ExcelJS.CellValue)[][];

/** Sheet name → rows (the first row is the header). */
export async function xlsx(sheets: Record<string, SheetRows>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

export const LINE_HEADER: string[] = Object.values(HEADERS.lines);

/** A 明细 row in header order, overriding some cells. */
export function lineRow(over: Partial<Record<keyof typeof HEADERS.lines, string | number | null | ExcelJS.CellValue>> = {}) {
  const base = {
    unitCode: '045001',
    functionalCode: '2013101',
    deptEconCode: '30101',
    kind: '基本支出',
    projectName: null,
    fundingSource: '一般公共预算',
    carryover: '本年',
    amountYuan: '1,234.56',
    note: null,
    ...over,
  };
  return (Object.keys(HEADERS.lines) as (keyof typeof HEADERS.lines)[]).map((k) => base[k]);
}
