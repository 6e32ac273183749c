/**
 * The 全县部门概况 of the /county page: every department of the year with its 部门报送 state,
 * unit counts by state, totals and change from the 上年数 (lib/budget/county-overview.ts), read
 * in one round of queries for the whole county (lib/db/county-overview-repository.ts) and the
 * departments' cached line sums of this year and last (../department-sums.ts). Only a
 * scope reaching the whole county reads it.
 */
import 'server-only';
import type { Guarded } from '@/lib/auth/guard';
import { reachesCounty } from '@/lib/auth/scope';
import { countyOverview, type CountyOverview } from '@/lib/budget/county-overview';
import type { AmountUnit } from '@/lib/budget/types';
import { DEPARTMENT_STATUSES, type DepartmentStatus } from '@/lib/budget/workflow';
import { getPrisma } from '@/lib/db/client';
import { loadCountyOverview } from '@/lib/db/county-overview-repository';
import { forbidden, notFound } from '@/lib/errors';
import { loadDepartmentSums, sumsByKind } from '../department-sums';

export interface CountyOverviewQuery {
  year: number;
  unit: AmountUnit;
  /** The ?state= of the page; anything but a 部门报送 state means all. */
  state?: string | null;
}

export function departmentState(value: string | null | undefined): DepartmentStatus | null {
  return DEPARTMENT_STATUSES.find((s) => s === value) ?? null;
}

export async function readCountyOverview(g: Pick<Guarded, 'scope'>, query: CountyOverviewQuery): Promise<CountyOverview> {
  if (!reachesCounty(g.scope)) throw forbidden('当前账户无权查看全县部门概况');
  const years = [query.year, query.year - 1];
  const [input, sums] = await Promise.all([loadCountyOverview(getPrisma(), query.year), loadDepartmentSums(getPrisma(), years, null)]);
  if (!input) throw notFound(`未找到 ${query.year} 年度数据`);
  return countyOverview({ ...input, sums: sumsByKind(sums, years) }, query.unit, departmentState(query.state));
}
