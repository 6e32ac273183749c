/**
 * 预算明细行 on the wire: POST /api/lines, PATCH/DELETE /api/lines/[id] and the line form.
 * Shape rules here; whether the codes exist for the year is checked by the service.
 */
import { z } from 'zod';
import { FUNDING_SOURCES } from '@/lib/budget/types';
import { id, money, version, year } from './common';

/** 基本支出 may only use these 部门经济 类 (人员经费 301/303, 公用经费 302/310). */
export const BASIC_ECON_CLASSES = ['301', '302', '303', '310'] as const;

const fields = {
  functionalCode: z.string({ error: '功能分类科目须为7位数字' }).regex(/^\d{7}$/, { error: '功能分类科目须为7位数字（项级）' }),
  deptEconCode: z.string({ error: '部门经济分类科目须为5位数字' }).regex(/^\d{5}$/, { error: '部门经济分类科目须为5位数字（款级）' }),
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

export interface LineShape {
  kind: 'BASIC' | 'PROJECT';
  projectId: string | null;
  deptEconCode: string;
}

/** The rules across fields; null when the line is well formed. Also used on the merged line of a PATCH. */
export function lineShapeIssue(line: LineShape): { field: string; message: string } | null {
  if (line.kind === 'PROJECT' && !line.projectId) return { field: 'projectId', message: '项目支出必须选择所属项目' };
  if (line.kind === 'BASIC' && line.projectId) return { field: 'projectId', message: '基本支出不能关联项目' };
  const econClass = line.deptEconCode.slice(0, 3);
  if (line.kind === 'BASIC' && !(BASIC_ECON_CLASSES as readonly string[]).includes(econClass)) {
    return { field: 'deptEconCode', message: `基本支出只能使用部门经济分类 301、302、303、310 类，不能使用 ${econClass} 类` };
  }
  return null;
}

export const createLineSchema = z
  .object({
    unitId: id('单位'),
    year,
    ...fields,
    govEconOverride: fields.govEconOverride.optional().default(null),
    projectId: fields.projectId.optional().default(null),
    carryover: fields.carryover.optional().default(false),
    note: fields.note.optional().default(null),
  })
  .superRefine((line, ctx) => {
    const issue = lineShapeIssue(line);
    if (issue) ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
  });
export type CreateLineInput = z.infer<typeof createLineSchema>;

/** A PATCH names the line, the version the user saw and any fields it changes. */
export const updateLineSchema = z.object({ id: id('明细行'), version, ...fields }).partial().required({ id: true, version: true });
export type UpdateLineInput = z.infer<typeof updateLineSchema>;

export const deleteLineSchema = z.object({ id: id('明细行'), version });
export type DeleteLineInput = z.infer<typeof deleteLineSchema>;
