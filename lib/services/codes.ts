/** 分类科目 by the 系统管理员: list, add under an existing parent, rename, delete when nothing uses it. */
import type { Tx } from '@/lib/db/audit-repository';
import * as ref from '@/lib/db/reference-repository';
import { CODE_KIND_LABEL, createCodeSchema, deleteCodeSchema, listCodesQuery, parentCodeOf, renameCodeSchema, type CodeKind } from '@/lib/schemas/reference';
import { invalidInput, notFound, stateRefusal } from '@/lib/errors';
import { defineOperation } from './operation';
import { readCodes } from './read/reference';
import { changeReference, openReferenceYear, referenceAudit } from './reference';

const ENTITY: Record<CodeKind, string> = { functional: 'FunctionalCode', deptEcon: 'DeptEconCode', govEcon: 'GovEconCode' };

const label = (kind: CodeKind, code: string) => `${CODE_KIND_LABEL[kind]}科目 ${code}`;

async function existingCode(tx: Tx, year: number, kind: CodeKind, code: string): Promise<ref.CodeRow> {
  const row = await ref.findCode(tx, year, kind, code);
  if (!row) throw notFound(`${label(kind, code)} 在${year}年度不存在`);
  return row;
}

/** What uses a code, in words ("下级科目 2 个、预算明细行 3 条"), or null when nothing does. */
export function describeUsage({ children, lines, mappings }: ref.CodeUsage): string | null {
  const parts = [
    children > 0 && `下级科目 ${children} 个`,
    lines > 0 && `预算明细行 ${lines} 条`,
    mappings > 0 && `经济分类对照表 ${mappings} 行`,
  ].filter((part): part is string => typeof part === 'string');
  return parts.length > 0 ? parts.join('、') : null;
}

/** GET /api/admin/reference/codes?year=2023&kind=functional|deptEcon|govEcon: the year's codes of that kind. */
export const listReferenceCodes = defineOperation({
  name: 'code.list',
  permission: 'reference.manage',
  input: listCodesQuery,
  kind: 'read',
  run: async (g, { year, kind }) => ({ year, kind, codes: await readCodes(g, year, kind) }),
});

/** POST /api/admin/reference/codes `{ year, kind, code, name }`: a new 类/款/项 under its existing parent. */
export const createCode = defineOperation({
  name: 'code.create',
  permission: 'reference.manage',
  input: createCodeSchema,
  kind: 'write',
  run: (g, { year, kind, code, name }) =>
    changeReference(async (tx) => {
      await openReferenceYear(tx, year);
      if (await ref.findCode(tx, year, kind, code)) throw invalidInput('code', `${label(kind, code)} 在${year}年度已存在`);
      const parentCode = parentCodeOf(kind, code);
      if (parentCode && !(await ref.findCode(tx, year, kind, parentCode))) {
        throw invalidInput('code', `上级科目 ${parentCode} 在${year}年度不存在，请先添加上级科目`);
      }
      const row = await ref.insertCode(tx, year, kind, { code, name, parentCode });
      return { result: { year, kind, ...row }, audit: referenceAudit(g, ENTITY[kind], code, year, null, { kind, ...row }, '新增科目') };
    }),
});

/** PATCH /api/admin/reference/codes/[kind]/[code] `{ year, name }`: renames the code (the code itself never changes). */
export const renameCode = defineOperation({
  name: 'code.rename',
  permission: 'reference.manage',
  input: renameCodeSchema,
  kind: 'write',
  run: (g, { kind, code, year, name }) =>
    changeReference(async (tx) => {
      await openReferenceYear(tx, year);
      const before = await existingCode(tx, year, kind, code);
      const after = await ref.renameCode(tx, year, kind, code, name);
      return { result: { year, kind, ...after }, audit: referenceAudit(g, ENTITY[kind], code, year, { kind, ...before }, { kind, ...after }, '修改科目名称') };
    }),
});

/** DELETE /api/admin/reference/codes/[kind]/[code] `{ year }`: only when no child, line or 对照表 row uses it (409 otherwise). */
export const deleteCode = defineOperation({
  name: 'code.delete',
  permission: 'reference.manage',
  input: deleteCodeSchema,
  kind: 'write',
  run: (g, { kind, code, year }) =>
    changeReference(async (tx) => {
      await openReferenceYear(tx, year);
      const before = await existingCode(tx, year, kind, code);
      const usage = describeUsage(await ref.codeUsage(tx, year, kind, code));
      if (usage) throw stateRefusal(`不能删除${label(kind, code)} ${before.name}：仍被${usage}使用`);
      await ref.deleteCode(tx, year, kind, code);
      return { result: { year, kind, code, deleted: true }, audit: referenceAudit(g, ENTITY[kind], code, year, { kind, ...before }, null, '删除科目') };
    }),
});
