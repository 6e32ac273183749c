/**
 * GET /api/report query: which department-year, in which format and amount unit, and which
 * document: the 部门预算公开报告 (default) or the internal 勾稽校验报告 (html or pdf only).
 */
import { z } from 'zod';

export const reportQuerySchema = z
  .object({
  department: z
    .string({ error: '缺少部门代码（department）' })
    .trim()
    .regex(/^\d{3}$/, { error: '部门代码须为3位数字，如 045' }),
  year: z.coerce
    .number({ error: '预算年度须为整数' })
    .int({ error: '预算年度须为整数' })
    .min(2000, { error: '预算年度须在2000至2100之间' })
    .max(2100, { error: '预算年度须在2000至2100之间' }),
  format: z.enum(['json', 'html', 'xlsx', 'pdf'], { error: '格式（format）须为 json、html、xlsx 或 pdf' }).default('json'),
  unit: z.enum(['万元', '元'], { error: '金额单位（unit）须为 万元 或 元' }).default('万元'),
  document: z.enum(['report', 'checks'], { error: '文档（document）须为 report 或 checks' }).default('report'),
})
  .refine((q) => q.document === 'report' || q.format === 'html' || q.format === 'pdf', {
    error: '勾稽校验报告只提供 html 或 pdf 格式',
    path: ['format'],
  });

export type ReportQuery = z.infer<typeof reportQuerySchema>;
