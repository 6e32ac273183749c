/**
 * GET /api/report query: which department-year, in which format and amount unit, and which
 * document: the 部门预算公开报告 (default) or the internal 勾稽校验报告 (html or pdf only).
 */
import { z } from 'zod';

const reportQueryFields = z.object({
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
});

export const reportQuerySchema = reportQueryFields.refine((q) => q.document === 'report' || q.format === 'html' || q.format === 'pdf', {
  error: '勾稽校验报告只提供 html 或 pdf 格式',
  path: ['format'],
});

export type ReportQuery = z.infer<typeof reportQuerySchema>;

const cellIndex = (what: string, max: number) =>
  z.coerce
    .number({ error: `${what}须为从 0 开始的整数` })
    .int({ error: `${what}须为从 0 开始的整数` })
    .min(0, { error: `${what}须为从 0 开始的整数` })
    .max(max, { error: `${what}超出范围` });

/**
 * GET /api/report/cell query: one amount cell of a department-year's report (lib/budget/drill-down.ts
 * CellAddress). `table` 1–13; `section` 0-based (表1/4/9: 0 = 收入, 1 = 支出; default 0); `row`
 * 0-based within the section as rendered; `column` 0-based among the amount columns.
 */
export const reportCellQuerySchema = z.object({
  department: reportQueryFields.shape.department,
  year: reportQueryFields.shape.year,
  table: z.coerce
    .number({ error: '表号（table）须为 1 至 13 的整数' })
    .int({ error: '表号（table）须为 1 至 13 的整数' })
    .min(1, { error: '表号（table）须为 1 至 13 的整数' })
    .max(13, { error: '表号（table）须为 1 至 13 的整数' }),
  section: cellIndex('分区（section）', 1).default(0),
  row: cellIndex('行号（row）', 100_000),
  column: cellIndex('列号（column）', 50),
});

export type ReportCellQuery = z.infer<typeof reportCellQuerySchema>;

/** /public: the search (?q= a part of a department's name) and the year filter (?year=, blank = all years). */
export const publicListSchema = z.object({
  q: z
    .string()
    .trim()
    .max(50, { error: '部门名称关键词不超过50个字' })
    .optional()
    .transform((q) => q || null),
  year: z
    .union([z.literal(''), reportQueryFields.shape.year], { error: '预算年度须为2000至2100之间的整数' })
    .optional()
    .transform((y) => (y === '' || y === undefined ? null : y)),
});

export type PublicListQuery = z.infer<typeof publicListSchema>;

/** /public/<department>/<year>: the department-year and the amount unit asked for. */
export const publicReportSchema = reportQueryFields.pick({ department: true, year: true, unit: true });

/** GET /api/public/report: the published 部门预算公开报告 only (no `document`: the 勾稽校验报告 stays inside). */
export const publicDownloadSchema = reportQueryFields.omit({ document: true });
