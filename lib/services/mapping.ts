/** The 部门经济 → 政府经济 对照表 by the 系统管理员: list, set a row, remove a row no line depends on. */
import * as ref from '@/lib/db/reference-repository';
import { CODE_KIND_LABEL, GOV_ECON_CATEGORY_LABEL, deleteMappingSchema, mappingQuery, upsertMappingSchema } from '@/lib/schemas/reference';
import { invalidInput, notFound, stateRefusal } from '@/lib/errors';
import { defineOperation } from './operation';
import { readMappings } from './read/reference';
import { changeReference, openReferenceYear, referenceAudit } from './reference';

const mappingId = (deptEconCode: string, category: string) => `${deptEconCode}|${category}`;

/** GET /api/admin/reference/mapping?year=2023: the 对照表 of the year. */
export const listMapping = defineOperation({
  name: 'mapping.list',
  permission: 'reference.manage',
  input: mappingQuery,
  kind: 'read',
  run: async (g, { year }) => ({ year, rows: await readMappings(g, year) }),
});

/** PUT /api/admin/reference/mapping `{ year, deptEconCode, category, govEconCode }`: one row, created or replaced; both codes must be 款 of the year. */
export const upsertMapping = defineOperation({
  name: 'mapping.put',
  permission: 'reference.manage',
  input: upsertMappingSchema,
  kind: 'write',
  run: (g, input) =>
    changeReference(async (tx) => {
      const { year, deptEconCode, category, govEconCode } = input;
      await openReferenceYear(tx, year);
      if (!(await ref.findCode(tx, year, 'deptEcon', deptEconCode))) throw invalidInput('deptEconCode', `${CODE_KIND_LABEL.deptEcon}科目 ${deptEconCode} 在${year}年度不存在`);
      if (!(await ref.findCode(tx, year, 'govEcon', govEconCode))) throw invalidInput('govEconCode', `${CODE_KIND_LABEL.govEcon}科目 ${govEconCode} 在${year}年度不存在`);
      const before = await ref.findMapping(tx, input);
      const after = await ref.upsertMapping(tx, input);
      const reason = before ? '修改对照关系' : '新增对照关系';
      return { result: { year, ...after }, audit: referenceAudit(g, 'EconMapping', mappingId(deptEconCode, category), year, before, after, reason) };
    }),
});

/** DELETE /api/admin/reference/mapping `{ year, deptEconCode, category }`: unless lines of that side still take their 政府经济 code from it. */
export const deleteMapping = defineOperation({
  name: 'mapping.delete',
  permission: 'reference.manage',
  input: deleteMappingSchema,
  kind: 'write',
  run: (g, input) =>
    changeReference(async (tx) => {
      const { year, deptEconCode, category } = input;
      await openReferenceYear(tx, year);
      const before = await ref.findMapping(tx, input);
      if (!before) throw notFound(`${year}年度没有部门经济分类 ${deptEconCode}（${GOV_ECON_CATEGORY_LABEL[category]}）的对照关系`);
      const lines = await ref.linesUsingMapping(tx, input);
      if (lines > 0) throw stateRefusal(`不能删除该对照关系：仍有${lines}条${GOV_ECON_CATEGORY_LABEL[category]}单位的预算明细行按它确定政府经济分类`);
      await ref.deleteMapping(tx, input);
      return { result: { year, deptEconCode, category, deleted: true }, audit: referenceAudit(g, 'EconMapping', mappingId(deptEconCode, category), year, before, null, '删除对照关系') };
    }),
});
