/** 项目 (with its 绩效目标申报表) and 政府采购 entries of a unit: same checks as lines (scope, open year, editable state). */
import type { Guarded } from '@/lib/auth/guard';
import { audited } from '@/lib/db/audit-repository';
import * as data from '@/lib/db/lines-repository';
import * as projects from '@/lib/db/projects-repository';
import { savePerformanceSchema } from '@/lib/schemas/performance';
import { createProcurementSchema, createProjectSchema, deleteProjectSchema, mergeProjectSchema, updateProjectSchema } from '@/lib/schemas/project';
import { invalidInput, notFound, staleVersion } from '@/lib/errors';
import { defineOperation } from './operation';
import { checkProjectOwner, editableUnit } from './unit-access';

type Kind = 'PROJECT_CREATE' | 'PROJECT_UPDATE' | 'PROJECT_DELETE' | 'PROJECT_MERGE' | 'PROCUREMENT_CREATE' | 'PERFORMANCE_UPDATE';
type Unit = { id: string; departmentId: string };

const audit = (g: Guarded, kind: Kind, entity: string, entityId: string, unit: Unit, year: number, before: unknown, after: unknown) => ({
  kind,
  actor: { id: g.actor.id, name: g.actor.displayName },
  entity,
  entityId,
  departmentId: unit.departmentId,
  unitId: unit.id,
  year,
  before,
  after,
  ip: g.actor.ip,
});

/** POST /api/projects, createProjectAction: a new 项目 of the accountant's unit. */
export const createProject = defineOperation({
  name: 'project.create',
  permission: 'project.edit',
  input: createProjectSchema,
  kind: 'write',
  run: (g, input) =>
    audited(async (tx) => {
      const unit = await editableUnit(tx, g.scope, input.unitId, input.year);
      const project = await data.insertProject(tx, input);
      return { result: project, audit: audit(g, 'PROJECT_CREATE', 'Project', project.id, unit, project.year, null, project) };
    }),
});

/** PATCH /api/projects/[id], updateProjectAction: `{ id, version, …changed fields }`; a stale version → 409. */
export const updateProject = defineOperation({
  name: 'project.update',
  permission: 'project.edit',
  input: updateProjectSchema,
  kind: 'write',
  run: (g, { id, version, ...patch }) =>
    audited(async (tx) => {
      const before = await data.findProject(tx, id);
      if (!before) throw notFound('项目不存在');
      const unit = await editableUnit(tx, g.scope, before.unitId, before.year);
      const after = await data.updateProjectAtVersion(tx, id, version, patch);
      if (!after) {
        const current = await data.findProject(tx, id);
        throw staleVersion(`项目“${current?.name ?? before.name}”已被他人修改，请刷新后重试`, current);
      }
      return { result: after, audit: audit(g, 'PROJECT_UPDATE', 'Project', id, unit, after.year, before, after) };
    }),
});

/** POST /api/procurement, createProcurementAction: a 政府采购 entry (货物/工程/服务) of the accountant's unit. */
export const createProcurement = defineOperation({
  name: 'procurement.create',
  permission: 'procurement.edit',
  input: createProcurementSchema,
  kind: 'write',
  run: (g, input) =>
    audited(async (tx) => {
      const unit = await editableUnit(tx, g.scope, input.unitId, input.year);
      if (input.projectId) checkProjectOwner(await data.findProject(tx, input.projectId), input.unitId, input.year);
      const entry = await data.insertProcurement(tx, input);
      return { result: entry, audit: audit(g, 'PROCUREMENT_CREATE', 'ProcurementEntry', entry.id, unit, input.year, null, entry) };
    }),
});

/**
 * PUT /api/projects/[id]/performance, savePerformanceFormAction: `{ id, version?, funds, texts…, indicators }`,
 * the project's 绩效目标申报表 as a whole; an existing form needs its version.
 */
