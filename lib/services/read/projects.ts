/**
 * Projects and their 绩效目标申报表, read only when the guard's scope reaches the project's unit:
 * the `?edit=<id>` project form, and what the 绩效目标 pages start from.
 */
import 'server-only';
import type { z } from 'zod';
import type { Guarded } from '@/lib/auth/guard';
import { reachesUnit } from '@/lib/auth/scope';
import type { DepartmentBudget } from '@/lib/budget/types';
import { loadDepartmentBudget } from '@/lib/db/budget-repository';
import { getPrisma } from '@/lib/db/client';
import { findPerformanceForm, findProject, type PerformanceFormData, type ProjectRecord } from '@/lib/db/lines-repository';
import { listUnitProjects, projectContents, type ProjectContents } from '@/lib/db/projects-repository';
import { findUnit } from '@/lib/db/workflow-repository';
import type { createProjectSchema } from '@/lib/schemas/project';
import { scopeDepartments, scopeUnits, type Reader, type ScopeDepartment, type ScopeUnit } from './reach';
import { unitReadOnlyReason } from './unit-context';
import { yearChoices } from './years';

/** A project as the edit form takes it. */
export interface EditableProject {
  id: string;
  version: number;
  name: string;
  attribute: z.input<typeof createProjectSchema>['attribute'];
  periodYears: number;
  sortOrder: number;
}

export type ProjectEdit = { kind: 'none' } | { kind: 'new' } | { kind: 'project'; project: EditableProject } | { kind: 'missing' };

/** The project, or null when it does not exist or its unit is out of the scope's reach. */
export async function readProject({ scope }: Reader, id: string): Promise<ProjectRecord | null> {
  const project = await findProject(getPrisma(), id);
  const unit = project && (await findUnit(getPrisma(), project.unitId));
  return unit && reachesUnit(scope, unit) ? project : null;
}

/** What `?edit=` asks for on the projects page of `unitId` / `year`. */
export async function projectToEdit(g: Reader, edit: string | undefined, unitId: string, year: number): Promise<ProjectEdit> {
  if (!edit) return { kind: 'none' };
  if (edit === 'new') return { kind: 'new' };
  const project = await readProject(g, edit);
  if (!project || project.unitId !== unitId || project.year !== year) return { kind: 'missing' };
  const { id, version, name, attribute, periodYears, sortOrder } = project;
  return { kind: 'project', project: { id, version, name, attribute, periodYears, sortOrder } };
}

/** The stored 绩效目标申报表 of a reachable project with its version; null when none is stored or out of reach. */
export async function readPerformanceForm(g: Reader, projectId: string): Promise<{ version: number; data: PerformanceFormData } | null> {
  const project = await readProject(g, projectId);
  return project && findPerformanceForm(getPrisma(), project.id);
}

export interface ProjectContext {
  project: ProjectRecord;
  unit: ScopeUnit;
  department: ScopeDepartment;
  budget: DepartmentBudget;
  /** null when the caller may change the project's 绩效目标 now. */
  readOnlyReason: string | null;
}

/** The project with its unit, department and department-year budget; null when missing or out of reach. */
export async function loadProjectContext(g: Guarded, projectId: string): Promise<ProjectContext | null> {
  const project = await findProject(getPrisma(), projectId);
  if (!project) return null;
  const [units, departments, years] = await Promise.all([scopeUnits(g, project.year), scopeDepartments(g, project.year), yearChoices()]);
  const unit = units.find((u) => u.id === project.unitId);
  const department = departments.find((d) => d.id === unit?.departmentId);
  if (!unit || !department) return null;
  const budget = await loadDepartmentBudget(getPrisma(), department.code, project.year);
  if (!budget) return null;
  const year = years.find((y) => y.year === project.year) ?? { year: project.year, closed: false };
  return { project, unit, department, budget, readOnlyReason: unitReadOnlyReason(g, 'project.edit', unit, department, year) };
}

/** A project as the 删除项目 / 合并到… dialogs show it: version and what hangs on it. */
export interface ProjectSummary extends ProjectContents {
  id: string;
  name: string;
  version: number;
}

async function summary(project: ProjectRecord): Promise<ProjectSummary> {
  return { id: project.id, name: project.name, version: project.version, ...(await projectContents(getPrisma(), project.id)) };
}

/** The reachable project's summary and the other projects of its unit and year (the merge targets); null when out of reach. */
export async function readProjectRemoval(g: Reader, projectId: string): Promise<{ project: ProjectSummary; others: ProjectSummary[] } | null> {
  const project = await readProject(g, projectId);
  if (!project) return null;
  const others = await listUnitProjects(getPrisma(), project.unitId, project.year);
  return { project: await summary(project), others: await Promise.all(others.filter((p) => p.id !== project.id).map(summary)) };
}
