/**
 * 全县汇总 read: the finance bureau's county-wide 表1–3 by 功能 类, loaded per 功能 类
 * (loadCountySummaries), consolidated and rendered (lib/budget/county-report.ts). The caller has
 * passed the guard on `consolidated.read`; the scope must still reach the whole county.
 */
import type { Guarded } from '@/lib/auth/guard';
import { reachesCounty } from '@/lib/auth/scope';
import { renderCounty, type CountyReport } from '@/lib/budget/county-report';
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

/** The county-wide 表1–3 of a year, for a reader whose scope is the whole county. */
export async function readCounty(g: Guarded, query: CountyQuery): Promise<CountyReport> {
  if (!reachesCounty(g.scope)) throw forbidden('当前账户无权查看全县汇总表');
  const county = await loadCountyConsolidationCached(getPrisma(), query.year);
  if (!county) throw notFound(`未找到 ${query.year} 年度数据`);
  return renderCounty(county, query.year, query.unit);
}

/** GET /api/county: the county report with the format it was asked in (the route writes the xlsx). */
export const readCountyReport = defineOperation({
  name: 'county.read',
  permission: 'consolidated.read',
  input: countyQuerySchema,
  kind: 'read',
  run: async (g, { year, unit, format }) => ({ report: await readCounty(g, { year, unit }), format }),
});
