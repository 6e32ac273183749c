/**
 * 部门 by the 系统管理员: list, create, rename / change region, deactivate / reactivate. A new
 * department gets its 待报送 DepartmentSubmission for every open fiscal year. Nothing is ever
 * deleted: a department, like a unit, keeps its data and is deactivated. Each change is audited
 * (ORGANISATION_CHANGE, before/after) in its own transaction.
 */
import type { Guarded } from '@/lib/auth/guard';
import { audited, type AuditEntry } from '@/lib/db/audit-repository';
import * as org from '@/lib/db/organisation-repository';
import { createDepartmentSchema, listDepartmentsQuery, updateDepartmentSchema } from '@/lib/schemas/organisation';
import { notFound, stateRefusal } from '@/lib/errors';
import { newDepartmentCounty } from './department-county';
import { defineOperation } from './operation';

export const organisationAudit = (g: Guarded, entity: 'Department' | 'Unit', id: string, departmentId: string, before: unknown, after: unknown, reason: string): AuditEntry => ({
  kind: 'ORGANISATION_CHANGE',
  actor: { id: g.actor.id, name: g.actor.displayName },
  entity,
  entityId: id,
  departmentId,
  ...(entity === 'Unit' && { unitId: id }),
  before,
  after,
  reason,
  ip: g.actor.ip,
});

/** GET /api/admin/departments */
export const listDepartments = defineOperation({
  name: 'department.list',
  permission: 'organisation.manage',
  input: listDepartmentsQuery,
  kind: 'read',
  run: async (_g, { includeInactive }) => ({ departments: await org.listDepartments(includeInactive) }),
});

/** POST /api/admin/departments: a duplicate code → 409; the department goes in the administrator's county. */
export const createDepartment = defineOperation({
  name: 'department.create',
  permission: 'organisation.manage',
  input: createDepartmentSchema,
  kind: 'write',
  run: (g, input) =>
    audited(async (tx) => {
      const existing = await org.findDepartmentByCode(tx, input.code);
      if (existing) throw stateRefusal(`部门编码 ${input.code} 已存在（${existing.name}${existing.active ? '' : '，已停用'}）`);
      const department = await org.insertDepartment(tx, { ...input, countyId: await newDepartmentCounty(tx, g.actor.id) });
      const years = await org.openYears(tx);
      await org.openDepartmentSubmissions(tx, department.id, years);
      const after = { ...department, submissionYears: years };
      return { result: after, audit: organisationAudit(g, 'Department', department.id, department.id, null, after, '新建部门') };
    }),
});

/** PATCH /api/admin/departments/[code]: `{ name?, region?, active? }`. */
export const updateDepartment = defineOperation({
  name: 'department.update',
  permission: 'organisation.manage',
  input: updateDepartmentSchema,
  kind: 'write',
  run: (g, { code, ...patch }) =>
    audited(async (tx) => {
      const before = await org.findDepartmentByCode(tx, code);
      if (!before) throw notFound(`部门编码 ${code} 不存在`);
      if (patch.active === false && before.active) {
        const active = await org.listUnits({ departmentCode: code, includeInactive: false }, tx);
        if (active.length > 0) throw stateRefusal(`部门 ${code} 下仍有${active.length}个启用的单位，请先停用这些单位`);
      }
      const after = await org.updateDepartment(tx, before.id, patch);
      if (patch.active === true && !before.active) await org.openDepartmentSubmissions(tx, before.id, await org.openYears(tx));
      const reason = patch.active === false ? '停用部门' : patch.active === true ? '启用部门' : '修改部门';
      return { result: after, audit: organisationAudit(g, 'Department', after.id, after.id, before, after, reason) };
    }),
});
