/**
 * The report cache: the rendered report per (department, year, 万元/元) and data version, in
 * front of THE pipeline (lib/services/report.ts: loadDepartmentReport, or on a miss of a year not
 * accepted its live branch — renderDepartmentReport's steps, with the load and derivation shared
 * per data version with the other unit and the findings cache, ./derivation-cache.ts — since the
 * version read says there is no snapshot to serve).
 *
 * Correctness first: every read asks PostgreSQL for the department's data version (one indexed
 * query) before anything else; the version is bumped by triggers in the same transaction as each
 * write to lines, projects, 绩效目标, 政府采购, 情况说明, 上年数, submissions, published snapshots,
 * units, the department and the reference data (migration …_inv_data_version). So a write
 * committed before a read began is always seen by that read, across any number of app instances.
 * Only live reports are cached: an 已批复 department-year is read from its published snapshot on
 * every read, its sha256 checked each time (a tampered snapshot must raise the alarm on the next
 * read, not after the cache forgets it). The key holds the amount unit (万元 and 元 are different reports).
 *
 * Bounded: at most MAX_ENTRIES reports (least recently used first out), one version per key. A
 * cached report of a benchmark department (≈ 700 lines) holds ≈ 0.5 MB of heap, ≈ 1.2 MB with its
 * JSON and HTML (lib/http/report-renderings.ts): 64 entries stay under ≈ 80 MB.
 * Concurrent misses of the same key and version share one derivation. Cached reports are
 * deep-frozen: every reader shares them, so nothing may change one.
 */
import type { RenderedReport } from '@/lib/budget/report-wire';
import type { Db } from '@/lib/db/client';
import { findDepartmentDataVersion } from '@/lib/db/data-version-repository';
import { loadDepartmentReport, renderDerivedReport, type ReportRequest } from './report';
import { deepFreeze, rememberRecent } from './cache-entries';
import { clearDerivationCache, derivationOf } from './derivation-cache';

export const MAX_ENTRIES = 64;

interface Entry {
  token: string;
  report: RenderedReport | null;
}

const entries = new Map<string, Entry>();
const pending = new Map<string, Promise<RenderedReport | null>>();
export const reportCacheStats = { hits: 0, misses: 0 };

function keyOf(request: ReportRequest): string {
  return `${request.departmentCode}\u0000${request.year}\u0000${request.unit}`;
}

/** loadDepartmentReport through the cache: the same answer (null for an unknown department or year), errors never cached. */
export async function loadDepartmentReportCached(db: Db, request: ReportRequest): Promise<RenderedReport | null> {
  const version = await findDepartmentDataVersion(db, request.departmentCode, request.year);
  // An 已批复 year is read from its snapshot, whose sha256 is checked on every read (docs/domain.md
  // §9.1): never from memory, where a tampered row would go unnoticed.
  if (!version || version.accepted) return loadDepartmentReport(db, request);
  const key = keyOf(request);
  const hit = entries.get(key);
  if (hit && hit.token === version.token) {
    reportCacheStats.hits++;
    rememberRecent(entries, key, hit, MAX_ENTRIES); // most recently used
    return hit.report;
  }
  reportCacheStats.misses++;
  const flight = `${key}\u0000${version.token}`;
  let load = pending.get(flight);
  if (!load) {
    // Not accepted (the version says so, read first): loadDepartmentReport would look for a
    // published snapshot, find none and render live; the lookup's round trip is skipped. Were the
    // year accepted since, its data is frozen as accepted, and acceptance bumps the version: the
    // next read serves the snapshot. The derivation is shared with the other unit and the findings
    // cache (derivation-cache.ts): the pipeline of renderDepartmentReport, derived once per version.
    load = derivationOf(db, request.departmentCode, request.year, version.token)
      .then((derived) => {
        const frozen = derived && deepFreeze(renderDerivedReport(derived, request.unit));
        // Were a slower derivation of an older version to land last, the next read would only miss.
        rememberRecent(entries, key, { token: version.token, report: frozen }, MAX_ENTRIES);
        return frozen;
      })
      .finally(() => pending.delete(flight));
    pending.set(flight, load);
  }
  return load;
}

/** Empties the cache and the derivations behind it, so the next read misses as after a write (tests, benchmarks). */
export function clearReportCache(): void {
  clearDerivationCache();
  entries.clear();
  pending.clear();
  reportCacheStats.hits = 0;
  reportCacheStats.misses = 0;
}
