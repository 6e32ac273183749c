/**
 * The findings cache: a department-year's 审核 findings (the rule catalogue over the whole
 * department, lib/budget/rules) per data version, in front of departmentFindings for READS only
 * (the lines page and GET /api/checks). The gates of 提交 / 报送财政 (lib/services/checks.ts) still
 * evaluate inside their transaction: a version bumped by an uncommitted write may be rolled back
 * and reused, so nothing read in a transaction is remembered here.
 *
 * The key is (department, year); an entry holds the token it was computed under:
 * - the department's data version (lib/db/data-version-repository.ts, bumped by triggers in the same
 *   transaction as every write to the department's lines, projects, units, 上年数 … and the
 *   reference data) — read first, so the data read after it is at least as new;
 * - the year's rule settings themselves (their rows, each with its version and updatedAt, as read
 *   for this request): a rule change is seen by the next read with no trigger to forget.
 * Acknowledgements are not findings: listFindings reads them on every request.
 *
 * Bounded: MAX_ENTRIES department-years (least recently used out). Concurrent misses of one key and
 * token share one evaluation. Cached lists are frozen (every reader shares them).
 */
import type { Finding } from '@/lib/budget/rules';
import { listRuleSettings } from '@/lib/db/checks-repository';
import type { Db } from '@/lib/db/client';
import { findDepartmentDataVersion } from '@/lib/db/data-version-repository';
import { budgetFindings, departmentFindings } from './checks';
import { rememberRecent } from './cache-entries';
import { clearDerivationCache, derivationOf } from './derivation-cache';

export const MAX_ENTRIES = 64;

interface Entry {
  token: string;
  findings: readonly Finding[];
}

const entries = new Map<string, Entry>();
const pending = new Map<string, Promise<readonly Finding[] | null>>();
export const findingsCacheStats = { hits: 0, misses: 0 };

/** Empties the cache and the derivations behind it, so the next read misses as after a write (tests). */
export function clearFindingsCache(): void {
  clearDerivationCache();
  entries.clear();
  pending.clear();
  findingsCacheStats.hits = 0;
  findingsCacheStats.misses = 0;
}

const freeze = (findings: Finding[]): readonly Finding[] => Object.freeze(findings.map((f) => Object.freeze(f)));

/** departmentFindings through the cache (not inside a transaction): the same findings, null for an unknown department or year (never cached). */
export async function departmentFindingsCached(db: Db, departmentCode: string, year: number): Promise<readonly Finding[] | null> {
  const version = await findDepartmentDataVersion(db, departmentCode, year);
  if (!version) return departmentFindings(db, departmentCode, year);
  const settings = await listRuleSettings(db, year);
  const token = `${version.token}\u0000${JSON.stringify(settings)}`;
  const key = `${departmentCode}\u0000${year}`;
  const hit = entries.get(key);
  if (hit && hit.token === token) {
    findingsCacheStats.hits++;
    rememberRecent(entries, key, hit, MAX_ENTRIES);
    return hit.findings;
  }
  findingsCacheStats.misses++;
  const flight = `${key}\u0000${token}`;
  let load = pending.get(flight);
  if (!load) {
    load = (async () => {
      // The budget and its derived report as the report cache shares them (derivation-cache.ts): the
      // rules read that report instead of deriving the department again.
      const derived = await derivationOf(db, departmentCode, year, version.token);
      if (!derived) return null;
      const findings = freeze(await budgetFindings(db, derived.budget, settings, derived.report));
      rememberRecent(entries, key, { token, findings }, MAX_ENTRIES);
      return findings;
    })().finally(() => pending.delete(flight));
    pending.set(flight, load);
  }
  return load;
}
