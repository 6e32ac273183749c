/**
 * What the 绩效目标申报表 pages start from: the project, only when its unit is in the caller's
 * scope, with its department-year budget and whether the caller may change it now.
 */
import type { Guarded } from '@/lib/auth/guard';
import type { DepartmentBudget } from '@/lib/budget/types';
import { loadDepartmentBudget } from '@/lib/db/budget-repository';
import { getPrisma } from '@/lib/db/client';
import { findProject, type ProjectRecord } from '@/lib/db/lines-repository';
import { yearChoices } from '../../_data/period';
import { scopeDepartments, scopeUnits, type ScopeDepartment, type ScopeUnit } from '../../_data/scope';
import { readOnlyReason } from '../../_data/unit-context';

export interface ProjectContext {
  project: ProjectRecord;
  unit: ScopeUnit;
  department: ScopeDepartment;
  budget: DepartmentBudget;
  /** null when the caller may change the project's 绩效目标 now. */
  readOnlyReason: string | null;
}

export async function loadProjectContext(g: Guarded, projectId: string): Promise<ProjectContext | null> {
  const project = await findProject(getPrisma(), projectId);
  if (!project) return null;
  const [units, departments, years] = await Promise.all([scopeUnits(g.scope, project.year), scopeDepartments(g.scope, project.year), yearChoices()]);
  const unit = units.find((u) => u.id === project.unitId);
  const department = departments.find((d) => d.id === unit?.departmentId);
  if (!unit || !department) return null;
  const budget = await loadDepartmentBudget(getPrisma(), department.code, project.year);
  if (!budget) return null;
  const year = years.find((y) => y.year === project.year) ?? { year: project.year, closed: false };
  return { project, unit, department, budget, readOnlyReason: readOnlyReason(g, 'project.edit', unit, department, year) };
}
