/**
 * What the 审核报送 page shows: the 报送 status of the departments the guard's scope reaches
 * and, for a caller who approves units (部门领导), those of its units, with every department's
 * totals (one grouped query) and the budgets only where the page needs the lines: the leader's
 * department (unit totals, 审核问题汇总) and, for the finance bureau, the departments 已报送财政
 * awaiting its decision (their 审核问题汇总) — never one budget load per department of the county.
 */
import 'server-only';
import type { Guarded } from '@/lib/auth/guard';
import { can } from '@/lib/auth/permissions';
import { departmentFilter } from '@/lib/auth/scope';
import type { DepartmentBudget } from '@/lib/budget/types';
import { loadDepartmentBudget } from '@/lib/db/budget-repository';
import { getPrisma } from '@/lib/db/client';
import { departmentTotals, loadDepartmentSums, type DepartmentTotals } from '../department-sums';
import { listDepartmentStatuses, type DepartmentStatusRow, type UnitStatusRow } from '@/lib/db/workflow-repository';

export type { DepartmentStatusRow, UnitStatusRow };
import { reachedUnitRows } from './reach';
import { readPeriod, type YearChoice } from './years';

export interface ApprovalOverview {
  year: number;
  years: YearChoice[];
  departments: DepartmentStatusRow[];
  /** Empty unless the caller approves units. */
  units: UnitStatusRow[];
  /** Department id → 本年 / 上年结转 / 合计 in 元, every listed department. */
  departmentTotals: ReadonlyMap<string, DepartmentTotals>;
  /** Department id → its budget of the year (null without data), only for the departments whose lines the page shows (above). */
  budgets: ReadonlyMap<string, DepartmentBudget | null>;
}

/** null when no fiscal year exists. */
export async function readApprovalOverview(g: Guarded, requestedYear: string | undefined): Promise<ApprovalOverview | null> {
  const { years, year } = await readPeriod(g, requestedYear);
  if (year === null) return null;
  const approvesUnits = can(g.actor.role, 'unit.approve');
  const [departments, units, sums] = await Promise.all([
    listDepartmentStatuses(departmentFilter(g.scope), year),
    approvesUnits ? reachedUnitRows(g, year) : Promise.resolve([]),
    loadDepartmentSums(getPrisma(), [year], departmentFilter(g.scope)),
  ]);
  const withLines = departments.filter((d) => approvesUnits || d.status === 'SUBMITTED');
  const budgets = new Map(await Promise.all(withLines.map(async (d) => [d.departmentId, await loadDepartmentBudget(getPrisma(), d.code, year)] as const)));
  return { year, years, departments, units, departmentTotals: departmentTotals(sums, year, departments.map((d) => d.departmentId)), budgets };
}
