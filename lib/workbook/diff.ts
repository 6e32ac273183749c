/**
 * What an import does to one unit's lines: the file's lines replace the unit's, and the
 * summary says how many were added, removed or changed and the total before → after (元).
 * Lines are matched on every field but the amount: equal amounts pair up as unchanged first,
 * the rest of a match pair up as changed (amount), the remainder are added or removed.
 */
import Decimal from 'decimal.js';

export interface ComparableLine {
  functionalCode: string;
  deptEconCode: string;
  govEconOverride: string | null;
  kind: string;
  projectName: string | null;
  fundingSource: string;
  carryover: boolean;
  note: string | null;
  amountYuan: string;
}

export interface LinesDiff {
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
  totalBefore: string;
  totalAfter: string;
}

const signature = (l: ComparableLine) =>
  [l.functionalCode, l.deptEconCode, l.govEconOverride ?? '', l.kind, l.projectName ?? '', l.fundingSource, l.carryover ? '1' : '0', l.note ?? ''].join('\u0000');

const total = (lines: readonly ComparableLine[]) => lines.reduce((sum, l) => sum.plus(l.amountYuan), new Decimal(0)).toFixed(2);

function amountsBySignature(lines: readonly ComparableLine[]): Map<string, Decimal[]> {
  const map = new Map<string, Decimal[]>();
  for (const l of lines) {
    const key = signature(l);
    const list = map.get(key) ?? [];
    list.push(new Decimal(l.amountYuan));
    map.set(key, list);
  }
  return map;
}

export function diffLines(before: readonly ComparableLine[], after: readonly ComparableLine[]): LinesDiff {
  const old = amountsBySignature(before);
  let unchanged = 0;
  let changed = 0;
  let added = 0;
  for (const [key, amounts] of amountsBySignature(after)) {
    const remaining = old.get(key) ?? [];
    const unmatched: Decimal[] = [];
    for (const amount of amounts) {
      const at = remaining.findIndex((r) => r.equals(amount));
      if (at >= 0) {
        remaining.splice(at, 1);
        unchanged++;
      } else unmatched.push(amount);
    }
    const paired = Math.min(unmatched.length, remaining.length);
    changed += paired;
    added += unmatched.length - paired;
    remaining.splice(0, paired);
    old.set(key, remaining);
  }
  const removed = [...old.values()].reduce((n, list) => n + list.length, 0);
  return { added, removed, changed, unchanged, totalBefore: total(before), totalAfter: total(after) };
}

export const isUnchanged = (d: LinesDiff) => d.added === 0 && d.removed === 0 && d.changed === 0;
