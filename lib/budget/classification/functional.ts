/**
 * 功能分类 (政府收支分类科目): 类 / 款 / 项 by 3 / 5 / 7-digit codes.
 * A parent's code is a prefix of its children's, so sorting codes as strings
 * gives the printed order (each 类, then its 款 each followed by its 项).
 */
import type { CodeName, ReferenceData } from '../types';

export type FunctionalLevel = '类' | '款' | '项';

const LEVEL_BY_LENGTH: Record<number, FunctionalLevel> = { 3: '类', 5: '款', 7: '项' };
const LENGTHS = [3, 5, 7] as const;

export function functionalLevel(code: string): FunctionalLevel | null {
  if (!/^\d+$/.test(code)) return null;
  return LEVEL_BY_LENGTH[code.length] ?? null;
}

/** The 类 and 款 above a code, then the code itself: "2010306" → ["201", "20103", "2010306"]. */
export function functionalPath(code: string): string[] {
  const level = functionalLevel(code);
  if (level === null) return [];
  return LENGTHS.filter((length) => length <= code.length).map((length) => code.slice(0, length));
}

export function functionalParent(code: string): string | null {
  const path = functionalPath(code);
  return path.length >= 2 ? (path[path.length - 2] ?? null) : null;
}

/** The 类 of a 功能 code ("2010306" → "201"). */
export function functionalClassOf(code: string): string {
  return code.slice(0, 3);
}

/** All 类 of the year's reference data, by code: the 30 rows of 表1 and 表4. */
export function functionalClasses(reference: ReferenceData): CodeName[] {
  return reference.functional
    .filter((entry) => functionalLevel(entry.code) === '类')
    .slice()
    .sort((a, b) => compareCodes(a.code, b.code));
}

export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** code → name lookup for any list of CodeName. */
export function nameIndex(entries: readonly CodeName[]): Map<string, string> {
  return new Map(entries.map((entry) => [entry.code, entry.name]));
}
