/**
 * What the 首页 shows: the year, the departments the guard's scope reaches with their totals,
 * and the units with their department-year budgets (for callers tied to a department; the
 * finance bureau sees departments only: their totals come from one grouped query, never one
 * budget load per department — the county has ~150).
 */
import 'server-only';
import type { Guarded } from '@/lib/auth/guard';
import { departmentFilter, reachesCounty } from '@/lib/auth/scope';
import type { DepartmentBudget } from '@/lib/budget/types';
import { loadDepartmentBudget } from '@/lib/db/budget-repository';
import { getPrisma } from '@/lib/db/client';
import { departmentTotals as totalsOf, loadDepartmentSums, type DepartmentTotals } from '../department-sums';
import { scopeDepartments, scopeUnits, type ScopeDepartment, type ScopeUnit } from './reach';
import { readPeriod, type YearChoice } from './years';

export interface Overview {
  year: number;
  years: YearChoice[];
  departments: ScopeDepartment[];
  units: ScopeUnit[];
  /** Department id → its budget of the year (null when the department has no data); none for the county scope. */
  budgets: ReadonlyMap<string, DepartmentBudget | null>;
  /** Department id → its 本年 / 上年结转 / 合计 in 元 (exact sums, 2 decimals); every reached department. */
  departmentTotals: ReadonlyMap<string, DepartmentTotals>;
}

export type { DepartmentTotals };

/** null when no fiscal year is set up yet. */
export async function readOverview(g: Guarded, requestedYear: string | undefined): Promise<Overview | null> {
  const { years, year } = await readPeriod(g, requestedYear);
  if (year === null) return null;
  const county = reachesCounty(g.scope);
  const [departments, units, sums] = await Promise.all([scopeDepartments(g, year), county ? [] : scopeUnits(g, year), loadDepartmentSums(getPrisma(), [year], departmentFilter(g.scope))]);
  const budgets = new Map(county ? [] : await Promise.all(departments.map(async (d) => [d.id, await loadDepartmentBudget(getPrisma(), d.code, year)] as const)));
  const departmentTotals = totalsOf(sums, year, departments.map((d) => d.id));
  return { year, years, departments, units, budgets, departmentTotals };
}

/** Every reached department's totals of the year, from one grouped query (the finance bureau's lists). */
export async function readDepartmentTotals(g: Guarded, year: number, departmentIds: readonly string[]): Promise<Map<string, DepartmentTotals>> {
  return totalsOf(await loadDepartmentSums(getPrisma(), [year], departmentFilter(g.scope)), year, departmentIds);
}
