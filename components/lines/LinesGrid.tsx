'use client';

import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ClipboardEvent, type KeyboardEvent } from 'react';
import { getCoreRowModel, getFilteredRowModel, getSortedRowModel, useReactTable, type ColumnFiltersState, type SortingState } from '@tanstack/react-table';
import Link from 'next/link';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { LeaveGuard } from '@/components/workspace/LeaveGuard';
import { sumYuan, wanYuanText, yuanText } from '@/components/workspace/money-text';
import { parseAmount } from '@/lib/workbook/amount';
import { CellEditor } from './CellEditor';
import type { CommitKey } from './CodeCombobox';
import { GRID_COLUMNS, gridItems, type GridIssue, type GridItem, type Grouping } from './grid-model';
import { gridColumnDefs, type GridRowData } from './grid-columns';
import { GridHead } from './GridHead';
import { GridRow, IssueRow, SubtotalRow } from './GridRows';
import type { GridOptions, LineRow } from './line-rows';
import { PasteDialog } from './PasteDialog';
import { NEW_ROW, useGridEdits } from './use-grid-edits';
import { useRowWindow } from './use-row-window';

export const ROW_HEIGHT = 30;
const CHROME = { top: ROW_HEIGHT * 2, bottom: ROW_HEIGHT * 2 };
const LAST = GRID_COLUMNS.length - 1;
const NO_ISSUES: GridIssue[] = [];

export interface LinesGridProps {
  rows: LineRow[];
  options: GridOptions;
  unitId: string;
  year: number;
  editable: boolean;
}

type Cell = { key: string; col: number };

const noSubscription = () => () => undefined;

/**
 * The unit's 预算明细行 as a spreadsheet: cells edited in place (Enter/F2 or typing; Tab and the
 * arrows move; Escape cancels; Enter saves), a 新增行 at the bottom, rows pasted from Excel as
 * drafts saved together, sticky header and totals, subtotals by 功能 项 or 经济 款, and only the
 * rows in view drawn (useRowWindow), so 2,000 lines stay smooth.
 */
