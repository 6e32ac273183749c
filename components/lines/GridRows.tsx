'use client';

import { memo, type ReactNode } from 'react';
import { yuanText } from '@/components/workspace/money-text';
import { parseAmount } from '@/lib/workbook/amount';
import { codeText } from './grid-columns';
import { GRID_COLUMNS, type GridField, type GridIssue, type GridItem, type GridValues } from './grid-model';
import type { GridOptions } from './line-rows';

const ROW = 30;
const base = { height: ROW, padding: '0 6px', borderBottom: '1px solid #e5e7eb', whiteSpace: 'nowrap' as const, overflow: 'hidden', textOverflow: 'ellipsis' };

/** What a cell shows (amounts with thousands separators, codes with names, the 对照表's 政府经济 款 greyed). */
function display(field: GridField, values: GridValues, options: GridOptions): ReactNode {
  if (field === 'functionalCode' || field === 'deptEconCode') return codeText(values[field], options);
  if (field === 'govEconOverride') {
    if (values.govEconOverride) return <span title="本行手工指定">{codeText(values.govEconOverride, options)} *</span>;
    const mapped = options.mapped[values.deptEconCode];
    return <span style={{ color: '#6b7280' }} title="按对照表">{mapped ? codeText(mapped, options) : values.deptEconCode ? '（对照表缺少对应科目）' : ''}</span>;
  }
  if (field === 'amountYuan') {
    const read = parseAmount(values.amountYuan || null);
    return read.ok ? yuanText(read.amount) : values.amountYuan;
  }
  return values[field];
}

export interface GridRowProps {
  rowKey: string;
  /** null on the 新增行. */
  values: GridValues | null;
  kind: 'line' | 'draft' | 'new';
  options: GridOptions;
  issues: GridIssue[];
  activeCol: number | null;
  /** A click (double = false) or double click on cell `col` of row `key`; stable across renders. */
  onCellEvent: (key: string, col: number, double: boolean) => void;
  /** The in-place editor of the active cell, when editing. */
  editor: ReactNode;
}

/** One line (saved, draft or the 新增行) as a row of gridcells; drawn again only when its own props change. */
export const GridRow = memo(function GridRow({ rowKey, values, kind, options, issues, activeCol, onCellEvent, editor }: GridRowProps) {
  const background = kind === 'draft' ? '#fffbeb' : kind === 'new' ? '#f9fafb' : undefined;
  return (
    <tr role="row" data-line-id={kind === 'line' ? rowKey : undefined} data-draft={kind === 'draft' || undefined} data-testid={kind === 'new' ? 'new-line-row' : undefined} style={{ height: ROW, background }}>
      {GRID_COLUMNS.map((column, col) => {
        const active = activeCol === col;
        const invalid = issues.some((i) => i.field === column.field || (column.field === 'functionalCode' && i.field === 'unitCode'));
        return (
          <td
            key={column.field}
            id={`cell-${rowKey}-${col}`}
            role="gridcell"
            aria-label={column.header}
            aria-selected={active}
            aria-invalid={invalid || undefined}
            onClick={() => onCellEvent(rowKey, col, false)}
            onDoubleClick={() => onCellEvent(rowKey, col, true)}
            style={{
              ...base,
              textAlign: column.numeric ? 'right' : 'left',
              fontVariantNumeric: column.numeric ? 'tabular-nums' : undefined,
              outline: active ? '2px solid #2563eb' : undefined,
              outlineOffset: -2,
              boxShadow: invalid ? 'inset 0 -2px 0 #dc2626' : undefined,
              overflow: active && editor ? 'visible' : 'hidden',
            }}
          >
            {active && editor ? editor : values ? display(column.field, values, options) : col === 0 ? <span style={{ color: '#6b7280' }}>新增行（输入或粘贴）</span> : null}
          </td>
        );
      })}
    </tr>
  );
});

/** The issues of the line above, in Chinese, with 载入最新数据 after a conflict and 删除此行 for a draft. */
export function IssueRow({ item, onReload, onRemove }: { item: Extract<GridItem, { type: 'issues' }>; onReload: () => void; onRemove?: () => void }) {
  const text = item.issues.map((i) => `${i.field ? `${GRID_COLUMNS.find((c) => c.field === i.field)?.header ?? '单位编码'}：` : ''}${i.message}`).join('；');
  return (
    <tr role="row" data-issues-for={item.rowKey} style={{ height: ROW, background: '#fef2f2' }}>
      <td colSpan={GRID_COLUMNS.length} style={{ ...base, color: '#b91c1c' }} title={text}>
        <span role="alert">{text}</span>
        {item.conflict && <button type="button" onClick={onReload} style={{ marginLeft: 8 }}>载入最新数据</button>}
        {onRemove && <button type="button" onClick={onRemove} style={{ marginLeft: 8 }}>删除此行</button>}
      </td>
    </tr>
  );
}

/** 小计 of a 功能 项 or 经济 款 group. */
export function SubtotalRow({ item }: { item: Extract<GridItem, { type: 'subtotal' }> }) {
  const amountAt = GRID_COLUMNS.findIndex((c) => c.field === 'amountYuan');
  return (
    <tr role="row" data-subtotal style={{ height: ROW, background: '#eef2ff', fontWeight: 600 }}>
      <td colSpan={amountAt} style={base}>{item.label}（{item.count}行）</td>
      <td style={{ ...base, textAlign: 'right' }}>{yuanText(item.totalYuan)}</td>
      <td colSpan={GRID_COLUMNS.length - amountAt - 1} style={base} />
    </tr>
  );
}
