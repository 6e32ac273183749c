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
import { Dec } from '@/lib/budget/money';
import { getPrisma } from '@/lib/db/client';
import { departmentLineSums } from '@/lib/db/county-overview-repository';
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

export interface DepartmentTotals {
  current: string;
  carryover: string;
  total: string;
}

/** null when no fiscal year is set up yet. */
export async function readOverview(g: Guarded, requestedYear: string | undefined): Promise<Overview | null> {
  const { years, year } = await readPeriod(g, requestedYear);
  if (year === null) return null;
  const county = reachesCounty(g.scope);
  const [departments, units, sums] = await Promise.all([scopeDepartments(g, year), county ? [] : scopeUnits(g, year), departmentLineSums(getPrisma(), year, departmentFilter(g.scope))]);
  const budgets = new Map(county ? [] : await Promise.all(departments.map(async (d) => [d.id, await loadDepartmentBudget(getPrisma(), d.code, year)] as const)));
  const departmentTotals = totalsByDepartment(departments.map((d) => d.id), sums);
  return { year, years, departments, units, budgets, departmentTotals };
}

/** 本年 / 上年结转 / 合计 per department from departmentLineSums' rows (exact 元; a department without lines is 0.00). */
export function totalsByDepartment(
  departmentIds: readonly string[],
  sums: readonly { departmentId: string; carryover: boolean; amountYuan: string }[],
): Map<string, DepartmentTotals> {
  return new Map(
    departmentIds.map((id) => {
      const of = (carryover: boolean) => sums.filter((s) => s.departmentId === id && s.carryover === carryover).reduce((sum, s) => sum.plus(s.amountYuan), new Dec(0));
      const current = of(false);
      const carryover = of(true);
      return [id, { current: current.toFixed(2), carryover: carryover.toFixed(2), total: current.plus(carryover).toFixed(2) }] as const;
    }),
  );
}

/** Every reached department's totals of the year, from one grouped query (the finance bureau's lists). */
export async function readDepartmentTotals(g: Guarded, year: number, departmentIds: readonly string[]): Promise<Map<string, DepartmentTotals>> {
  return totalsByDepartment(departmentIds, await departmentLineSums(getPrisma(), year, departmentFilter(g.scope)));
}
