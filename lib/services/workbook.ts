/**
 * 工作簿导入导出 as operations: import (the lines page, the admin page), export and the template.
 * The command line (scripts/import.ts) calls runImport directly as 系统导入.
 * Access: workbook.import / workbook.export in the permission table; the reach is the caller's
 * scope, the county for the 系统管理员 (lib/auth/workbook-reach.ts); per-unit scope and
 * workflow state are checked inside the import's transaction.
 */
import { z } from 'zod';
import type { Guarded } from '@/lib/auth/guard';
import { reachesDepartment, reachesUnit } from '@/lib/auth/scope';
import { workbookReach } from '@/lib/auth/workbook-reach';
import { getPrisma } from '@/lib/db/client';
import { findDepartmentByCode, loadExport } from '@/lib/db/export-repository';
import { findUnit } from '@/lib/db/workflow-repository';
import { loadImportReference } from '@/lib/db/import-repository';
import { AppError, forbidden, invalidInput, notFound } from '@/lib/errors';
import { year } from '@/lib/schemas/common';
import { MAX_FILE_BYTES } from '@/lib/workbook/format';
import { readUpload } from '@/lib/workbook/read';
import { writeTemplate } from '@/lib/workbook/template';
import { WorkbookFileError } from '@/lib/workbook/types';
import { writeWorkbook } from '@/lib/workbook/write';
import { defineOperation } from './operation';
import { runImport, type ImportSummary } from './workbook-import';

const formYear = z.preprocess((v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v), year);
const flag = z.preprocess((v) => v === true || v === 'true' || v === '1' || v === 'on', z.boolean());

export const importWorkbookSchema = z.object({
  year: formYear,
  dryRun: flag.optional().default(false),
  fileName: z.string({ error: '缺少文件名' }).trim().min(1, { error: '缺少文件名' }).max(200, { error: '文件名过长' }),
  content: z.instanceof(Uint8Array, { error: '请选择要导入的文件' }).refine((b) => b.byteLength <= MAX_FILE_BYTES, { error: '文件不能超过 20 MB' }),
});

/** POST /api/import: `{ summary, warnings }`; a bad file → 400 with `errors` (every row); a locked unit → 409; nothing written. */
export const importWorkbook = defineOperation({
  name: 'workbook.import',
  permission: 'workbook.import',
  input: importWorkbookSchema,
  kind: 'write',
  run: async (g, input): Promise<{ summary: ImportSummary; warnings: string[] }> => {
    let read;
    try {
      read = await readUpload(Buffer.from(input.content), input.fileName);
    } catch (error) {
      if (error instanceof WorkbookFileError) throw invalidInput('file', error.message);
      throw error;
    }
    const actor = { id: g.actor.id, name: g.actor.displayName, ip: g.actor.ip };
    const result = await runImport(getPrisma(), { actor, reach: workbookReach(g) }, { year: input.year, fileName: input.fileName, dryRun: input.dryRun, read });
    if (!result.ok) {
      const details = { field: 'file', errors: result.errors, warnings: result.warnings };
      if (result.state) throw new AppError('STATE', `导入被拒绝：${result.errors.length} 个单位或部门已不能修改，未写入任何数据`, details);
      throw new AppError('INVALID_INPUT', `导入失败，共 ${result.errors.length} 处错误，未写入任何数据`, details);
    }
    return { summary: result.summary, warnings: result.warnings };
  },
});

const blank = (v: unknown) => (v === '' ? undefined : v);
export const exportWorkbookSchema = z.object({
  year: formYear,
  departmentCode: z.preprocess(blank, z.string().regex(/^\d{3}$/, { error: '部门编码须为3位数字' }).optional()),
  unitId: z.preprocess(blank, z.string().max(100).optional()),
});

export interface WorkbookFile {
  fileName: string;
  content: Buffer;
}

async function exportFilter(g: Guarded, input: z.infer<typeof exportWorkbookSchema>) {
  const reach = workbookReach(g);
  const db = getPrisma();
  if (input.unitId) {
    const unit = await findUnit(db, input.unitId);
    if (!unit) throw notFound('单位不存在');
    if (!reachesUnit(reach, unit)) throw forbidden('无权导出该单位的数据');
    return { label: unit.code, filter: { departmentIds: [unit.departmentId], unitIds: [unit.id] } };
  }
  if (input.departmentCode) {
    const department = await findDepartmentByCode(db, input.departmentCode);
    if (!department) throw notFound(`部门 ${input.departmentCode} 不存在`);
    if (!reachesDepartment(reach, department.id)) throw forbidden('无权导出该部门的数据');
    // a 单位财务 exports the units granted to them, not the whole department
    if (reach.kind === 'units') return { label: department.code, filter: { departmentIds: [department.id], unitIds: reach.unitIds } };
    return { label: department.code, filter: { departmentIds: [department.id] } };
  }
  if (reach.kind !== 'county') throw forbidden('只有财政局审核和系统管理员可以导出全县数据');
  return { label: '全县', filter: { departmentIds: null } };
}

/** GET /api/export?year=&departmentCode=|unitId=: the workbook in the import format. */
export const exportWorkbook = defineOperation({
  name: 'workbook.export',
  permission: 'workbook.export',
  input: exportWorkbookSchema,
  kind: 'read',
  run: async (g, input): Promise<WorkbookFile> => {
    const { label, filter } = await exportFilter(g, input);
    const workbook = await loadExport(getPrisma(), input.year, filter);
    return { fileName: `${label}-${input.year}年预算工作簿.xlsx`, content: await writeWorkbook(workbook) };
  },
});

/** GET /api/import/template?year=: the empty workbook with the year's code lists as drop-downs. */
export const workbookTemplate = defineOperation({
  name: 'workbook.template',
  permission: 'workbook.import',
  input: z.object({ year: formYear }),
  kind: 'read',
  run: async (g, input): Promise<WorkbookFile> => {
    const ref = await loadImportReference(getPrisma(), input.year);
    if (!ref.fiscalYearStatus) throw notFound(`预算年度 ${input.year} 不存在`);
    const reach = workbookReach(g);
    const units = ref.units.filter((u) => (reach.kind === 'county' ? true : reach.kind === 'units' ? reach.unitIds.includes(u.id) : false));
    return { fileName: `预算导入模板-${input.year}.xlsx`, content: await writeTemplate({ year: input.year, functional: ref.functional, deptEcon: ref.deptEcon, units }) };
  },
});
