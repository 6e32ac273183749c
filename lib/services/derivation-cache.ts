/**
 * One derivation (load → derive, lib/services/report.ts deriveDepartmentReport) per department-year and data version,
 * shared by the readers that miss their own cache after a write: the report cache (both units,
 * report-cache.ts) and the findings cache (findings-cache.ts, whose 审核 rules read the same
 * derived report and budget context). Before, each of them loaded and derived the department again
 * (docs/benchmarks.md, "Report cache miss", fourth round).
 *
 * The caller reads the department's data version first (findDepartmentDataVersion, outside any
 * transaction) and passes its token: the budget loaded after it is at least as new, as in the
 * caches in front of this one; a write bumps the token, so the next reader derives again. Concurrent
 * readers of one key and token share one load. Bounded: MAX_ENTRIES department-years (least
 * recently used out; a derivation of the largest benchmark department holds ≈ 1.5 MB). Nobody may
 * change what this returns (it is shared): the renderers and the rules only read it. Errors and
 * unknown department-years are not remembered.
 */
import type { DerivedReport } from '@/lib/budget/report';
import type { DepartmentBudget } from '@/lib/budget/types';
import type { Db } from '@/lib/db/client';
import { rememberRecent } from './cache-entries';
import { deriveDepartmentReport } from './report';

export const MAX_ENTRIES = 8;

export interface Derivation {
  budget: DepartmentBudget;
  report: DerivedReport;
}

interface Entry {
  token: string;
  derivation: Promise<Derivation | null>;
}

const entries = new Map<string, Entry>();
export const derivationCacheStats = { hits: 0, misses: 0 };

/** The budget and derived report of a department-year at data version `token`; null when unknown. */
export function derivationOf(db: Db, departmentCode: string, year: number, token: string): Promise<Derivation | null> {
  const key = `${departmentCode}\u0000${year}`;
  const hit = entries.get(key);
  if (hit && hit.token === token) {
    derivationCacheStats.hits++;
    rememberRecent(entries, key, hit, MAX_ENTRIES);
    return hit.derivation;
  }
  derivationCacheStats.misses++;
  const derivation = deriveDepartmentReport(db, departmentCode, year);
  const entry = { token, derivation };
  // Set when started (not when done): a slower derivation of an older version never replaces a newer one.
  rememberRecent(entries, key, entry, MAX_ENTRIES);
  const forget = () => {
    if (entries.get(key) === entry) entries.delete(key);
  };
  derivation.then((d) => d ?? forget(), forget);
  return derivation;
}

/** Empties the cache (tests). */
export function clearDerivationCache(): void {
  entries.clear();
  derivationCacheStats.hits = 0;
  derivationCacheStats.misses = 0;
}
