/**
 * A sheet as a plain table (header texts + data rows with their row numbers), whether it came
 * from an xlsx worksheet or a CSV file: the row readers (rows.ts) only see this.
 */
import type ExcelJS from 'exceljs';
import { readCell, type CellRead } from './cell';
import { WorkbookFileError } from './types';

export interface TableRow {
  /** The row number the user sees (1 = header row). */
  row: number;
  /** By column index (0-based), aligned with `headers`. */
  cells: CellRead[];
}

export interface Table {
  headers: (string | null)[];
  rows: TableRow[];
}

const isBlank = (cells: readonly CellRead[]) => cells.every((c) => c.ok && c.value === null);

export function worksheetTable(sheet: ExcelJS.Worksheet): Table {
  const width = sheet.actualColumnCount > 0 ? sheet.columnCount : 0;
  const cellsOf = (r: ExcelJS.Row) => Array.from({ length: width }, (_, i) => readCell(r.getCell(i + 1).value));
  const headers = cellsOf(sheet.getRow(1)).map((c) => (c.ok && c.value !== null ? String(c.value).trim() : null));
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (r, row) => {
    if (row === 1) return;
    const cells = cellsOf(r);
    if (!isBlank(cells)) rows.push({ row, cells });
  });
  return { headers, rows };
}

/** RFC 4180 fields: quotes, doubled quotes, commas and newlines inside quotes. */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n') endRecord();
    else if (ch === '\r') {
      if (text[i + 1] === '\n') i++;
      endRecord();
    } else field += ch;
  }
  if (quoted) throw new WorkbookFileError('CSV文件格式不正确：引号未闭合');
  if (field !== '' || record.length > 0) endRecord();
  return records;
}

/** UTF-8 CSV, with or without BOM; anything that is not valid UTF-8 is refused (e.g. GBK). */
export function csvTable(buffer: Buffer): Table {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new WorkbookFileError('CSV文件须为UTF-8编码（Excel中另存为“CSV UTF-8（逗号分隔）”）');
  }
  const [header = [], ...data] = csvRecords(text.replace(/^\uFEFF/, ''));
  const rows = data
    .map((fields, i) => ({ row: i + 2, cells: fields.map((f): CellRead => ({ ok: true, value: f.trim() === '' ? null : f.trim() })) }))
    .filter((r) => !isBlank(r.cells));
  return { headers: header.map((h) => (h.trim() === '' ? null : h.trim())), rows };
}
