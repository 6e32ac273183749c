/**
 * Reading an uploaded file into a Workbook: the bytes are checked first (file-kind.ts), then
 * exceljs reads the xlsx; each known sheet becomes typed rows. Whole-file problems throw a
 * WorkbookFileError; row problems come back as issues, all of them, so the user fixes the
 * file once. Nothing here touches the database.
 */
import ExcelJS from 'exceljs';
import { checkCsvBytes, checkXlsxBytes } from './file-kind';
import { SHEET, type SheetKey } from './format';
import { readCodes, readLines, readPriorYear, readProcurement, readProjects, readUnits } from './sheets';
import { csvTable, worksheetTable, type Table } from './table';
import { emptyWorkbook, WorkbookFileError, type Workbook, type WorkbookIssue } from './types';

export interface ReadResult {
  workbook: Workbook;
  issues: WorkbookIssue[];
}

const SHEET_KEYS = Object.keys(SHEET) as SheetKey[]; // the keys of a literal object: exactly SheetKey

async function loadXlsx(buffer: Buffer): Promise<ExcelJS.Workbook> {
  checkXlsxBytes(buffer);
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(new Uint8Array(buffer).buffer);
  } catch {
    throw new WorkbookFileError('文件已损坏或不是有效的Excel工作簿（.xlsx），无法读取');
  }
  return book;
}

function fill(workbook: Workbook, key: SheetKey, table: Table, issues: WorkbookIssue[]): void {
  workbook.sheets.push(SHEET[key]);
  switch (key) {
    case 'units':
      workbook.units = readUnits(table, issues);
      break;
    case 'codes':
      workbook.codes = readCodes(table, issues);
      break;
    case 'projects':
      workbook.projects = readProjects(table, issues);
      break;
    case 'lines':
      workbook.lines = readLines(table, issues);
      break;
    case 'procurement':
      workbook.procurement = readProcurement(table, issues);
      break;
    case 'priorYear':
      workbook.priorYear = readPriorYear(table, issues);
  }
}

export async function readWorkbook(buffer: Buffer): Promise<ReadResult> {
  const book = await loadXlsx(buffer);
  const workbook = emptyWorkbook();
  const issues: WorkbookIssue[] = [];
  let dataRows = 0;
  for (const key of SHEET_KEYS) {
    const sheet = book.getWorksheet(SHEET[key]);
    if (!sheet) continue;
    const table = worksheetTable(sheet);
    dataRows += table.rows.length;
    fill(workbook, key, table, issues);
  }
  if (workbook.sheets.length === 0) {
    const names = SHEET_KEYS.map((k) => SHEET[k]).join('、');
    throw new WorkbookFileError(`工作簿中没有可导入的工作表：工作表名称应为 ${names} 之一`);
  }
  if (dataRows === 0) throw new WorkbookFileError('工作簿中没有数据行（第1行为表头，数据从第2行开始）');
  return { workbook, issues };
}

/** A CSV of the 明细 columns (UTF-8, with or without BOM): the lines page's upload. */
export function readLinesCsv(buffer: Buffer): ReadResult {
  checkCsvBytes(buffer);
  const table = csvTable(buffer);
  if (table.rows.length === 0) throw new WorkbookFileError('CSV文件中没有数据行（第1行为表头）');
  const workbook = emptyWorkbook();
  const issues: WorkbookIssue[] = [];
  fill(workbook, 'lines', table, issues);
  return { workbook, issues };
}

/** By file name: .csv → readLinesCsv, anything else → readWorkbook (its bytes decide). */
export function readUpload(buffer: Buffer, fileName: string): Promise<ReadResult> {
  return /\.csv$/i.test(fileName) ? Promise.resolve(readLinesCsv(buffer)) : readWorkbook(buffer);
}
