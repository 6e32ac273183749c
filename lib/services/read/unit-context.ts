/**
 * What the unit pages (预算编制, 项目与绩效目标, 政府采购) start from: the year, the unit picked
 * within the guard's scope, its department, the department-year budget (lines, projects,
 * 采购, reference codes) and whether the caller may change the unit's data now.
 */
import 'server-only';
import { mayEditNow } from '@/lib/auth/edit-access';
import type { Guarded } from '@/lib/auth/guard';
import type { Action } from '@/lib/auth/permissions';
import type { DepartmentBudget } from '@/lib/budget/types';
import { loadDepartmentBudget } from '@/lib/db/budget-repository';
import { getPrisma } from '@/lib/db/client';
import { pick, scopeDepartments, scopeUnits, type ScopeDepartment, type ScopeUnit } from './reach';
import { readPeriod, type YearChoice } from './years';

export interface UnitContext {
  year: number;
  years: YearChoice[];
  units: ScopeUnit[];
  departments: ScopeDepartment[];
  unit: ScopeUnit;
  department: ScopeDepartment;
  budget: DepartmentBudget;
  /** null when the caller may change the unit's data now; otherwise why not, in Chinese. */
  readOnlyReason: string | null;
}

export type UnitContextResult = { ok: true; context: UnitContext } | { ok: false; message: string };

/** Why the caller may not take `edit` on the unit's data now (role, scope, closed year, 报送 state), or null. */
export function unitReadOnlyReason(g: Guarded, edit: Action, unit: ScopeUnit, department: ScopeDepartment, year: YearChoice): string | null {
  return mayEditNow(g, edit, { kind: 'unit', unit, year, unitStatus: unit.status, departmentStatus: department.status });
}

/** The unit (`?unit=`) and year (`?year=`) asked for, when the scope reaches them. */
export async function loadUnitContext(g: Guarded, requested: { year?: string; unit?: string }, edit: Action): Promise<UnitContextResult> {
  const { years, year } = await readPeriod(g, requested.year);
  const yearChoice = years.find((y) => y.year === year);
  if (year === null || !yearChoice) return { ok: false, message: '尚未设置预算年度，请联系系统管理员。' };
  const [units, departments] = await Promise.all([scopeUnits(g, year), scopeDepartments(g, year)]);
  if (units.length === 0) return { ok: false, message: '当前账户没有可查看的预算单位。' };
  const unit = pick(units, requested.unit);
  if (!unit) return { ok: false, message: '无权查看该单位，或该单位不存在。' };
  const department = departments.find((d) => d.id === unit.departmentId);
  if (!department) return { ok: false, message: '无权查看该单位所属部门。' };
  const budget = await loadDepartmentBudget(getPrisma(), department.code, year);
  if (!budget) return { ok: false, message: `未找到部门 ${department.code} 在${year}年度的数据。` };
  return {
    ok: true,
    context: { year, years, units, departments, unit, department, budget, readOnlyReason: unitReadOnlyReason(g, edit, unit, department, yearChoice) },
  };
}
