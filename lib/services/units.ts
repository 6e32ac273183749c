/**
 * 单位 by the 系统管理员: list, create, rename / change type, deactivate / reactivate. A unit
 * is never deleted (its lines, projects and audit rows keep pointing at it); it is deactivated.
 * A new unit gets its 草稿 UnitSubmission for every open fiscal year. Each change is audited.
 */
import * as org from '@/lib/db/organisation-repository';
import { audited } from '@/lib/db/audit-repository';
import { DEFAULT_GOV_ECON_CATEGORY, createUnitSchema, listUnitsQuery, updateUnitSchema } from '@/lib/schemas/organisation';
import { invalidInput, notFound, stateRefusal } from '@/lib/errors';
import { organisationAudit } from './departments';
import { defineOperation } from './operation';

/** GET /api/admin/units */
export const listUnits = defineOperation({
  name: 'unit.list',
  permission: 'organisation.manage',
  input: listUnitsQuery,
  kind: 'read',
  run: async (_g, { department, includeInactive }) => ({ units: await org.listUnits({ departmentCode: department, includeInactive }) }),
});

/** POST /api/admin/units: the department must exist and be active; a duplicate code or name → 409. */
export const createUnit = defineOperation({
  name: 'unit.create',
  permission: 'organisation.manage',
  input: createUnitSchema,
  kind: 'write',
  run: (g, { departmentCode, code, name, type }) =>
    audited(async (tx) => {
      const department = await org.findDepartmentByCode(tx, departmentCode);
      if (!department) throw invalidInput('departmentCode', `部门编码 ${departmentCode} 不存在`);
      if (!department.active) throw stateRefusal(`部门 ${department.code} ${department.name} 已停用，不能新增单位`);
      const existing = await org.findUnitByCode(tx, code);
      if (existing) throw stateRefusal(`单位编码 ${code} 已存在（${existing.name}${existing.active ? '' : '，已停用'}）`);
      if (await org.unitNameTaken(tx, department.id, name)) throw stateRefusal(`部门 ${department.code} 下已有名为“${name}”的单位`);
      const unit = await org.insertUnit(tx, { departmentId: department.id, code, name, type, govEconCategory: DEFAULT_GOV_ECON_CATEGORY[type] });
      const years = await org.openYears(tx);
      await org.openDepartmentSubmissions(tx, department.id, years);
      await org.openUnitSubmissions(tx, unit.id, years);
      const after = { ...unit, submissionYears: years };
      return { result: after, audit: organisationAudit(g, 'Unit', unit.id, department.id, null, after, '新建单位') };
    }),
});

/**
 * PATCH /api/admin/units/[code]: `{ name?, type?, active? }`. The type (and with it the 政府经济
 * side) changes only while the unit has no budget data, since it changes how that data is reported.
 */
export const updateUnit = defineOperation({
  name: 'unit.update',
  permission: 'organisation.manage',
  input: updateUnitSchema,
  kind: 'write',
  run: (g, { code, name, type, active }) =>
    audited(async (tx) => {
      const before = await org.findUnitByCode(tx, code);
      if (!before) throw notFound(`单位编码 ${code} 不存在`);
      if (active === true && !before.active) {
        const department = await org.findDepartmentByCode(tx, before.departmentCode);
        if (!department?.active) throw stateRefusal(`所属部门 ${before.departmentCode} 已停用，请先启用部门`);
      }
      if (name !== undefined && name !== before.name && (await org.unitNameTaken(tx, before.departmentId, name, before.id))) {
        throw stateRefusal(`该部门下已有名为“${name}”的单位`);
      }
      const typeChange = type !== undefined && type !== before.type;
      if (typeChange && (await org.unitHasData(tx, before.id))) throw stateRefusal(`单位“${before.name}”已有预算数据，不能修改单位类型`);
      const after = await org.updateUnit(tx, before.id, {
        ...(name !== undefined && { name }),
        ...(typeChange && { type, govEconCategory: DEFAULT_GOV_ECON_CATEGORY[type] }),
        ...(active !== undefined && { active }),
      });
      if (active === true && !before.active) await org.openUnitSubmissions(tx, before.id, await org.openYears(tx));
      const reason = active === false ? '停用单位' : active === true ? '启用单位' : '修改单位';
      return { result: after, audit: organisationAudit(g, 'Unit', after.id, after.departmentId, before, after, reason) };
    }),
});