export const savePerformanceForm = defineOperation({
  name: 'performance.save',
  permission: 'project.edit',
  input: savePerformanceSchema,
  kind: 'write',
  run: (g, { id: projectId, version, ...form }) =>
    audited(async (tx) => {
      const project = await data.findProject(tx, projectId);
      if (!project) throw notFound('项目不存在');
      const unit = await editableUnit(tx, g.scope, project.unitId, project.year);
      const before = await data.findPerformanceForm(tx, projectId);
      let saved: number | null;
      if (!before) saved = await data.insertPerformanceForm(tx, projectId, form);
      else if (version === undefined) throw invalidInput('version', '修改已有绩效目标须提供版本号（version）');
      else saved = await data.updatePerformanceFormAtVersion(tx, projectId, version, form);
      if (saved === null) throw staleVersion(`项目“${project.name}”的绩效目标已被他人修改，请刷新后重试`, await data.findPerformanceForm(tx, projectId));
      const after = { version: saved, data: form };
      return { result: { projectId, ...after }, audit: audit(g, 'PERFORMANCE_UPDATE', 'PerformanceForm', projectId, unit, project.year, before, after) };
    }),
});

/** DELETE /api/projects/[id], deleteProjectAction: `{ id, version }`; the project goes with its lines (its 政府采购 entries stay, without project). */
export const deleteProject = defineOperation({
  name: 'project.delete',
  permission: 'project.edit',
  input: deleteProjectSchema,
  kind: 'write',
  run: (g, { id, version }) =>
    audited(async (tx) => {
      const project = await data.findProject(tx, id);
      if (!project) throw notFound('项目不存在');
      const unit = await editableUnit(tx, g.scope, project.unitId, project.year);
      const before = { project, contents: await projects.projectContents(tx, id), performanceForm: await data.findPerformanceForm(tx, id) };
      if (!(await projects.deleteProjectAtVersion(tx, id, version))) throw staleVersion(`项目“${project.name}”已被他人修改，请刷新后重试`, project);
      return { result: { id, deleted: true }, audit: audit(g, 'PROJECT_DELETE', 'Project', id, unit, project.year, before, null) };
    }),
});

/**
 * POST /api/projects/[id]/merge, mergeProjectAction: `{ id, version, intoId, intoVersion }`; the lines and
 * 政府采购 entries of `id` move to `intoId` (same unit and year), `id` is deleted with its 绩效目标申报表.
 */
export const mergeProject = defineOperation({
  name: 'project.merge',
  permission: 'project.edit',
  input: mergeProjectSchema,
  kind: 'write',
  run: (g, { id, version, intoId, intoVersion }) =>
    audited(async (tx) => {
      if (id === intoId) throw invalidInput('intoId', '不能将项目合并到其自身');
      const [source, into] = await Promise.all([data.findProject(tx, id), data.findProject(tx, intoId)]);
      if (!source) throw notFound('项目不存在');
      if (!into) throw invalidInput('intoId', '目标项目不存在');
      const unit = await editableUnit(tx, g.scope, source.unitId, source.year);
      if (into.unitId !== source.unitId || into.year !== source.year) throw invalidInput('intoId', '只能合并同一单位、同一年度的项目');
      const contents = async () => ({ source: await projects.projectContents(tx, id), into: await projects.projectContents(tx, intoId) });
      const before = { source, into, contents: await contents(), droppedPerformanceForm: await data.findPerformanceForm(tx, id) };
      if (!(await projects.mergeProjectsAtVersion(tx, { id, version }, { id: intoId, version: intoVersion }))) {
        const stale = source.version !== version ? source : into;
        throw staleVersion(`项目“${stale.name}”已被他人修改，请刷新后重试`, stale);
      }
      const after = { into: await data.findProject(tx, intoId), contents: await projects.projectContents(tx, intoId) };
      return { result: { id, mergedInto: after.into }, audit: audit(g, 'PROJECT_MERGE', 'Project', id, unit, source.year, before, after) };
    }),
});
