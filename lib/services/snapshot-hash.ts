/**
 * The sha256 of a 公开快照: the content as canonical JSON (keys sorted at every level), so the
 * hash recomputed from the stored JSON matches whatever key order the database returns. Publishing
 * (lib/services/publish.ts) stores it; every read (lib/services/report.ts) checks it.
 */
import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function contentHash(canonical: string): string {
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
