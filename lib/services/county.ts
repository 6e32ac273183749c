/**
 * 全县汇总 read: the finance bureau's county-wide 表1–3 by 功能 类, loaded per 功能 类
 * (loadCountySummaries), consolidated and rendered (lib/budget/county-report.ts). The caller has
 * passed the guard on `consolidated.read`; the scope must still reach the whole county.
 */
import type { Guarded } from '@/lib/auth/guard';
import { reachesCounty } from '@/lib/auth/scope';
import { renderCounty, type CountyReport } from '@/lib/budget/county-report';
import type { CountyConsolidation } from '@/lib/budget/consolidation';
import type { AmountUnit } from '@/lib/budget/types';
import { getPrisma } from '@/lib/db/client';
import { forbidden, notFound } from '@/lib/errors';
import { countyQuerySchema } from '@/lib/schemas/county';
import { loadCountyConsolidationCached } from './county-cache';
import { defineOperation } from './operation';

export interface CountyQuery {
  year: number;
  unit: AmountUnit;
}

/**
 * Rendered reports per cached consolidation (frozen, shared until the next write) and unit: readers
 * between two writes share one rendering, and the page its markup (components/county/CountyTables.tsx).
 */
const rendered = new WeakMap<CountyConsolidation, Map<string, CountyReport>>();

function renderOnce(county: CountyConsolidation, year: number, unit: AmountUnit): CountyReport {
  let byUnit = rendered.get(county);
  if (!byUnit) rendered.set(county, (byUnit = new Map()));
  const key = `${year}:${unit}`;
  let report = byUnit.get(key);
  if (!report) byUnit.set(key, (report = renderCounty(county, year, unit)));
  return report;
}

/** The county-wide 表1–3 of a year, for a reader whose scope is the whole county. */
export async function readCounty(g: Guarded, query: CountyQuery): Promise<CountyReport> {
  if (!reachesCounty(g.scope)) throw forbidden('当前账户无权查看全县汇总表');
  const county = await loadCountyConsolidationCached(getPrisma(), query.year);
  if (!county) throw notFound(`未找到 ${query.year} 年度数据`);
  return renderOnce(county, query.year, query.unit);
}

/** GET /api/county: the county report with the format it was asked in (the route writes the xlsx). */
export const readCountyReport = defineOperation({
  name: 'county.read',
  permission: 'consolidated.read',
  input: countyQuerySchema,
  kind: 'read',
  run: async (g, { year, unit, format }) => ({ report: await readCounty(g, { year, unit }), format }),
});
