/**
 * 「当前数据」与公开快照的差异 (docs/domain.md §9.1): the cells of two rendered reports of the
 * same department-year that differ — table, row, column, the snapshot's value and the current one.
 * Rows are matched within a table section by their code (by their name when they have none, as
 * 合计 rows), so a row added or dropped does not shift every row after it; a row only one side has
 * differs in every column, and a code whose name changed shows as a difference in 「名称」.
 * Values are compared as the displayed strings: both reports are in the same amount unit.
 */
import type { RenderedReport, RenderedRow, RenderedSection } from './report-wire';

export interface CellDifference {
  table: number;
  tableTitle: string;
  /** 收入 / 支出 for a two-sided table, null otherwise. */
  section: '收入' | '支出' | null;
  /** The row as printed: code and name (e.g. "2010301 行政运行"). */
  row: string;
  column: string;
  snapshot: string | null;
  current: string | null;
}

export interface ReportDifference {
  /** True when no cell, table title or 情况说明 sentence differs. */
  same: boolean;
  cells: CellDifference[];
  /** 情况说明 sentences present on one side only. */
  narrative: { snapshot: string[]; current: string[] };
}

const rowKey = (r: RenderedRow) => (r.code ? `c\u0000${r.code}\u0000${r.govCode ?? ''}` : `n\u0000${r.name}`);
const rowLabel = (r: RenderedRow) => [r.code, r.name].filter((p) => p).join(' ');

/** The rows of a section keyed by code and name; a repeated key gets its occurrence number. */
function keyed(section: RenderedSection | undefined): Map<string, RenderedRow> {
  const rows = new Map<string, RenderedRow>();
  const seen = new Map<string, number>();
  for (const row of section?.rows ?? []) {
    const base = rowKey(row);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    rows.set(`${base}\u0000${n}`, row);
  }
  return rows;
}

function sectionDifferences(table: { number: number; title: string }, a: RenderedSection | undefined, b: RenderedSection | undefined): CellDifference[] {
  const columns = (b ?? a)?.columns ?? [];
  const name = (b ?? a)?.name ?? null;
  const before = keyed(a);
  const after = keyed(b);
  const keys = [...before.keys(), ...[...after.keys()].filter((k) => !before.has(k))];
  const out: CellDifference[] = [];
  for (const key of keys) {
    const x = before.get(key);
    const y = after.get(key);
    const row = rowLabel((y ?? x)!);
    if (x && y && x.name !== y.name) out.push({ table: table.number, tableTitle: table.title, section: name, row, column: '名称', snapshot: x.name, current: y.name });
    const width = Math.max(x?.values.length ?? 0, y?.values.length ?? 0);
    for (let c = 0; c < width; c++) {
      const s = x ? (x.values[c] ?? null) : null;
      const t = y ? (y.values[c] ?? null) : null;
      if (s !== t) out.push({ table: table.number, tableTitle: table.title, section: name, row, column: columns[c] ?? `第${c + 1}列`, snapshot: s, current: t });
    }
  }
  return out;
}

/** Every differing cell of `current` against `snapshot`, in table order. */
export function diffReports(snapshot: RenderedReport, current: RenderedReport): ReportDifference {
  const cells: CellDifference[] = [];
  const numbers = [...new Set([...snapshot.tables.map((t) => t.number), ...current.tables.map((t) => t.number)])].sort((a, b) => a - b);
  for (const number of numbers) {
    const a = snapshot.tables.find((t) => t.number === number);
    const b = current.tables.find((t) => t.number === number);
    const table = { number, title: (b ?? a)!.title };
    const sections = Math.max(a?.sections.length ?? 0, b?.sections.length ?? 0);
    for (let s = 0; s < sections; s++) cells.push(...sectionDifferences(table, a?.sections[s], b?.sections[s]));
  }
  const was = new Set(snapshot.narrative.sentences);
  const now = new Set(current.narrative.sentences);
  const narrative = { snapshot: snapshot.narrative.sentences.filter((s) => !now.has(s)), current: current.narrative.sentences.filter((s) => !was.has(s)) };
  return { same: cells.length === 0 && narrative.snapshot.length === 0 && narrative.current.length === 0, cells, narrative };
}
