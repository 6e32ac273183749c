'use client';

import Link from 'next/link';
import type { ColumnDef, FilterFn } from '@tanstack/react-table';
import { FUNDING_SOURCE_LABELS } from '@/lib/budget/disclosure/labels';
import { KIND_LABEL, type LineRow } from './line-rows';
import { yuanText } from '@/components/workspace/money-text';
import { Dec } from '@/lib/budget/money';

/** Text filter over code and name ("201", "工资"). */
const codeOrName: FilterFn<LineRow> = (row, columnId, value: string) => {
  const text = String(row.getValue(columnId) ?? '');
  return text.toLowerCase().includes(value.trim().toLowerCase());
};

/** Exact match for the enumerated columns (kind, funding source, 本年/结转). */
const equals: FilterFn<LineRow> = (row, columnId, value: string) => value === '' || String(row.getValue(columnId)) === value;

export type FilterKind = { type: 'text'; placeholder: string } | { type: 'select'; options: { value: string; label: string }[] };

const TEXT: FilterKind = { type: 'text', placeholder: '编码或名称' };

/** The filter shown under each filterable column's header. */
export const LINE_FILTERS: Readonly<Record<string, FilterKind>> = {
  functional: TEXT,
  deptEcon: TEXT,
  govEcon: TEXT,
  kind: { type: 'select', options: Object.entries(KIND_LABEL).map(([value, label]) => ({ value, label })) },
  fundingSource: { type: 'select', options: Object.entries(FUNDING_SOURCE_LABELS).map(([value, label]) => ({ value, label })) },
  carryover: { type: 'select', options: [{ value: 'current', label: '本年' }, { value: 'carryover', label: '上年结转' }] },
};

export function lineColumns(editHref: ((id: string) => string) | null): ColumnDef<LineRow>[] {
  const columns: ColumnDef<LineRow>[] = [
    {
      id: 'functional',
      header: '功能分类',
      accessorFn: (r) => `${r.functionalCode} ${r.functionalName}`,
      filterFn: codeOrName,
    },
    {
      id: 'deptEcon',
      header: '部门经济分类',
      accessorFn: (r) => `${r.deptEconCode} ${r.deptEconName}`,
      filterFn: codeOrName,
    },
    {
      id: 'govEcon',
      header: '政府经济分类',
      accessorFn: (r) => `${r.govEconCode ?? ''} ${r.govEconName}`.trim(),
      cell: ({ row, getValue }) => (
        <span title={row.original.govEconOverridden ? '本行手工指定' : '按对照表'}>
          {String(getValue())}
          {row.original.govEconOverridden && ' *'}
        </span>
      ),
      filterFn: codeOrName,
    },
    {
      id: 'kind',
      header: '基本/项目',
      accessorFn: (r) => r.kind,
      cell: ({ row }) => (row.original.projectName ? `${KIND_LABEL[row.original.kind]}：${row.original.projectName}` : KIND_LABEL[row.original.kind]),
      filterFn: equals,
    },
    {
      id: 'fundingSource',
      header: '资金来源',
      accessorFn: (r) => r.fundingSource,
      cell: ({ row }) => FUNDING_SOURCE_LABELS[row.original.fundingSource],
      filterFn: equals,
    },
    {
      id: 'carryover',
      header: '本年/上年结转',
      accessorFn: (r) => (r.carryover ? 'carryover' : 'current'),
      cell: ({ row }) => (row.original.carryover ? '上年结转' : '本年'),
      filterFn: equals,
    },
    {
      id: 'amount',
      header: '金额（元）',
      accessorFn: (r) => r.amountYuan,
      cell: ({ row }) => yuanText(row.original.amountYuan),
      sortingFn: (a, b) => new Dec(a.original.amountYuan).comparedTo(b.original.amountYuan),
      enableColumnFilter: false,
    },
  ];
  columns.push({
    id: 'actions',
    header: '操作',
    enableColumnFilter: false,
    enableSorting: false,
    cell: ({ row }) => (
      <>
        {editHref && <Link href={editHref(row.original.id)}>修改</Link>}
        {editHref && ' · '}
        <Link href={`/history?entity=line&id=${encodeURIComponent(row.original.id)}`}>历史</Link>
      </>
    ),
  });
  return columns;
}
