/** GET /api/report query: which department-year, in which format and amount unit. */
import { z } from 'zod';

export const reportQuerySchema = z.object({
  department: z
    .string({ error: '缺少部门代码（department）' })
    .trim()
    .regex(/^\d{3}$/, { error: '部门代码须为3位数字，如 045' }),
  year: z.coerce
    .number({ error: '预算年度须为整数' })
    .int({ error: '预算年度须为整数' })
    .min(2000, { error: '预算年度须在2000至2100之间' })
    .max(2100, { error: '预算年度须在2000至2100之间' }),
  format: z.enum(['json', 'html', 'xlsx'], { error: '格式（format）须为 json、html 或 xlsx' }).default('json'),
  unit: z.enum(['万元', '元'], { error: '金额单位（unit）须为 万元 或 元' }).default('万元'),
});

export type ReportQuery = z.infer<typeof reportQuerySchema>;

/** /public: the search (?q= a part of a department's name) and the year filter (?year=, blank = all years). */
export const publicListSchema = z.object({
  q: z
    .string()
    .trim()
    .max(50, { error: '部门名称关键词不超过50个字' })
    .optional()
    .transform((q) => q || null),
  year: z
    .union([z.literal(''), reportQuerySchema.shape.year], { error: '预算年度须为2000至2100之间的整数' })
    .optional()
    .transform((y) => (y === '' || y === undefined ? null : y)),
});

export type PublicListQuery = z.infer<typeof publicListSchema>;

/** /public/<department>/<year>: the department-year and the amount unit asked for. */
export const publicReportSchema = reportQuerySchema.pick({ department: true, year: true, unit: true });
