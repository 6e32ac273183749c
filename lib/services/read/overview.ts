/**
 * What the 首页 shows: the year, the departments the guard's scope reaches with their
 * department-year budgets, and the units (for callers tied to a department; the finance
 * bureau sees departments only).
 */
import 'server-only';
import type { Guarded } from '@/lib/auth/guard';
import { reachesCounty } from '@/lib/auth/scope';
import type { DepartmentBudget } from '@/lib/budget/types';
import { loadDepartmentBudget } from '@/lib/db/budget-repository';
import { getPrisma } from '@/lib/db/client';
import { scopeDepartments, scopeUnits, type ScopeDepartment, type ScopeUnit } from './reach';
import { readPeriod, type YearChoice } from './years';

export interface Overview {
  year: number;
  years: YearChoice[];
  departments: ScopeDepartment[];
  units: ScopeUnit[];
  /** Department id → its budget of the year (null when the department has no data). */
  budgets: ReadonlyMap<string, DepartmentBudget | null>;
}

/** null when no fiscal year is set up yet. */
export async function readOverview(g: Guarded, requestedYear: string | undefined): Promise<Overview | null> {
  const { years, year } = await readPeriod(g, requestedYear);
  if (year === null) return null;
  const [departments, units] = await Promise.all([scopeDepartments(g, year), reachesCounty(g.scope) ? [] : scopeUnits(g, year)]);
  const budgets = new Map(await Promise.all(departments.map(async (d) => [d.id, await loadDepartmentBudget(getPrisma(), d.code, year)] as const)));
  return { year, years, departments, units, budgets };
}
