'use client';

import type { ColumnDef, FilterFn } from '@tanstack/react-table';
import { Dec } from '@/lib/budget/money';
import { parseAmount } from '@/lib/workbook/amount';
import { GRID_COLUMNS, type GridField, type GridValues } from './grid-model';
import type { GridOptions, LineRow } from './line-rows';

/** A saved line with the texts its cells show now (its unsaved edits included). */
export interface GridRowData {
  key: string;
  line: LineRow;
  values: GridValues;
}

/** Text filter over code and name ("201", "工资"). */
const codeOrName: FilterFn<GridRowData> = (row, columnId, value: string) => String(row.getValue(columnId) ?? '').toLowerCase().includes(value.trim().toLowerCase());
/** Exact match for the enumerated columns. */
const equals: FilterFn<GridRowData> = (row, columnId, value: string) => value === '' || String(row.getValue(columnId)) === value;

const amountOf = (text: string) => {
  const read = parseAmount(text || null);
  return new Dec(read.ok ? read.amount : '0');
};

/** What a code cell shows: "2010301 行政运行". */
export function codeText(code: string, options: GridOptions): string {
  return code ? `${code} ${options.names[code] ?? options.govEcon.find((c) => c.code === code)?.name ?? '（未知科目）'}` : '';
}

/** The filterable text of a cell. */
function filterText(field: GridField, values: GridValues, options: GridOptions): string {
  if (field === 'functionalCode' || field === 'deptEconCode') return codeText(values[field], options);
  if (field === 'govEconOverride') return codeText(values.govEconOverride || (options.mapped[values.deptEconCode] ?? ''), options);
  return values[field];
}

export const TEXT_FILTERS: ReadonlySet<GridField> = new Set(['functionalCode', 'deptEconCode', 'govEconOverride', 'projectName', 'note']);
export const SELECT_FILTERS: ReadonlySet<GridField> = new Set(['kind', 'fundingSource', 'carryover']);

/** The tanstack columns: sorting on every column (amount by value), filters by code/name or by choice. */
export function gridColumnDefs(options: GridOptions): ColumnDef<GridRowData>[] {
  return GRID_COLUMNS.map((c) => ({
    id: c.field,
    header: c.header,
    accessorFn: (r: GridRowData) => filterText(c.field, r.values, options),
    filterFn: SELECT_FILTERS.has(c.field) ? equals : codeOrName,
    enableColumnFilter: c.field !== 'amountYuan',
    ...(c.field === 'amountYuan' ? { sortingFn: (a: { original: GridRowData }, b: { original: GridRowData }) => amountOf(a.original.values.amountYuan).comparedTo(amountOf(b.original.values.amountYuan)) } : {}),
  }));
}
