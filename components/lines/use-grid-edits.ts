'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useMemo, useRef, useState } from 'react';
import { deleteLineAction, pasteLinesAction, updateLineAction } from '@/lib/actions/lines';
import { draftsFromPaste } from '@/lib/workbook/paste';
import { changedFields, checkValues, draftRefs, EMPTY_VALUES, valuesOf, type GridField, type GridIssue, type GridValues } from './grid-model';
import type { GridOptions, LineRow } from './line-rows';

/** The 新增行 at the bottom: typing into it makes a draft. */
export const NEW_ROW = 'new';

export interface Draft {
  key: string;
  values: GridValues;
}

type Outcome = { ok: true } | { ok: false; error: string; field?: string | null; status: number };
const UNREACHABLE: Outcome = { ok: false, error: '保存失败：无法连接服务器，请刷新页面后重试', field: null, status: 0 };

/** A field the server named, as the grid's column ("projectId" is the 所属项目 column). */
const gridField = (field: string | null | undefined): GridField | null => {
  if (!field) return null;
  if (field === 'projectId') return 'projectName';
  return (Object.keys(EMPTY_VALUES) as GridField[]).find((f) => f === field) ?? null;
};

/**
 * What the grid holds besides the server's lines: edits of saved lines not yet accepted, the
 * draft rows (typed or pasted), the issues per row, and the two ways to the server: one line's
 * changed fields through line.update (its version; a 409 shows the current value), all drafts
 * through line.paste (all or none).
 */
