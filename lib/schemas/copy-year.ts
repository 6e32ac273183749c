/**
 * 复制上年预算: POST /api/copy-year `{ toYear, unitId | departmentCode, amounts, replace }`. The
 * source is the year before `toYear`. `amounts`: KEEP copies last year's amounts, ZERO sets them to
 * 0. `replace` confirms replacing data the target year already has.
 */
import { z } from 'zod';
import { id, year } from './common';

export const copyYearBudgetSchema = z
  .object({
    toYear: year,
    unitId: id('单位').optional(),
    departmentCode: z.string({ error: '部门编码须为3位数字' }).regex(/^\d{3}$/, { error: '部门编码须为3位数字' }).optional(),
    amounts: z.enum(['KEEP', 'ZERO'], { error: '金额选项须为“保留上年金额”（KEEP）或“金额置零”（ZERO）' }),
    replace: z.boolean({ error: '替换选项须为 true 或 false' }).optional().default(false),
  })
  .refine((v) => (v.unitId === undefined) !== (v.departmentCode === undefined), { path: ['unitId'], error: '须选择一个单位，或整个部门（二者选一）' });
export type CopyYearBudgetInput = z.infer<typeof copyYearBudgetSchema>;
