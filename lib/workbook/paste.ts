/**
 * Rows pasted into the lines grid from a spreadsheet (Excel, WPS: tab-separated text, cells with
 * tabs, quotes or newlines quoted), read like the 明细 sheet of an import: the same header texts
 * (format.ts), the same cell readers (row-reader.ts, parseAmount for "1,234.56" and full-width
 * digits) and the same shape rule (lineShapeIssue). A header row is optional; without one the
 * columns are taken in the sheet's order, with or without the leading 单位编码.
 *
 * A draft line is the row as text (what the grid shows and edits); checkDraftLine turns it into
 * the line the server takes, or the issues per field. Nothing here knows the database: the
 * caller passes the year's code names and the unit's projects (docs/domain.md §1.1).
 */
import { lineShapeIssue } from '@/lib/budget/validation-line';
import type { FundingSource, SpendingKind } from '@/lib/budget/types';
import { CARRYOVER_TEXT, FUNDING_SOURCE_TEXT, HEADERS, KIND_TEXT } from './format';
import { normalizeHeader, RowReader } from './row-reader';
import type { Table } from './table';
import type { WorkbookIssue } from './types';

/** The 明细 columns a pasted row may carry, as text. */
export const DRAFT_FIELDS = ['functionalCode', 'deptEconCode', 'kind', 'projectName', 'fundingSource', 'carryover', 'amountYuan', 'note'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];
export type DraftLine = Record<DraftField, string> & { unitCode?: string };

export const EMPTY_DRAFT: DraftLine = {
  functionalCode: '',
  deptEconCode: '',
  kind: KIND_TEXT.BASIC,
  projectName: '',
  fundingSource: FUNDING_SOURCE_TEXT.GENERAL_PUBLIC,
  carryover: CARRYOVER_TEXT.current,
  amountYuan: '',
  note: '',
};

/** A line ready for the server (line.paste), in the unit the grid shows. */
export interface DraftLineData {
  functionalCode: string;
  deptEconCode: string;
  kind: SpendingKind;
  projectId: string | null;
  fundingSource: FundingSource;
  carryover: boolean;
  amountYuan: string;
  note: string | null;
}

export interface DraftIssue {
  field: DraftField | 'unitCode';
  message: string;
}

export type DraftCheck = { ok: true; line: DraftLineData } | { ok: false; issues: DraftIssue[] };

/** What a draft is checked against: the year's codes (code → name), the unit and its projects (name → id). */
export interface DraftReference {
  year: number;
  unitCode: string;
  functional: ReadonlyMap<string, string>;
  deptEcon: ReadonlyMap<string, string>;
  projects: ReadonlyMap<string, string>;
}

/** Tab-separated records as Excel writes them to the clipboard: "a\tb\r\n", quoted cells with "" for ". */
export function splitPastedText(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let start = true;
  const endField = () => {
    record.push(field);
    field = '';
    start = true;
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
    } else if (ch === '"' && start) quoted = true;
    else if (ch === '\t') endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else field += ch;
    if (ch !== '\t' && ch !== '\n' && ch !== '\r') start = false;
  }
  if (field !== '' || record.length > 0) endRecord();
  return records.filter((r) => r.some((cell) => cell.trim() !== ''));
}

const LINE_HEADERS: Record<string, string> = HEADERS.lines;
const ORDER_WITHOUT_UNIT: readonly (keyof typeof HEADERS.lines)[] = ['functionalCode', 'deptEconCode', 'kind', 'projectName', 'fundingSource', 'carryover', 'amountYuan', 'note'];

const isHeaderRow = (cells: readonly string[]) => {
  const known = new Set(Object.values(LINE_HEADERS).map(normalizeHeader));
  return cells.filter((c) => known.has(normalizeHeader(c))).length >= 2;
};

/** The pasted rows as draft lines (row = 1-based position in the paste, header included). */
export function draftsFromPaste(text: string): { row: number; draft: DraftLine }[] {
  const records = splitPastedText(text);
  if (records.length === 0) return [];
  const [first = []] = records;
  const header = isHeaderRow(first);
  let columns: (string | undefined)[];
  if (header) {
    const byText = new Map(Object.entries(LINE_HEADERS).map(([key, label]) => [normalizeHeader(label), key]));
    columns = first.map((c) => byText.get(normalizeHeader(c)));
  } else {
    const withUnit = /^\s*\d{6}\s*$/.test(first[0] ?? '') && first.length >= ORDER_WITHOUT_UNIT.length;
    columns = withUnit ? ['unitCode', ...ORDER_WITHOUT_UNIT] : [...ORDER_WITHOUT_UNIT];
  }
  return records.slice(header ? 1 : 0).map((cells, i) => {
    const draft: DraftLine = { ...EMPTY_DRAFT, kind: '', fundingSource: '', carryover: '' };
    cells.forEach((cell, at) => {
      const key = columns[at];
      if (key === 'unitCode') draft.unitCode = cell.trim();
      else if (key) draft[key as DraftField] = cell.trim();
    });
    if (draft.carryover === '') draft.carryover = CARRYOVER_TEXT.current;
    return { row: i + (header ? 2 : 1), draft };
  });
}

