'use client';

import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { CodeCombobox, type CommitKey } from './CodeCombobox';
import { choicesOf, type GridColumn } from './grid-model';
import type { GridOptions } from './line-rows';

export interface CellEditorProps {
  column: GridColumn;
  options: GridOptions;
  /** The text the editor opens with. */
  initial: string;
  onCommit: (value: string, key: CommitKey) => void;
  onCancel: () => void;
}

const inputStyle = { width: '100%', font: 'inherit', border: '1px solid var(--primary, #1d4ed8)', padding: '2px 4px' } as const;

/** Enter / Tab / Shift+Tab commit, Escape cancels; every other key stays with the control. */
function editorKeys(commit: (key: CommitKey) => void, cancel: () => void) {
  return (e: KeyboardEvent<HTMLElement>) => {
    e.stopPropagation();
    if (e.key === 'Enter') commit('enter');
    else if (e.key === 'Tab') commit(e.shiftKey ? 'shift-tab' : 'tab');
    else if (e.key === 'Escape') cancel();
    else return;
    e.preventDefault();
  };
}

/** The control that edits one cell in place: a code picker, a select or a text input. */
export function CellEditor({ column, options, initial, onCommit, onCancel }: CellEditorProps) {
  const label = `编辑${column.header}`;
  if (column.editor === 'functional' || column.editor === 'deptEcon' || column.editor === 'govEcon') {
    const list = column.editor === 'functional' ? options.functional : column.editor === 'deptEcon' ? options.deptEcon : options.govEcon;
    return <CodeCombobox label={label} options={list} initial={initial} emptyLabel={column.editor === 'govEcon' ? '（按对照表）' : undefined} onCommit={onCommit} onCancel={onCancel} />;
  }
  if (column.editor === 'select') return <SelectEditor label={label} choices={choicesOf(column.field, options)} initial={initial} onCommit={onCommit} onCancel={onCancel} />;
  return <TextEditor label={label} initial={initial} numeric={column.numeric} onCommit={onCommit} onCancel={onCancel} />;
}

function TextEditor({ label, initial, numeric, onCommit, onCancel }: { label: string; initial: string; numeric?: boolean; onCommit: CellEditorProps['onCommit']; onCancel: () => void }) {
  const ref = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(initial);
  useLayoutEffect(() => {
    const el = ref.current;
    el?.focus();
    el?.setSelectionRange(el.value.length, el.value.length);
  }, []);
  return (
    <input
      ref={ref}
      aria-label={label}
      autoComplete="off"
      inputMode={numeric ? 'decimal' : undefined}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={editorKeys((key) => onCommit(text, key), onCancel)}
      style={{ ...inputStyle, textAlign: numeric ? 'right' : undefined }}
    />
  );
}

function SelectEditor({ label, choices, initial, onCommit, onCancel }: { label: string; choices: string[]; initial: string; onCommit: CellEditorProps['onCommit']; onCancel: () => void }) {
  const ref = useRef<HTMLSelectElement>(null);
  const [value, setValue] = useState(choices.find((c) => c === initial) ?? choices.find((c) => initial !== '' && c.startsWith(initial)) ?? choices[0] ?? '');
  useLayoutEffect(() => ref.current?.focus(), []);
  return (
    <select ref={ref} aria-label={label} value={value} onChange={(e) => setValue(e.target.value)} onKeyDown={editorKeys((key) => onCommit(value, key), onCancel)} style={inputStyle}>
      {choices.map((c) => (
        <option key={c || 'none'} value={c}>
          {c || '（无）'}
        </option>
      ))}
    </select>
  );
}
