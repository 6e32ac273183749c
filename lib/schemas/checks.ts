/** 审核规则 and 审核问题 requests: the findings of a unit or department, a WARN acknowledgement, a rule's setting for a year. */
import { z } from 'zod';
import { SEVERITIES } from '@/lib/budget/rules';
import { id, version, year } from './common';

const queryYear = z.preprocess((v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v), year);

export const findingsQuerySchema = z
  .object({ year: queryYear, unitId: id('单位').optional(), departmentId: id('部门').optional() })
  .refine((q) => (q.unitId === undefined) !== (q.departmentId === undefined), { message: '须指定单位（unitId）或部门（departmentId）之一', path: ['unitId'] });

export const acknowledgeSchema = z.object({
  unitId: id('单位'),
  year,
  ruleId: id('规则'),
  findingKey: z.string({ error: '缺少问题标识（findingKey）' }).min(1, { error: '缺少问题标识（findingKey）' }).max(4000, { error: '问题标识过长' }),
  note: z.string({ error: '说明须为文字' }).trim().max(500, { error: '说明不能超过500字' }).nullable().optional(),
});

export const ruleUpdateSchema = z.object({
  year,
  ruleId: id('规则'),
  enabled: z.boolean({ error: '启用须为是或否' }),
  severity: z.enum(SEVERITIES, { error: '严重程度须为致命（FATAL）、警告（WARN）或提示（INFO）' }),
  params: z.record(z.string(), z.string({ error: '参数须为字符串形式的数' }), { error: '参数须为对象' }).default({}),
  version: version.nullable().optional(),
});