const FIELD_OF_HEADER = new Map<string, DraftField | 'unitCode'>(Object.entries(LINE_HEADERS).map(([key, label]) => [label, key as DraftField | 'unitCode']));

/**
 * One draft against the 明细 rules of an import: cell shapes (row-reader), codes of the year at
 * the right level, the shape rule and the project by name. Every problem, per field.
 */
export function checkDraftLine(draft: DraftLine, ref: DraftReference): DraftCheck {
  const texts: Record<string, string> = { ...draft, unitCode: draft.unitCode || ref.unitCode };
  const headers = Object.keys(LINE_HEADERS);
  const table: Table = {
    headers: headers.map((k) => LINE_HEADERS[k] ?? k),
    rows: [{ row: 1, cells: headers.map((k) => ({ ok: true, value: (texts[k] ?? '').trim() === '' ? null : (texts[k] ?? '').trim() })) }],
  };
  const found: WorkbookIssue[] = [];
  const r = new RowReader('lines', table.rows[0]!, new Map(headers.map((k, i) => [k, i])), found);
  const read = {
    unitCode: r.code('unitCode', /^\d{6}$/, '6位数字，如 045001', 6),
    functionalCode: r.code('functionalCode', /^\d{7}$/, '7位数字（功能分类项级科目）'),
    deptEconCode: r.code('deptEconCode', /^\d{5}$/, '5位数字（部门经济分类款级科目）'),
    kind: r.choice('kind', KIND_TEXT, 'BASIC'),
    projectName: r.optionalText('projectName'),
    fundingSource: r.choice('fundingSource', FUNDING_SOURCE_TEXT, 'GENERAL_PUBLIC'),
    carryover: r.choice('carryover', { false: CARRYOVER_TEXT.current, true: CARRYOVER_TEXT.carryover }, 'false') === 'true',
    amountYuan: r.amount('amountYuan'),
    note: r.optionalText('note', 500),
  };
  const issues: DraftIssue[] = found.map((i) => ({ field: FIELD_OF_HEADER.get(i.column ?? '') ?? 'functionalCode', message: i.message }));
  const has = (field: DraftIssue['field']) => issues.some((i) => i.field === field);
  if (!has('unitCode') && read.unitCode !== ref.unitCode) issues.push({ field: 'unitCode', message: `单位编码 ${read.unitCode} 不是本单位（${ref.unitCode}）` });
  if (!has('functionalCode') && !ref.functional.has(read.functionalCode)) issues.push({ field: 'functionalCode', message: `功能分类科目 ${read.functionalCode} 在${ref.year}年度不存在` });
  if (!has('deptEconCode') && !ref.deptEcon.has(read.deptEconCode)) issues.push({ field: 'deptEconCode', message: `部门经济分类科目 ${read.deptEconCode} 在${ref.year}年度不存在` });
  const shape = has('kind') ? null : lineShapeIssue({ kind: read.kind, hasProject: read.projectName !== null, deptEconCode: read.deptEconCode });
  let projectId: string | null = null;
  if (shape) issues.push({ field: shape.field === 'projectId' ? 'projectName' : 'deptEconCode', message: shape.message.replace('选择所属项目', '填写项目名称').replace('不能关联项目', '不能填写项目名称') });
  else if (read.projectName !== null) {
    projectId = ref.projects.get(read.projectName) ?? null;
    if (projectId === null) issues.push({ field: 'projectName', message: `项目「${read.projectName}」不是本单位${ref.year}年度的项目` });
  }
  if (issues.length > 0) return { ok: false, issues };
  const { functionalCode, deptEconCode, kind, fundingSource, carryover, amountYuan, note } = read;
  return { ok: true, line: { functionalCode, deptEconCode, kind, projectId, fundingSource, carryover, amountYuan, note } };
}
