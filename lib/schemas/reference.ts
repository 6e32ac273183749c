/**
 * 基础数据 managed by the 系统管理员: fiscal years (PATCH /api/admin/fiscal-years/[year], POST
 * /api/admin/reference/years), 分类科目 (/api/admin/reference/codes…) and the 对照表
 * (/api/admin/reference/mapping). The code rules (levels, parent = prefix) live here so the
 * forms and the server share them.
 */
import { z } from 'zod';
import { year } from './common';

export const fiscalYearParam = z.coerce
  .number({ error: '预算年度须为整数' })
  .int({ error: '预算年度须为整数' })
  .min(2000, { error: '预算年度须在2000至2100之间' })
  .max(2100, { error: '预算年度须在2000至2100之间' });

/** PATCH /api/admin/fiscal-years/[year] { status }: the year comes from the path (a string there). */
export const fiscalYearStatusSchema = z.object({
  year: fiscalYearParam,
  status: z.enum(['OPEN', 'CLOSED'], { error: '年度状态须为开放（OPEN）或关闭（CLOSED）' }),
});
export type FiscalYearStatusInput = z.infer<typeof fiscalYearStatusSchema>;

// ------------------------------------------------------------ code rules (pure)

export const CODE_KINDS = ['functional', 'deptEcon', 'govEcon'] as const;
export type CodeKind = (typeof CODE_KINDS)[number];

export const CODE_KIND_LABEL: Readonly<Record<CodeKind, string>> = {
  functional: '功能分类',
  deptEcon: '部门经济分类',
  govEcon: '政府经济分类',
};

/** Code lengths by level: 功能 类3/款5/项7, 经济 类3/款5. */
export const CODE_LEVELS: Readonly<Record<CodeKind, readonly { length: number; label: '类' | '款' | '项' }[]>> = {
  functional: [{ length: 3, label: '类' }, { length: 5, label: '款' }, { length: 7, label: '项' }],
  deptEcon: [{ length: 3, label: '类' }, { length: 5, label: '款' }],
  govEcon: [{ length: 3, label: '类' }, { length: 5, label: '款' }],
};

/** The level (类/款/项) of a code, or null when its length does not fit the kind. */
export function codeLevel(kind: CodeKind, code: string): '类' | '款' | '项' | null {
  if (!/^\d+$/.test(code)) return null;
  return CODE_LEVELS[kind].find((level) => level.length === code.length)?.label ?? null;
}

/** The parent of a code: its prefix one level up ("2010306" → "20103"); null for a 类. */
export function parentCodeOf(kind: CodeKind, code: string): string | null {
  const levels = CODE_LEVELS[kind];
  const index = levels.findIndex((level) => level.length === code.length);
  const parent = index > 0 ? levels[index - 1] : undefined;
  return parent ? code.slice(0, parent.length) : null;
}

const lengthsText = (kind: CodeKind) => CODE_LEVELS[kind].map((l) => `${l.label}${l.length}位`).join('/');

// ------------------------------------------------------------ inputs

export const codeKindSchema = z.enum(CODE_KINDS, { error: '科目类别须为功能分类、部门经济分类或政府经济分类' });

const codeName = z.string({ error: '科目名称不能为空' }).trim().min(1, { error: '科目名称不能为空' }).max(100, { error: '科目名称不能超过100字' });

/** GET /api/admin/reference/codes?year=2023&kind=functional */
export const listCodesQuery = z.object({ year: fiscalYearParam, kind: codeKindSchema });
export type ListCodesQuery = z.infer<typeof listCodesQuery>;

/** POST /api/admin/reference/codes: the parent is the code's prefix, so it is not an input. */
export const createCodeSchema = z
  .object({
    year,
    kind: codeKindSchema,
    code: z.string({ error: '科目编码不能为空' }).trim().regex(/^\d+$/, { error: '科目编码须为数字' }),
    name: codeName,
  })
  .superRefine((value, ctx) => {
    if (codeLevel(value.kind, value.code) === null) {
      ctx.addIssue({ code: 'custom', path: ['code'], message: `${CODE_KIND_LABEL[value.kind]}编码须为${lengthsText(value.kind)}数字` });
    }
  });
export type CreateCodeInput = z.infer<typeof createCodeSchema>;

/** The [kind]/[code] of /api/admin/reference/codes/[kind]/[code]. */
export const codeParams = z.object({ kind: codeKindSchema, code: z.string({ error: '科目编码须为3至7位数字' }).regex(/^\d{3,7}$/, { error: '科目编码须为3至7位数字' }) });
export type CodeParams = z.infer<typeof codeParams>;

/** PATCH …/codes/[kind]/[code] { year, name } */
export const renameCodeSchema = codeParams.extend({ year, name: codeName });
export type RenameCodeInput = z.infer<typeof renameCodeSchema>;

/** DELETE …/codes/[kind]/[code] { year } */
export const deleteCodeSchema = codeParams.extend({ year });
export type DeleteCodeInput = z.infer<typeof deleteCodeSchema>;

export const GOV_ECON_CATEGORIES = ['ORGAN', 'INSTITUTION'] as const;
export const GOV_ECON_CATEGORY_LABEL: Readonly<Record<(typeof GOV_ECON_CATEGORIES)[number], string>> = { ORGAN: '机关', INSTITUTION: '事业' };

const category = z.enum(GOV_ECON_CATEGORIES, { error: '单位类别须为机关（ORGAN）或事业（INSTITUTION）' });
const econSection = (label: string) => z.string({ error: `${label}不能为空` }).trim().regex(/^\d{5}$/, { error: `${label}须为5位款级编码` });

/** GET /api/admin/reference/mapping?year=2023 */
export const mappingQuery = z.object({ year: fiscalYearParam });

/** PUT /api/admin/reference/mapping: one row of the 对照表, created or replaced. */
export const upsertMappingSchema = z.object({ year, deptEconCode: econSection('部门经济分类科目'), category, govEconCode: econSection('政府经济分类科目') });
export type UpsertMappingInput = z.infer<typeof upsertMappingSchema>;

/** DELETE /api/admin/reference/mapping { year, deptEconCode, category } */
export const deleteMappingSchema = upsertMappingSchema.omit({ govEconCode: true });
export type DeleteMappingInput = z.infer<typeof deleteMappingSchema>;

/** POST /api/admin/reference/years: 创建新年度 from an existing year's codes and 对照表. */
export const copyYearSchema = z
  .object({ fromYear: year, toYear: year })
  .refine((v) => v.fromYear !== v.toYear, { path: ['toYear'], error: '新年度不能与来源年度相同' });
export type CopyYearInput = z.infer<typeof copyYearSchema>;
