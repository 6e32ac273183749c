'use client';

import { useMemo, useState } from 'react';
import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
  type SortingState,
} from '@tanstack/react-table';
import { Input } from '@/components/ui/Field';
import { Select } from '@/components/ui/Select';
import { Table, Td, Th } from '@/components/ui/Table';
import { LINE_FILTERS, lineColumns } from './line-columns';
import type { LineRow } from './line-rows';
import { sumYuan, wanYuanText, yuanText } from '@/components/workspace/money-text';

const sortMark = (sorted: false | 'asc' | 'desc') => (sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : '');

export interface LinesGridProps {
  rows: LineRow[];
  /** "/lines?unit=…&year=…": 修改 links add `edit=<id>`; null when the lines are read-only. */
  editBase: string | null;
}

/** The unit's 预算明细行: filters under each header, click a header to sort, totals of the shown rows in 元 and 万元. */
export function LinesGrid({ rows, editBase }: LinesGridProps) {
  const [filters, setFilters] = useState<ColumnFiltersState>([]);
  const [sorting, setSorting] = useState<SortingState>([]);
  const columns = useMemo(() => lineColumns(editBase ? (id) => `${editBase}&edit=${encodeURIComponent(id)}` : null), [editBase]);
  const table = useReactTable({
    data: rows,
    columns,
    state: { columnFilters: filters, sorting },
    onColumnFiltersChange: setFilters,
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const shown = table.getRowModel().rows;
  const total = sumYuan(shown.map((r) => r.original.amountYuan));
  const amountIndex = columns.findIndex((c) => c.id === 'amount');

  return (
    <Table aria-label="预算明细行">
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <Th key={header.id} numeric={header.column.id === 'amount'}>
                <span
                  role={header.column.getCanSort() ? 'button' : undefined}
                  tabIndex={header.column.getCanSort() ? 0 : undefined}
                  style={{ cursor: header.column.getCanSort() ? 'pointer' : undefined }}
                  onClick={header.column.getToggleSortingHandler()}
                >
                  {flexRender(header.column.columnDef.header, header.getContext())}
                  {sortMark(header.column.getIsSorted())}
                </span>
              </Th>
            ))}
          </tr>
        ))}
        <tr>
          {table.getFlatHeaders().map((header) => {
            const filter = LINE_FILTERS[header.column.id];
            const value = String(header.column.getFilterValue() ?? '');
            const label = `筛选${String(header.column.columnDef.header)}`;
            return (
              <Th key={header.id}>
                {filter?.type === 'text' && (
                  <Input aria-label={label} placeholder={filter.placeholder} value={value} onChange={(e) => header.column.setFilterValue(e.target.value || undefined)} style={{ width: '100%' }} />
                )}
                {filter?.type === 'select' && (
                  <Select aria-label={label} placeholder="全部" options={filter.options} value={value} onChange={(e) => header.column.setFilterValue(e.target.value || undefined)} />
                )}
              </Th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {shown.map((row) => (
          <tr key={row.id} data-line-id={row.original.id}>
            {row.getVisibleCells().map((cell) => (
              <Td key={cell.id} numeric={cell.column.id === 'amount'}>
                {flexRender(cell.column.columnDef.cell ?? ((c) => String(c.getValue())), cell.getContext())}
              </Td>
            ))}
          </tr>
        ))}
        {shown.length === 0 && (
          <tr>
            <Td colSpan={columns.length}>{rows.length === 0 ? '本单位尚无预算明细行。' : '没有符合筛选条件的明细行。'}</Td>
          </tr>
        )}
      </tbody>
      <tfoot>
        <tr>
          <Td colSpan={amountIndex}>
            合计（{shown.length === rows.length ? `共 ${rows.length} 行` : `筛选后 ${shown.length} 行，共 ${rows.length} 行`}）
          </Td>
          <Td numeric data-testid="lines-total-yuan">
            {yuanText(total)}
          </Td>
          {columns.length > amountIndex + 1 && <Td />}
        </tr>
        <tr>
          <Td colSpan={amountIndex}>折合万元（按元合计后四舍五入）</Td>
          <Td numeric data-testid="lines-total-wan">
            {wanYuanText(total)}
          </Td>
          {columns.length > amountIndex + 1 && <Td />}
        </tr>
      </tfoot>
    </Table>
  );
}