export function LinesGrid({ rows, options, unitId, year, editable }: LinesGridProps) {
  const grid = useGridEdits(rows, options, unitId, year);
  const scroller = useRef<HTMLDivElement>(null);
  const [filters, setFilters] = useState<ColumnFiltersState>([]);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [grouping, setGrouping] = useState<Grouping>('none');
  // false in the server's HTML and during hydration, true once the grid answers input (data-ready).
  const interactive = useSyncExternalStore(noSubscription, () => true, () => false);
  const [active, setActive] = useState<Cell | null>(null);
  const [editing, setEditing] = useState<{ initial: string } | null>(null);
  const [pasteNotice, setPasteNotice] = useState<string | null>(null);
  /** The saved line 删除当前行 asks about. */
  const [deleting, setDeleting] = useState<string | null>(null);
  /** A row to scroll into view once it is among the items (pasted rows arrive a render later). */
  const [revealKey, setRevealKey] = useState<string | null>(null);

  const { valuesOfLine } = grid;
  const data = useMemo<GridRowData[]>(() => rows.map((line) => ({ key: line.id, line, values: valuesOfLine(line) })), [rows, valuesOfLine]);
  const columns = useMemo(() => gridColumnDefs(options), [options]);
  const table = useReactTable({
    data,
    columns,
    getRowId: (r) => r.key,
    state: { columnFilters: filters, sorting },
    onColumnFiltersChange: setFilters,
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const rowModel = table.getRowModel();
  const shown = useMemo(() => rowModel.rows.map((r) => r.original), [rowModel]);

  const source = (key: string, values: GridRowData['values']) => ({ key, values, issues: grid.issues[key] ?? [], conflict: grid.conflicts.has(key) });
  const items: GridItem[] = useMemo(
    () => [
      ...gridItems(shown.map((r) => source(r.key, r.values)), grouping, options.names),
      ...gridItems(grid.drafts.map((d) => source(d.key, d.values)), 'none', options.names),
      ...(editable ? [{ type: 'line' as const, key: NEW_ROW, index: -1 }] : []),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `source` reads the two listed maps
    [shown, grid.drafts, grid.issues, grid.conflicts, grouping, options.names, editable],
  );
  const navigable = useMemo(() => items.flatMap((item, at) => (item.type === 'line' ? [{ key: item.key, at }] : [])), [items]);
  const win = useRowWindow(scroller, items.length, ROW_HEIGHT, CHROME);

  const byKey = useMemo(() => new Map([...shown.map((r) => [r.key, r.values] as const), ...grid.drafts.map((d) => [d.key, d.values] as const)]), [shown, grid.drafts]);
  const valuesOf = (key: string) => byKey.get(key) ?? null;
  const total = useMemo(() => sumYuan(shown.map((r) => (parseAmount(r.values.amountYuan || null) as { amount?: string }).amount ?? '0')), [shown]);
  const draftKeys = useMemo(() => new Set(grid.drafts.map((d) => d.key)), [grid.drafts]);

  useEffect(() => {
    if (!editing) scroller.current?.focus({ preventScroll: true });
  }, [editing]);
  useEffect(() => {
    const at = revealKey ? items.findIndex((i) => i.key === revealKey) : -1;
    if (at < 0) return;
    win.reveal(at, true);
    setRevealKey(null);
  }, [revealKey, items, win]);

  const moveTo = (key: string, col: number) => {
    setActive({ key, col });
    const at = items.findIndex((i) => i.key === key);
    if (at >= 0) win.reveal(at);
  };
  const moveBy = (rows: number, cols: number) => {
    const current = active ?? { key: navigable[0]?.key ?? NEW_ROW, col: 0 };
    const row = Math.max(0, navigable.findIndex((n) => n.key === current.key));
    const next = navigable[Math.min(navigable.length - 1, Math.max(0, row + rows))];
    if (next) moveTo(next.key, Math.min(LAST, Math.max(0, current.col + cols)));
  };
  const step = (forward: boolean, from: Cell) => {
    const row = navigable.findIndex((n) => n.key === from.key);
    if (forward && from.col < LAST) return moveTo(from.key, from.col + 1);
    if (!forward && from.col > 0) return moveTo(from.key, from.col - 1);
    const next = navigable[row + (forward ? 1 : -1)];
    if (next) moveTo(next.key, forward ? 0 : LAST);
  };

  /** Ctrl+Delete or 删除当前行: a saved line is deleted after the dialog; a draft row is just dropped. */
  const askDelete = (key: string) => {
    if (!editable) return;
    if (draftKeys.has(key)) grid.removeDraft(key);
    else if (rows.some((r) => r.id === key)) setDeleting(key);
  };

  const startEdit = (initial?: string) => {
    if (!editable || !active) return;
    const column = GRID_COLUMNS[active.col]!;
    const values = valuesOf(active.key);
    setEditing({ initial: initial ?? (values ? values[column.field] : '') });
  };

  const commit = async (value: string, key: CommitKey) => {
    if (!active) return;
    const column = GRID_COLUMNS[active.col]!;
    const { key: rowKey, values } = grid.setValue(active.key, column.field, value);
    const cell = { key: rowKey, col: active.col };
    setActive(cell);
    setEditing(null);
    const isDraft = rowKey !== active.key || grid.drafts.some((d) => d.key === rowKey);
    if (!isDraft) void grid.saveLine(rowKey, values); // saves run in the background, one line's in order
    if (key === 'tab') step(true, cell);
    else if (key === 'shift-tab') step(false, cell);
    else if (isDraft && cell.col < LAST) {
      // Entering a new row: Enter goes on to the next cell, already editing it.
      moveTo(rowKey, cell.col + 1);
      setEditing({ initial: values[GRID_COLUMNS[cell.col + 1]!.field] });
    } else if (isDraft && (await grid.saveDrafts({ key: rowKey, values }))) moveTo(NEW_ROW, 0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing) return;
    const ctrl = e.ctrlKey || e.metaKey;
    if (e.key === 'ArrowDown') moveBy(1, 0);
    else if (e.key === 'ArrowUp') moveBy(-1, 0);
    else if (e.key === 'ArrowRight') moveBy(0, 1);
    else if (e.key === 'ArrowLeft') moveBy(0, -1);
    else if (e.key === 'Home') moveBy(ctrl ? -navigable.length : 0, -LAST);
    else if (e.key === 'End') moveBy(ctrl ? navigable.length : 0, LAST);
    else if (e.key === 'PageDown') moveBy(20, 0);
    else if (e.key === 'PageUp') moveBy(-20, 0);
    else if (e.key === 'Tab' && active) {
      const row = navigable.findIndex((n) => n.key === active.key);
      const atEdge = e.shiftKey ? row <= 0 && active.col === 0 : row === navigable.length - 1 && active.col === LAST;
      if (atEdge) return; // leave the grid
      step(!e.shiftKey, active);
    } else if (e.key === 'Enter' && ctrl) void grid.saveDrafts();
    else if (e.key === 'Delete' && ctrl && active) askDelete(active.key);
    else if ((e.key === 'Enter' || e.key === 'F2') && active) startEdit();
    else if (e.key.length === 1 && !ctrl && !e.altKey && active) startEdit(e.key);
    else return;
    e.preventDefault();
  };

  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    if (editing || !editable) return;
    const text = e.clipboardData.getData('text/plain');
    if (!/[\t\n]/.test(text)) return;
    e.preventDefault();
    pasted(grid.pasteText(text));
  };
  const pasted = (drafts: { key: string }[]) => {
    const count = drafts.length;
    if (drafts[0]) {
      setActive({ key: drafts[0].key, col: 0 });
      setRevealKey(drafts[0].key);
    }
    setPasteNotice(count > 0 ? `已粘贴${count}行，检查无误后按 Ctrl+Enter 或「保存新增行」一起保存（全部通过才保存）` : '剪贴板中没有可读取的行');
  };

  const cellId = (c: Cell) => `cell-${c.key}-${c.col}`;
  /** One stable handler for every cell's click and double click, so rows scrolled into view are the only ones drawn. */
  const cellEvent = useRef<(key: string, col: number, double: boolean) => void>(() => {});
  useEffect(() => {
    cellEvent.current = (key, col, double) => {
      moveTo(key, col);
      const values = valuesOf(key);
      if (double && editable) setEditing({ initial: values ? values[GRID_COLUMNS[col]!.field] : '' });
    };
  });
  const onCellEvent = useCallback((key: string, col: number, double: boolean) => cellEvent.current(key, col, double), []);
  const doomed = deleting ? rows.find((r) => r.id === deleting) : undefined;
  const draftErrors = grid.drafts.filter((d) => grid.issues[d.key]).length;
  // 修改历史 (/history) of the line the cursor is on, else of the first line shown.
  const historyId = active && rows.some((r) => r.id === active.key) ? active.key : rows[0]?.id;

  return (
    <div>
      <LeaveGuard when={grid.dirty} message="有尚未保存的明细行修改或新增行，离开后将丢失。" />
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', marginBottom: 8 }}>
        <label>
          小计：
          <select aria-label="小计方式" value={grouping} onChange={(e) => setGrouping(e.target.value as Grouping)}>
            <option value="none">不分组</option>
            <option value="functional">按功能分类（项）</option>
            <option value="econ">按部门经济分类（款）</option>
          </select>
        </label>
        {editable && (
          <>
            <Button onClick={() => { moveTo(NEW_ROW, 0); setEditing({ initial: '' }); }}>新增行</Button>
            <Button onClick={() => active && askDelete(active.key)} disabled={!active || active.key === NEW_ROW}>删除当前行</Button>
            <PasteDialog onRead={(text) => pasted(grid.pasteText(text))} />
            {grid.drafts.length > 0 && (
              <>
                <Button variant="primary" disabled={grid.saving} onClick={() => void grid.saveDrafts()}>
                  保存新增行（{grid.drafts.length}）
                </Button>
                <Button onClick={grid.discardDrafts} disabled={grid.saving}>放弃新增行</Button>
              </>
            )}
          </>
        )}
        {historyId && (
          <Link href={`/history?entity=line&id=${encodeURIComponent(historyId)}`} title="当前行（未选中时为第一行）的修改历史">
            当前行历史
          </Link>
        )}
        <small style={{ color: '#6b7280' }}>Enter/F2 编辑 · Tab/方向键 移动 · Esc 取消 · Ctrl+Enter 保存新增行 · Ctrl+Delete 删除行 · 可直接粘贴 Excel 行</small>
      </div>
      <Dialog open={deleting !== null} title="删除明细行" onClose={() => setDeleting(null)}>
        <p style={{ marginTop: 0 }}>
          删除这条明细行（{doomed ? `${doomed.functionalCode} · ${doomed.deptEconCode} · ${yuanText(doomed.amountYuan)} 元` : ''}）？删除后公开报表随之变化，操作记入审计日志。
        </p>
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
          <Button onClick={() => setDeleting(null)}>取消</Button>
          <Button
            variant="danger"
            disabled={grid.saving}
            onClick={() => {
              const key = deleting;
              setDeleting(null);
              if (key) void grid.deleteLine(key);
            }}
          >
            确定删除
          </Button>
        </div>
      </Dialog>
      {pasteNotice && (
        <p role="status" style={{ margin: '4px 0' }}>
          {pasteNotice}
          {draftErrors > 0 && <strong style={{ color: 'var(--accent)' }}>（{draftErrors}行有错误，未保存）</strong>}
        </p>
      )}
      <div
        ref={scroller}
        role="grid"
        aria-label="预算明细行"
        aria-rowcount={items.length + 2}
        aria-colcount={GRID_COLUMNS.length}
        aria-activedescendant={active && !editing ? cellId(active) : undefined}
        data-line-count={rows.length}
        data-draft-count={grid.drafts.length}
        data-dirty={grid.dirty}
        data-ready={interactive ? '' : undefined}
        aria-busy={grid.saving}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onFocus={() => !active && navigable[0] && setActive({ key: navigable[0].key, col: 0 })}
        style={{ maxHeight: '70vh', overflow: 'auto', border: '1px solid var(--border)', background: '#fff', outline: 'none' }}
      >
        <table style={{ tableLayout: 'fixed', borderCollapse: 'separate', borderSpacing: 0, width: GRID_COLUMNS.reduce((w, c) => w + c.width, 0), fontSize: 13 }}>
          <colgroup>
            {GRID_COLUMNS.map((c) => <col key={c.field} style={{ width: c.width }} />)}
          </colgroup>
          <GridHead table={table} />
          <tbody>
            {win.before > 0 && <tr aria-hidden style={{ height: win.before }} />}
            {items.slice(win.start, win.end).map((item) => {
              if (item.type === 'subtotal') return <SubtotalRow key={item.key} item={item} />;
              if (item.type === 'issues') return <IssueRow key={item.key} item={item} onReload={() => grid.reloadLine(item.rowKey)} onRemove={draftKeys.has(item.rowKey) ? () => grid.removeDraft(item.rowKey) : undefined} />;
              const values = valuesOf(item.key);
              const isDraft = draftKeys.has(item.key);
              return (
                <GridRow
                  key={item.key}
                  rowKey={item.key}
                  values={values}
                  kind={item.key === NEW_ROW ? 'new' : isDraft ? 'draft' : 'line'}
                  options={options}
                  issues={grid.issues[item.key] ?? NO_ISSUES}
                  activeCol={active?.key === item.key ? active.col : null}
                  onCellEvent={onCellEvent}
                  editor={
                    editing && active?.key === item.key ? (
                      <CellEditor column={GRID_COLUMNS[active.col]!} options={options} initial={editing.initial} onCommit={(v, k) => void commit(v, k)} onCancel={() => setEditing(null)} />
                    ) : null
                  }
                />
              );
            })}
            {win.after > 0 && <tr aria-hidden style={{ height: win.after }} />}
          </tbody>
          <tfoot>
            <tr style={{ height: ROW_HEIGHT }}>
              <td colSpan={7} style={footStyle(ROW_HEIGHT)}>
                合计（{shown.length === rows.length ? `共 ${rows.length} 行` : `筛选后 ${shown.length} 行，共 ${rows.length} 行`}）
              </td>
              <td data-testid="lines-total-yuan" style={{ ...footStyle(ROW_HEIGHT), textAlign: 'right' }}>{yuanText(total)}</td>
              <td style={footStyle(ROW_HEIGHT)} />
            </tr>
            <tr style={{ height: ROW_HEIGHT }}>
              <td colSpan={7} style={footStyle(0)}>折合万元（按元合计后四舍五入）</td>
              <td data-testid="lines-total-wan" style={{ ...footStyle(0), textAlign: 'right' }}>{wanYuanText(total)}</td>
              <td style={footStyle(0)} />
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}

const footStyle = (bottom: number) => ({ position: 'sticky' as const, bottom, background: '#f3f5f8', fontWeight: 600, padding: '0 8px', borderTop: '1px solid #d1d5db', zIndex: 2 });

