'use client';

import type { Table } from '@tanstack/react-table';
import { choicesOf, GRID_COLUMNS } from './grid-model';
import { SELECT_FILTERS, type GridRowData } from './grid-columns';

const ROW = 30;
const sortMark = (sorted: false | 'asc' | 'desc') => (sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : '');
const cell = (top: number) => ({ position: 'sticky' as const, top, background: '#f3f5f8', zIndex: 3, padding: '0 6px', height: ROW, borderBottom: '1px solid #d1d5db', textAlign: 'left' as const, whiteSpace: 'nowrap' as const, fontWeight: 600 });
const NO_OPTIONS = { year: 0, unitCode: '', functional: [], deptEcon: [], govEcon: [], names: {}, projects: [], mapped: {} };

/** The sticky header: the column names (click to sort) and a filter under each. */
export function GridHead({ table }: { table: Table<GridRowData> }) {
  return (
    <thead>
      <tr role="row">
        {table.getFlatHeaders().map((header, i) => (
          <th key={header.id} role="columnheader" aria-sort={header.column.getIsSorted() === 'asc' ? 'ascending' : header.column.getIsSorted() === 'desc' ? 'descending' : undefined} style={{ ...cell(0), textAlign: GRID_COLUMNS[i]?.numeric ? 'right' : 'left' }}>
            <button type="button" tabIndex={-1} onClick={header.column.getToggleSortingHandler()} style={{ all: 'unset', cursor: 'pointer' }}>
              {GRID_COLUMNS[i]?.header}
              {sortMark(header.column.getIsSorted())}
            </button>
          </th>
        ))}
      </tr>
      <tr role="row">
        {table.getFlatHeaders().map((header, i) => {
          const column = GRID_COLUMNS[i]!;
          const value = String(header.column.getFilterValue() ?? '');
          const label = `筛选${column.header}`;
          const set = (v: string) => header.column.setFilterValue(v || undefined);
          return (
            <th key={header.id} style={cell(ROW)}>
              {header.column.getCanFilter() &&
                (SELECT_FILTERS.has(column.field) ? (
                  <select aria-label={label} value={value} onChange={(e) => set(e.target.value)} style={{ width: '100%', font: 'inherit' }}>
                    <option value="">全部</option>
                    {choicesOf(column.field, NO_OPTIONS).map((c) => <option key={c} value={c}>{c}</option>)}
                  </select>
                ) : (
                  <input aria-label={label} placeholder="编码或名称" value={value} onChange={(e) => set(e.target.value)} style={{ width: '100%', font: 'inherit', boxSizing: 'border-box' }} />
                ))}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
