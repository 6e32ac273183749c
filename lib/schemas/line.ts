/**
 * 预算明细行 on the wire: POST /api/lines, PATCH/DELETE /api/lines/[id] and the line form.
 * Shape only (types, digit counts, enum values, the amount's format). Whether the line is valid
 * (codes of the year, 项级, 对照表, 基本支出 classes, the project) is decided by the domain's
 * lineIssues (lib/budget/validation-line.ts), which the service runs on every save.
 */
import { z } from 'zod';
import { FUNDING_SOURCES } from '@/lib/budget/types';
import { id, money, version, year } from './common';

const fields = {
  functionalCode: z
    .string({ error: '请选择功能分类科目' })
    .min(1, { error: '请选择功能分类科目' })
    .regex(/^\d{7}$/, { error: '功能分类科目须为7位数字（项级）' }),
  deptEconCode: z
    .string({ error: '请选择部门经济分类科目' })
    .min(1, { error: '请选择部门经济分类科目' })
    .regex(/^\d{5}$/, { error: '部门经济分类科目须为5位数字（款级）' }),
  govEconOverride: z
    .string({ error: '政府经济分类科目须为5位数字' })
    .regex(/^\d{5}$/, { error: '政府经济分类科目须为5位数字（款级）' })
    .nullable(),
  kind: z.enum(['BASIC', 'PROJECT'], { error: '支出类型须为基本支出（BASIC）或项目支出（PROJECT）' }),
  projectId: id('项目').nullable(),
  fundingSource: z.enum(FUNDING_SOURCES, { error: '资金来源须为 GENERAL_PUBLIC、GOV_FUND、STATE_CAPITAL、SPECIAL_ACCOUNT 或 UNIT_FUNDS' }),
  carryover: z.boolean({ error: '上年结转须为 true 或 false' }),
  amountYuan: money('金额'),
  note: z.string({ error: '备注须为文字' }).trim().max(500, { error: '备注不能超过500字' }).nullable(),
};

export const createLineSchema = z.object({
  unitId: id('单位'),
  year,
  ...fields,
  govEconOverride: fields.govEconOverride.optional().default(null),
  projectId: fields.projectId.optional().default(null),
  carryover: fields.carryover.optional().default(false),
  note: fields.note.optional().default(null),
});
export type CreateLineInput = z.infer<typeof createLineSchema>;

/** A PATCH names the line, the version the user saw and any fields it changes. */
export const updateLineSchema = z.object({ id: id('明细行'), version, ...fields }).partial().required({ id: true, version: true });
export type UpdateLineInput = z.infer<typeof updateLineSchema>;

export const deleteLineSchema = z.object({ id: id('明细行'), version });
export type DeleteLineInput = z.infer<typeof deleteLineSchema>;

/** Most rows one paste may carry: a whole unit's year (the bench's 2,000 lines) in one go. */
export const MAX_PASTED_LINES = 2000;

/**
 * Rows pasted into the grid (or typed as new rows), saved together: all valid or none saved.
 * The grid's row i is `lines[i]`; a refusal names its field as `lines.<i>.<field>`.
 */
export const pasteLinesSchema = z.object({
  unitId: id('单位'),
  year,
  lines: z
    .array(
      z.object({
        ...fields,
        govEconOverride: fields.govEconOverride.optional().default(null),
        projectId: fields.projectId.optional().default(null),
        carryover: fields.carryover.optional().default(false),
        note: fields.note.optional().default(null),
      }),
      { error: '明细行须为数组' },
    )
    .min(1, { error: '没有要保存的明细行' })
    .max(MAX_PASTED_LINES, { error: `一次最多保存${MAX_PASTED_LINES}行` }),
});
export type PasteLinesInput = z.infer<typeof pasteLinesSchema>;
