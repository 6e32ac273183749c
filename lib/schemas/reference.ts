/** 基础数据 managed by the 系统管理员: PATCH /api/admin/fiscal-years/[year]. */
import { z } from 'zod';

export const fiscalYearParam = z.coerce
  .number({ error: '预算年度须为整数' })
  .int({ error: '预算年度须为整数' })
  .min(2000, { error: '预算年度须在2000至2100之间' })
  .max(2100, { error: '预算年度须在2000至2100之间' });

export const fiscalYearStatusSchema = z.object({
  status: z.enum(['OPEN', 'CLOSED'], { error: '年度状态须为开放（OPEN）或关闭（CLOSED）' }),
});
export type FiscalYearStatusInput = z.infer<typeof fiscalYearStatusSchema>;
