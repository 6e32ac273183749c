/**
 * Each department-year's lines summed per 功能 款 × kind × source × 结转 (departmentClassSums),
 * cached per department and its data version (DataVersion, bumped by triggers in the same
 * transaction as every write to the department's lines). Every county-wide view is made of these
 * sums: the 全县汇总 (county-cache.ts), the 全县部门概况 and the departments' 本年/结转 totals of
 * the 首页 and 审核报送 pages. At the deadline accountants save lines all the time, which moves the
 * county's version on every save; summing the whole county again for each view (10⁵ lines) was the
 * cost of the reviewers' pages. Now a view re-sums only the departments written since it was last
 * summed, in one query, and takes the others from memory.
 *
 * Correctness: the versions are read BEFORE the sums (READ COMMITTED), so sums kept under a version
 * are at least as new as that version; a later write moves the version and the next read re-sums.
 * Entries are frozen and shared; one per department-year (a newer version replaces the older).
 */
import type { SummaryLine } from '@/lib/budget/consolidation';
import type { LineSumRow } from '@/lib/budget/county-overview';
import type Decimal from 'decimal.js';
import { ZERO } from '@/lib/budget/money';
import type { PrismaClient } from '@/lib/db/client';
import { departmentClassSums } from '@/lib/db/consolidation-repository';
import { findDepartmentVersions } from '@/lib/db/data-version-repository';

interface Entry {
  version: bigint;
  lines: readonly SummaryLine[];
}

const entries = new Map<string, Entry>();
/** Loads in flight, per department-year and version: concurrent views share one query. */
const pending = new Map<string, Promise<readonly SummaryLine[]>>();

const keyOf = (year: number, departmentId: string) => `${year}:${departmentId}`;

/** Department-year sums: `get(year, departmentId)` ([] for a department without lines that year). */
export interface DepartmentSums {
  get(year: number, departmentId: string): readonly SummaryLine[];
  /** The departments read (every department for null, else those of the ids that exist). */
  departmentIds: readonly string[];
}

function freeze(lines: SummaryLine[]): readonly SummaryLine[] {
  for (const line of lines) Object.freeze(line);
  return Object.freeze(lines);
}

/**
 * The sums of `years` for the departments given (null: every department), each from the cache when
 * its department has not been written since, the rest in one query.
 */
export async function loadDepartmentSums(db: PrismaClient, years: readonly number[], departmentIds: readonly string[] | null): Promise<DepartmentSums> {
  const versions = await findDepartmentVersions(db, departmentIds);
  const found = new Map<string, readonly SummaryLine[] | Promise<readonly SummaryLine[]>>();
  const stale: { key: string; flight: string; year: number; departmentId: string; version: bigint }[] = [];
  for (const [departmentId, version] of versions) {
    for (const year of years) {
      const key = keyOf(year, departmentId);
      const entry = entries.get(key);
      if (entry && entry.version === version) {
        found.set(key, entry.lines);
        continue;
      }
      const flight = `${key}:${version}`;
      const inFlight = pending.get(flight);
      if (inFlight) found.set(key, inFlight);
      else stale.push({ key, flight, year, departmentId, version });
    }
  }
  if (stale.length > 0) {
    const staleYears = [...new Set(stale.map((s) => s.year))];
    const staleDepartments = [...new Set(stale.map((s) => s.departmentId))];
    // Summing every department is one scan; naming 150 ids gains nothing when most are stale.
    const all = departmentIds === null && staleDepartments.length === versions.size;
    const load = departmentClassSums(db, staleYears, all ? null : staleDepartments).then(
      (sums) => new Map(sums.map((entry) => [keyOf(entry.year, entry.departmentId), entry.lines])),
    );
    for (const { key, flight, version } of stale) {
      const lines = load
        .then((grouped) => {
          const lines = freeze(grouped.get(key) ?? []);
          const current = entries.get(key);
          if (!current || current.version <= version) entries.set(key, { version, lines });
          return lines;
        })
        .finally(() => pending.delete(flight));
      pending.set(flight, lines);
      found.set(key, lines);
    }
  }
  const resolved = new Map<string, readonly SummaryLine[]>();
  await Promise.all([...found].map(async ([key, lines]) => resolved.set(key, await lines)));
  return {
    get: (year, departmentId) => resolved.get(keyOf(year, departmentId)) ?? [],
    departmentIds: [...versions.keys()],
  };
}

/** A department's 本年 / 上年结转 / 合计 in 元 (exact sums, 2 decimals). */
export interface DepartmentTotals {
  current: string;
  carryover: string;
  total: string;
}

type KindKey = `${SummaryLine['kind']}|${0 | 1}`;

/** A department-year's lines summed per kind × 结转, once per (shared, frozen) lines array. */
const byKindOf = new WeakMap<readonly SummaryLine[], ReadonlyMap<KindKey, Decimal>>();

function kindSums(lines: readonly SummaryLine[]): ReadonlyMap<KindKey, Decimal> {
  let sums = byKindOf.get(lines);
  if (!sums) {
    const made = new Map<KindKey, Decimal>();
    for (const line of lines) {
      const key: KindKey = `${line.kind}|${line.carryover ? 1 : 0}`;
      made.set(key, (made.get(key) ?? ZERO).plus(line.amountYuan));
    }
    byKindOf.set(lines, (sums = made));
  }
  return sums;
}

/** 本年 / 上年结转 / 合计 of `year` per department named (a department without lines is 0.00). */
export function departmentTotals(sums: DepartmentSums, year: number, departmentIds: readonly string[]): Map<string, DepartmentTotals> {
  return new Map(
    departmentIds.map((id) => {
      let current = ZERO;
      let carryover = ZERO;
      for (const [key, amount] of kindSums(sums.get(year, id))) {
        if (key.endsWith('|1')) carryover = carryover.plus(amount);
        else current = current.plus(amount);
      }
      return [id, { current: current.toFixed(2), carryover: carryover.toFixed(2), total: current.plus(carryover).toFixed(2) }] as const;
    }),
  );
}

/** The sums per department × year × kind × 结转 (the 全县部门概况's rows) for `years`. */
export function sumsByKind(sums: DepartmentSums, years: readonly number[]): LineSumRow[] {
  const rows: LineSumRow[] = [];
  for (const departmentId of sums.departmentIds) {
    for (const year of years) {
      for (const [key, amountYuan] of kindSums(sums.get(year, departmentId))) {
        const [kind, carryover] = key.split('|') as [SummaryLine['kind'], string];
        rows.push({ departmentId, year, kind, carryover: carryover === '1', amountYuan });
      }
    }
  }
  return rows;
}

/** Empties the cache (tests). */
export function clearDepartmentSums(): void {
  entries.clear();
  pending.clear();
}