export function useGridEdits(lines: readonly LineRow[], options: GridOptions, unitId: string, year: number) {
  const router = useRouter();
  const refs = useMemo(() => draftRefs(options), [options]);
  const [edits, setEdits] = useState<Record<string, Partial<GridValues>>>({});
  /** Saved by us, ahead of the server's refreshed rows. */
  const [fresh, setFresh] = useState<Record<string, { version: number; values: GridValues }>>({});
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [issues, setIssues] = useState<Record<string, GridIssue[]>>({});
  const [conflicts, setConflicts] = useState<ReadonlySet<string>>(new Set());
  const [saving, setSaving] = useState(false);
  const [seq, setSeq] = useState(0);

  const byId = useMemo(() => new Map(lines.map((l) => [l.id, l])), [lines]);
  const savedValues = useCallback(
    (line: LineRow): { version: number; values: GridValues } => {
      const ours = fresh[line.id];
      return ours && ours.version > line.version ? ours : { version: line.version, values: valuesOf(line) };
    },
    [fresh],
  );
  const valuesOfLine = useCallback((line: LineRow): GridValues => ({ ...savedValues(line).values, ...edits[line.id] }), [savedValues, edits]);
  const setRowIssues = (key: string, list: GridIssue[], conflict = false) => {
    setIssues((all) => {
      const next = { ...all };
      if (list.length > 0) next[key] = list;
      else delete next[key];
      return next;
    });
    setConflicts((all) => {
      const next = new Set(all);
      if (conflict) next.add(key);
      else next.delete(key);
      return next;
    });
  };

  /** Sets one cell; on the 新增行 this starts a draft, whose key is returned. */
  const setValue = (key: string, field: GridField, value: string): { key: string; values: GridValues } => {
    if (key === NEW_ROW) {
      const draft = { key: `draft-${seq}`, values: { ...EMPTY_VALUES, [field]: value } };
      setSeq((n) => n + 1);
      setDrafts((all) => [...all, draft]);
      return draft;
    }
    const line = byId.get(key);
    if (line) {
      const values = { ...valuesOfLine(line), [field]: value };
      setEdits((all) => ({ ...all, [key]: { ...all[key], [field]: value } }));
      return { key, values };
    }
    const draft = drafts.find((d) => d.key === key);
    const values = { ...(draft?.values ?? EMPTY_VALUES), [field]: value };
    setDrafts((all) => all.map((d) => (d.key === key ? { ...d, values } : d)));
    if (issues[key]) setRowIssues(key, []);
    return { key, values };
  };

  /** Versions our own saves reached, and each line's save in flight: saves of one line run one after the other. */
  const versions = useRef(new Map<string, number>());
  const queue = useRef(new Map<string, Promise<void>>());

  /** Saves a saved line's edited cells (after the same checks as an import row), after any save of it still running. */
  const saveLine = (key: string, values: GridValues): Promise<void> => {
    const next = (queue.current.get(key) ?? Promise.resolve()).then(() => sendLine(key, values));
    queue.current.set(key, next);
    return next;
  };

  const sendLine = async (key: string, values: GridValues): Promise<void> => {
    const line = byId.get(key);
    if (!line) return;
    const checked = checkValues(values, options, refs);
    if (!checked.ok) return setRowIssues(key, checked.issues);
    const patch = changedFields(line, checked.line);
    const version = Math.max(savedValues(line).version, versions.current.get(key) ?? 0);
    if (Object.keys(patch).length === 0) {
      settleEdits(key, values);
      return setRowIssues(key, []);
    }
    setSaving(true);
    const result: Outcome = await updateLineAction({ id: line.id, version, ...patch }).catch(() => UNREACHABLE);
    setSaving(false);
    if (!result.ok) return setRowIssues(key, [{ field: gridField(result.field), message: result.error }], result.status === 409);
    const saved = 'data' in result ? (result as { data: { version: number } }).data : null;
    if (saved) {
      versions.current.set(key, saved.version);
      setFresh((all) => ({ ...all, [key]: { version: saved.version, values } }));
    }
    settleEdits(key, values);
    setRowIssues(key, []);
    router.refresh();
  };

  /** Drops the line's edits that `values` carried to the server (a cell edited meanwhile stays). */
  const settleEdits = (key: string, values: GridValues) =>
    setEdits((all) => {
      const { [key]: mine, ...rest } = all;
      const left = Object.entries(mine ?? {}).filter(([field, value]) => values[field as GridField] !== value);
      return left.length > 0 ? { ...rest, [key]: Object.fromEntries(left) } : rest;
    });

  /** Deletes a saved line at the version shown (line.delete); a refusal (409 …) shows on the row. */
  const deleteLine = async (key: string): Promise<boolean> => {
    const line = byId.get(key);
    if (!line) return false;
    const version = Math.max(savedValues(line).version, versions.current.get(key) ?? 0);
    setSaving(true);
    const result: Outcome = await deleteLineAction({ id: line.id, version }).catch(() => UNREACHABLE);
    setSaving(false);
    if (!result.ok) {
      setRowIssues(key, [{ field: null, message: result.error }], result.status === 409);
      return false;
    }
    setEdits(({ [key]: _dropped, ...rest }) => rest);
    setRowIssues(key, []);
    router.refresh();
    return true;
  };

  /** 载入最新数据 after a 409: drops the row's edits and reads the lines again. */
  const reloadLine = (key: string) => {
    setEdits(({ [key]: _dropped, ...rest }) => rest);
    setRowIssues(key, []);
    router.refresh();
  };

  /** Every draft checked; saved together through line.paste only when all pass. */
  const saveDrafts = async (latest?: Draft): Promise<boolean> => {
    // The cell just committed may not have reached the state yet.
    const current = latest && !drafts.some((d) => d.key === latest.key) ? [...drafts, latest] : drafts.map((d) => (d.key === latest?.key ? latest : d));
    if (current.length === 0) return true;
    const checks = current.map((d) => ({ key: d.key, check: checkValues(d.values, options, refs) }));
    for (const { key, check } of checks) setRowIssues(key, check.ok ? [] : check.issues);
    const lines = checks.flatMap(({ check }) => (check.ok ? [check.line] : []));
    if (lines.length < current.length) return false;
    setSaving(true);
    const result: Outcome = await pasteLinesAction({ unitId, year, lines }).catch(() => UNREACHABLE);
    setSaving(false);
    if (!result.ok) {
      const at = /^lines\.(\d+)\.(\w+)$/.exec(result.field ?? '');
      const target = at ? current[Number(at[1])] : undefined;
      setRowIssues(target?.key ?? current[0]!.key, [{ field: gridField(at?.[2]), message: result.error }]);
      return false;
    }
    setDrafts([]);
    router.refresh();
    return true;
  };

  /** Rows pasted from a spreadsheet become drafts, each checked at once (nothing is saved yet). */
  const pasteText = (text: string): Draft[] => {
    const pasted = draftsFromPaste(text).map(({ draft }, i) => {
      const { unitCode: _unit, ...texts } = draft;
      return { key: `draft-${seq + i}`, values: { ...EMPTY_VALUES, ...texts, govEconOverride: '' } };
    });
    if (pasted.length === 0) return [];
    setSeq((n) => n + pasted.length);
    setDrafts((all) => [...all, ...pasted]);
    for (const d of pasted) {
      const check = checkValues(d.values, options, refs);
      setRowIssues(d.key, check.ok ? [] : check.issues);
    }
    return pasted;
  };

  const discardDrafts = () => {
    for (const d of drafts) setRowIssues(d.key, []);
    setDrafts([]);
  };

  const removeDraft = (key: string) => {
    setRowIssues(key, []);
    setDrafts((all) => all.filter((d) => d.key !== key));
  };

  return {
    drafts,
    issues,
    conflicts,
    saving,
    dirty: drafts.length > 0 || Object.keys(edits).length > 0,
    valuesOfLine,
    setValue,
    saveLine,
    deleteLine,
    reloadLine,
    saveDrafts,
    pasteText,
    discardDrafts,
    removeDraft,
  };
}
