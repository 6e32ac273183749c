/**
 * The grid's model, without React: its columns, a line as the texts the cells show and edit
 * (the texts of the 明细 sheet, so a typed row, a pasted row and an edited line are checked by
 * the same import rules, lib/workbook/paste.ts), and the list of rows to draw with the
 * subtotals by 功能分类 项 or 部门经济分类 款 (docs/domain.md §1.1).
 */
import { CARRYOVER_TEXT, FUNDING_SOURCE_TEXT, KIND_TEXT } from '@/lib/workbook/format';
import { parseAmount } from '@/lib/workbook/amount';
import { checkDraftLine, type DraftIssue, type DraftLine, type DraftLineData } from '@/lib/workbook/paste';
import { sumYuan } from '@/components/workspace/money-text';
import type { GridOptions, LineRow } from './line-rows';

export type GridValues = Omit<DraftLine, 'unitCode'> & { govEconOverride: string };
export type GridField = keyof GridValues;
export type EditorKind = 'functional' | 'deptEcon' | 'govEcon' | 'select' | 'text';

export interface GridColumn {
  field: GridField;
  header: string;
  editor: EditorKind;
  width: number;
  numeric?: boolean;
}

export const GRID_COLUMNS: readonly GridColumn[] = [
  { field: 'functionalCode', header: '功能分类', editor: 'functional', width: 220 },
  { field: 'deptEconCode', header: '部门经济分类', editor: 'deptEcon', width: 180 },
  { field: 'govEconOverride', header: '政府经济分类', editor: 'govEcon', width: 170 },
  { field: 'kind', header: '支出类型', editor: 'select', width: 90 },
  { field: 'projectName', header: '所属项目', editor: 'select', width: 140 },
  { field: 'fundingSource', header: '资金来源', editor: 'select', width: 120 },
  { field: 'carryover', header: '本年/上年结转', editor: 'select', width: 100 },
  { field: 'amountYuan', header: '金额（元）', editor: 'text', width: 140, numeric: true },
  { field: 'note', header: '备注', editor: 'text', width: 160 },
];

export const EMPTY_VALUES: GridValues = {
  functionalCode: '',
  deptEconCode: '',
  govEconOverride: '',
  kind: KIND_TEXT.BASIC,
  projectName: '',
  fundingSource: FUNDING_SOURCE_TEXT.GENERAL_PUBLIC,
  carryover: CARRYOVER_TEXT.current,
  amountYuan: '',
  note: '',
};

/** A saved line as the texts of its cells. */
export function valuesOf(line: LineRow): GridValues {
  return {
    functionalCode: line.functionalCode,
    deptEconCode: line.deptEconCode,
    govEconOverride: line.govEconOverride ?? '',
    kind: KIND_TEXT[line.kind],
    projectName: line.projectName ?? '',
    fundingSource: FUNDING_SOURCE_TEXT[line.fundingSource],
    carryover: line.carryover ? CARRYOVER_TEXT.carryover : CARRYOVER_TEXT.current,
    amountYuan: line.amountYuan,
    note: line.note ?? '',
  };
}

/** The choices of a select column (texts as in the 明细 sheet). */
export function choicesOf(field: GridField, options: GridOptions): string[] {
  if (field === 'kind') return Object.values(KIND_TEXT);
  if (field === 'fundingSource') return Object.values(FUNDING_SOURCE_TEXT);
  if (field === 'carryover') return Object.values(CARRYOVER_TEXT);
  if (field === 'projectName') return ['', ...options.projects.map((p) => p.name)];
  return [];
}

export interface GridIssue {
  field: GridField | 'unitCode' | null;
  message: string;
}

export type LineCheck = { ok: true; line: DraftLineData & { govEconOverride: string | null } } | { ok: false; issues: GridIssue[] };

