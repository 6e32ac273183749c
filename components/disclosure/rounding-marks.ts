/**
 * Where each rounding gap shows: the displayed total cell of its equation. roundingGaps() names
 * the equation by id; the same checks (lib/budget/reconciliation) give the id's total cell.
 */
import type { DisclosureTable } from '@/lib/budget/types';
import type { RoundingGap } from '@/lib/budget/reconciliation';
import { tableSet } from '@/lib/budget/reconciliation/checks';
import { crossTableChecks } from '@/lib/budget/reconciliation/cross-table';
import { intraTableChecks } from '@/lib/budget/reconciliation/table-checks';

export interface RoundingNote extends RoundingGap {
  /** 1-based number shown as the cell's marker and in the notes list. */
  number: number;
  /** "表3" etc., for the notes list. */
  table: number | null;
}

/** "table:section:row:col" of a cell. */
export const cellKey = (table: number, section: number, row: number, col: number) => `${table}:${section}:${row}:${col}`;

/** The notes, numbered, and the note numbers of each marked cell. */
export function roundingMarks(tables: readonly DisclosureTable[], gaps: readonly RoundingGap[]): { notes: RoundingNote[]; byCell: Record<string, number[]> } {
  const set = tableSet(tables);
  const totals = new Map([...intraTableChecks(set), ...crossTableChecks(set)].map((check) => [check.id, check.total]));
  const byCell: Record<string, number[]> = {};
  const notes = gaps.map((gap, k): RoundingNote => {
    const cell = totals.get(gap.id);
    if (cell) (byCell[cellKey(cell.table, cell.section, cell.row, cell.col)] ??= []).push(k + 1);
    return { ...gap, number: k + 1, table: cell?.table ?? null };
  });
  return { notes, byCell };
}
