'use client';

import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { CodeOption } from './line-rows';

/** How an editor was left: Enter, Tab, Shift+Tab. */
export type CommitKey = 'enter' | 'tab' | 'shift-tab';

const MAX_SHOWN = 30;

/**
 * Codes matching what was typed, best first: the exact code, codes starting with it, then names
 * containing it (「3010」 finds 30101…, 「基本工资」 finds 30101 基本工资).
 */
export function searchCodes(options: readonly CodeOption[], query: string): CodeOption[] {
  const q = query.trim();
  if (q === '') return options.slice(0, MAX_SHOWN);
  const exact: CodeOption[] = [];
  const prefix: CodeOption[] = [];
  const named: CodeOption[] = [];
  for (const o of options) {
    if (o.code === q) exact.push(o);
    else if (o.code.startsWith(q)) prefix.push(o);
    else if (o.name.includes(q) || `${o.code} ${o.name}` === q) named.push(o);
  }
  return [...exact, ...prefix, ...named].slice(0, MAX_SHOWN);
}

export interface CodeComboboxProps {
  label: string;
  options: readonly CodeOption[];
  /** The text the editor starts with (the cell's code, or the key that opened it). */
  initial: string;
  /** An empty choice (e.g. 按对照表), committed as "". */
  emptyLabel?: string;
  onCommit: (code: string, key: CommitKey) => void;
  onCancel: () => void;
}

/**
 * A code picker (WAI-ARIA combobox with a listbox popup): type a code or part of a name, move
 * with ↑/↓, Enter or Tab takes the highlighted code, Escape cancels.
 */
export function CodeCombobox({ label, options, initial, emptyLabel, onCommit, onCancel }: CodeComboboxProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(initial);
  const [active, setActive] = useState(0);
  const [box, setBox] = useState<{ left: number; top: number; width: number } | null>(null);
  const matches = useMemo(() => {
    const found = searchCodes(options, text);
    return emptyLabel !== undefined && text.trim() === '' ? [{ code: '', name: emptyLabel }, ...found] : found;
  }, [options, text, emptyLabel]);

  useLayoutEffect(() => {
    const el = input.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
    const r = el.getBoundingClientRect();
    setBox({ left: r.left, top: r.bottom, width: Math.max(r.width, 320) });
  }, []);

  const pick = (key: CommitKey) => {
    const chosen = matches[active];
    const typed = text.trim();
    // A typed code that exists wins; otherwise the highlighted match; otherwise the text as typed (the check names it).
    const code = options.some((o) => o.code === typed) ? typed : chosen ? chosen.code : typed;
    onCommit(code, key);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    e.stopPropagation();
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, matches.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter') pick('enter');
    else if (e.key === 'Tab') pick(e.shiftKey ? 'shift-tab' : 'tab');
    else if (e.key === 'Escape') onCancel();
    else return;
    e.preventDefault();
  };

  const optionId = (i: number) => `${id}-o${i}`;
  return (
    <>
      <input
        ref={input}
        role="combobox"
        aria-label={label}
        aria-expanded={matches.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={matches[active] ? optionId(active) : undefined}
        autoComplete="off"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        style={{ width: '100%', font: 'inherit', border: '1px solid var(--primary, #1d4ed8)', padding: '2px 4px' }}
      />
      {box && (
        <ul
          id={`${id}-list`}
          role="listbox"
          aria-label={`${label}候选`}
          style={{ position: 'fixed', left: box.left, top: box.top, width: box.width, maxHeight: 260, overflowY: 'auto', margin: 0, padding: 0, listStyle: 'none', background: '#fff', border: '1px solid var(--border)', boxShadow: '0 4px 12px rgba(0,0,0,.15)', zIndex: 50 }}
        >
          {matches.length === 0 && <li style={{ padding: '4px 8px', color: '#6b7280' }}>没有匹配的科目</li>}
          {matches.map((o, i) => (
            <li
              key={o.code || 'empty'}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                onCommit(o.code, 'enter');
              }}
              style={{ padding: '3px 8px', cursor: 'pointer', background: i === active ? '#dbeafe' : undefined, whiteSpace: 'nowrap' }}
            >
              {o.code && <span style={{ fontVariantNumeric: 'tabular-nums', marginRight: 6 }}>{o.code}</span>}
              {o.name}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
