/**
 * A year's code list against last year's: codes added, renamed (same code, other name) and removed.
 * Pure; the admin reference page shows it after 创建新年度 and the year's own changes.
 */
import type { CodeName } from '../types';

export interface CodeDiff {
  added: CodeName[];
  renamed: { code: string; before: string; after: string }[];
  removed: CodeName[];
}

export function diffCodes(previous: readonly CodeName[], current: readonly CodeName[]): CodeDiff {
  const before = new Map(previous.map((c) => [c.code, c.name]));
  const now = new Set(current.map((c) => c.code));
  const byCode = <T extends { code: string }>(list: T[]) => list.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    added: byCode(current.filter((c) => !before.has(c.code)).map(({ code, name }) => ({ code, name }))),
    renamed: byCode(
      current.flatMap((c) => {
        const old = before.get(c.code);
        return old !== undefined && old !== c.name ? [{ code: c.code, before: old, after: c.name }] : [];
      }),
    ),
    removed: byCode(previous.filter((c) => !now.has(c.code)).map(({ code, name }) => ({ code, name }))),
  };
}
