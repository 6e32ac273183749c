/**
 * Building blocks shared by the schemas: ids, years, money on the wire, and the one
 * translation of a zod failure into a Chinese message that names the field.
 * Every field carries its own Chinese message, so the first issue is already readable.
 */
import { z } from 'zod';

export const id = (label: string) =>
  z.string({ error: `${label}不能为空` }).trim().min(1, { error: `${label}不能为空` }).max(100, { error: `${label}格式不正确` });

export const year = z
  .number({ error: '预算年度须为整数' })
  .int({ error: '预算年度须为整数' })
  .min(2000, { error: '预算年度须在2000至2100之间' })
  .max(2100, { error: '预算年度须在2000至2100之间' });

/**
 * An amount as typed or pasted, made plain: full-width digits and marks (１２３４．５６, ，) become
 * ASCII, and thousands separators are dropped where they group digits by three ("1,234.56", the
 * grid's own display format). Anything else is left as it is, for the format check to refuse.
 */
export function plainAmount(text: string): string {
  const ascii = text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/，/g, ',');
  return /^\d{1,3}(,\d{3})+(\.\d*)?$/.test(ascii) ? ascii.replaceAll(',', '') : ascii;
}

/**
 * Money in 元 as a string: "12345.67", at most 2 decimals, never negative. Accepts what people
 * type ("1,234.56", "1234.5", full-width digits) and passes it on plain ("1234.56", "1234.5").
 */
export const money = (label: string) =>
  z
    .string({ error: `${label}须为字符串形式的金额，如 "12345.67"` })
    .transform(plainAmount)
    .pipe(z.string().regex(/^(0|[1-9]\d{0,15})(\.\d{1,2})?$/, { error: `${label}须为不小于0、最多两位小数的金额（元）` }));

export const version = z.number({ error: '缺少版本号（version）' }).int({ error: '版本号须为整数' }).min(1, { error: '版本号须为正整数' });

export const reason = z.string({ error: '原因须为文字' }).trim().max(500, { error: '原因不能超过500字' });

export interface InputIssue {
  field: string | null;
  message: string;
}

/** The first issue of a failed parse, as { field, message } in Chinese. */
export function firstIssue(error: z.ZodError): InputIssue {
  const issue = error.issues[0];
  if (!issue) return { field: null, message: '请求内容不正确' };
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : null;
  return { field, message: field === null && issue.code === 'invalid_type' ? '请求内容须为JSON对象' : issue.message };
}