/** A row's texts against the import rules, plus the 政府经济 override (a 款 of the year, or empty = 对照表). */
export function checkValues(values: GridValues, options: GridOptions, refs: DraftRefs): LineCheck {
  const { govEconOverride, ...draft } = values;
  const checked = checkDraftLine(draft, { year: options.year, unitCode: options.unitCode, ...refs });
  const override = govEconOverride.trim();
  const issues: GridIssue[] = checked.ok ? [] : checked.issues.map((i: DraftIssue) => ({ field: i.field, message: i.message }));
  if (override !== '' && !refs.govEcon.has(override)) issues.push({ field: 'govEconOverride', message: `政府经济分类科目 ${override} 在${options.year}年度不存在` });
  if (!checked.ok || issues.length > 0) return { ok: false, issues };
  return { ok: true, line: { ...checked.line, govEconOverride: override === '' ? null : override } };
}

export interface DraftRefs {
  functional: ReadonlyMap<string, string>;
  deptEcon: ReadonlyMap<string, string>;
  govEcon: ReadonlyMap<string, string>;
  projects: ReadonlyMap<string, string>;
}

export function draftRefs(options: GridOptions): DraftRefs {
  return {
    functional: new Map(options.functional.map((c) => [c.code, c.name])),
    deptEcon: new Map(options.deptEcon.map((c) => [c.code, c.name])),
    govEcon: new Map(options.govEcon.map((c) => [c.code, c.name])),
    projects: new Map(options.projects.map((p) => [p.name, p.id])),
  };
}

/** The fields of `next` that differ from the saved line (what a PATCH carries). */
export function changedFields(saved: LineRow, next: DraftLineData & { govEconOverride: string | null }): Partial<typeof next> {
  const before: typeof next = {
    functionalCode: saved.functionalCode,
    deptEconCode: saved.deptEconCode,
    govEconOverride: saved.govEconOverride,
    kind: saved.kind,
    projectId: saved.projectId,
    fundingSource: saved.fundingSource,
    carryover: saved.carryover,
    amountYuan: saved.amountYuan,
    note: saved.note,
  };
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof typeof next)[]) if (next[key] !== before[key]) out[key] = next[key];
  return out as Partial<typeof next>;
}

// ------------------------------------------------------------ rows to draw

export type Grouping = 'none' | 'functional' | 'econ';

/** A row of the grid body: a line (saved or draft), its issues, a group's subtotal. */
export type GridItem =
  | { type: 'line'; key: string; index: number }
  | { type: 'issues'; key: string; rowKey: string; issues: GridIssue[]; conflict: boolean }
  | { type: 'subtotal'; key: string; label: string; count: number; totalYuan: string };

export interface ItemSource {
  key: string;
  values: GridValues;
  issues: GridIssue[];
  conflict: boolean;
}

const groupKey = (values: GridValues, grouping: Grouping) => (grouping === 'functional' ? values.functionalCode : values.deptEconCode.slice(0, 5));

/** Lines (in the given order, stably grouped when a grouping is chosen) with an issue row under each line that has issues. */
export function gridItems(rows: readonly ItemSource[], grouping: Grouping, names: Readonly<Record<string, string>>): GridItem[] {
  const items: GridItem[] = [];
  const push = (row: ItemSource, index: number) => {
    items.push({ type: 'line', key: row.key, index });
    if (row.issues.length > 0) items.push({ type: 'issues', key: `${row.key}/issues`, rowKey: row.key, issues: row.issues, conflict: row.conflict });
  };
  if (grouping === 'none') {
    rows.forEach(push);
    return items;
  }
  const groups = new Map<string, { row: ItemSource; index: number }[]>();
  rows.forEach((row, index) => {
    const key = groupKey(row.values, grouping);
    const list = groups.get(key) ?? [];
    list.push({ row, index });
    groups.set(key, list);
  });
  for (const [key, members] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    members.forEach(({ row, index }) => push(row, index));
    const amounts = members.flatMap((m) => {
      const read = parseAmount(m.row.values.amountYuan || null);
      return read.ok ? [read.amount] : [];
    });
    const level = grouping === 'functional' ? '项' : '款';
    items.push({ type: 'subtotal', key: `subtotal/${key}`, label: `小计（${level}）${key} ${names[key] ?? ''}`.trim(), count: members.length, totalYuan: sumYuan(amounts).toFixed(2) });
  }
  return items;
}
