/**
 * Reading one table against one sheet's header definition: where each column is (order free,
 * extra columns ignored), and typed accessors for a data row that record an issue naming
 * sheet, row and column and return a placeholder. A row with any issue is dropped by the caller.
 */
import { parseAmount } from './amount';
import { cellText, type CellContent } from './cell';
import { fromText, HEADERS, OPTIONAL_COLUMNS, SHEET, type SheetKey } from './format';
import type { Table, TableRow } from './table';
import { issue, type WorkbookIssue } from './types';

export type Column<K extends SheetKey> = keyof (typeof HEADERS)[K] & string;

/** 金额(元) and 金额（元） are the same header; so are stray spaces. */
export const normalizeHeader = (text: string) => text.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

/** Column index per header of the sheet, or the issues for the missing required headers. */
export function locateColumns<K extends SheetKey>(key: K, table: Table): { index: Map<string, number>; issues: WorkbookIssue[] } {
  const headers: Record<string, string> = HEADERS[key];
  const optional: readonly string[] = OPTIONAL_COLUMNS[key] ?? [];
  const index = new Map<string, number>();
  const issues: WorkbookIssue[] = [];
  for (const [column, text] of Object.entries(headers)) {
    const at = table.headers.findIndex((h) => h !== null && normalizeHeader(h) === normalizeHeader(text));
    if (at >= 0) index.set(column, at);
    else if (!optional.includes(column)) issues.push(issue(SHEET[key], 1, text, `缺少列「${text}」（第1行须为表头）`));
  }
  return { index, issues };
}

export class RowReader<K extends SheetKey> {
  failed = false;
  constructor(
    private readonly key: K,
    private readonly source: TableRow,
    private readonly index: Map<string, number>,
    private readonly issues: WorkbookIssue[],
  ) {}

  get row(): number {
    return this.source.row;
  }

  fail(column: Column<K>, message: string): void {
    const headers: Record<string, string> = HEADERS[this.key];
    this.failed = true;
    this.issues.push(issue(SHEET[this.key], this.source.row, headers[column] ?? column, message));
  }

  private cell(column: Column<K>): CellContent | undefined {
    const at = this.index.get(column);
    if (at === undefined) return null;
    const read = this.source.cells[at];
    if (!read) return null;
    if (!read.ok) {
      this.fail(column, read.message);
      return undefined;
    }
    return read.value;
  }

  optionalText(column: Column<K>, max = 200): string | null {
    const value = this.cell(column);
    if (value === undefined || value === null) return null;
    const text = cellText(value) ?? '';
    if (text.length > max) this.fail(column, `不能超过${max}字`);
    return text;
  }

  text(column: Column<K>, max = 200): string {
    const value = this.cell(column);
    if (value === undefined) return '';
    if (value === null) {
      this.fail(column, '不能为空');
      return '';
    }
    const text = cellText(value) ?? '';
    if (text.length > max) this.fail(column, `不能超过${max}字`);
    return text;
  }

  /** Digits; a numeric cell that lost its leading zeros (45 for 045) is padded to `padTo`. */
  code(column: Column<K>, pattern: RegExp, expected: string, padTo = 0): string {
    const value = this.cell(column);
    if (value === undefined) return '';
    if (value === null) {
      this.fail(column, '不能为空');
      return '';
    }
    const text = typeof value === 'number' && Number.isInteger(value) ? String(value).padStart(padTo, '0') : String(value).trim();
    if (!pattern.test(text)) this.fail(column, `“${text}”不是有效的编码，应为${expected}`);
    return text;
  }

  choice<V extends string>(column: Column<K>, table: Readonly<Record<V, string>>, fallback: NoInfer<V>): V {
    const text = this.text(column);
    if (text === '') return fallback; // already recorded
    const value = fromText(table, text);
    if (value === undefined) {
      this.fail(column, `“${text}”无效，应为 ${Object.values<string>(table).join(' / ')}`);
      return fallback;
    }
    return value;
  }

  integer(column: Column<K>, min: number, max: number): number {
    const value = this.cell(column);
    if (value === undefined) return min;
    const n = typeof value === 'number' ? value : Number(value);
    if (value === null || !Number.isInteger(n) || n < min || n > max) {
      this.fail(column, `应为${min}至${max}的整数`);
      return min;
    }
    return n;
  }

  amount(column: Column<K>): string {
    const value = this.cell(column);
    if (value === undefined) return '0.00';
    const read = parseAmount(value);
    if (read.ok) return read.amount;
    this.fail(column, read.message);
    return '0.00';
  }
}
