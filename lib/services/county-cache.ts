/**
 * The 全县汇总 consolidation (the departments' sums of department-sums.ts + consolidateSummaries)
 * cached per year and county data version: the sum and count of every DataVersion counter, read before the data
 * (lib/db/data-version-repository.ts findCountyDataVersion). Any committed write to any
 * department, or to the reference data, changes it, so the next read recomputes; reviewers
 * opening the county page between writes share one consolidation. One entry per year, frozen.
 */
import { consolidateSummaries, type CountyConsolidation } from '@/lib/budget/consolidation';
import type { PrismaClient } from '@/lib/db/client';
import { loadCountyFrame } from '@/lib/db/consolidation-repository';
import { findCountyDataVersion } from '@/lib/db/data-version-repository';
import { clearDepartmentSums, loadDepartmentSums } from './department-sums';
import { deepFreeze } from './cache-entries';

/** Every department's summary of `year` (code order); [] when the year is unknown. */
async function loadSummaries(db: PrismaClient, year: number) {
  const [frame, sums] = await Promise.all([loadCountyFrame(db, year), loadDepartmentSums(db, [year], null)]);
  if (!frame) return [];
  return frame.departments.map((d) => ({ department: { code: d.code }, year, reference: frame.reference, lines: sums.get(year, d.id) }));
}

const entries = new Map<number, { token: string; county: CountyConsolidation | null }>();
const pending = new Map<string, Promise<CountyConsolidation | null>>();

/** The county's consolidation of `year`, or null when the year has no departments' data. */
export async function loadCountyConsolidationCached(db: PrismaClient, year: number): Promise<CountyConsolidation | null> {
  const token = await findCountyDataVersion(db);
  const hit = entries.get(year);
  if (hit && hit.token === token) return hit.county;
  const flight = `${year}\u0000${token}`;
  let load = pending.get(flight);
  if (!load) {
    load = loadSummaries(db, year)
      .then((summaries) => {
        const county = summaries.length === 0 ? null : deepFreeze(consolidateSummaries(summaries));
        entries.set(year, { token, county });
        return county;
      })
      .finally(() => pending.delete(flight));
    pending.set(flight, load);
  }
  return load;
}

/** Empties the cache (tests). */
export function clearCountyCache(): void {
  entries.clear();
  pending.clear();
  clearDepartmentSums();
}
