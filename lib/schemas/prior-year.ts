/**
 * 上年数 entered by the department leader: PUT /api/prior-year `{ year, figures, version? }`, each
 * figure a 元 amount or null (unknown: that comparison is left out of the 情况说明).
 */
import { z } from 'zod';
import { PRIOR_YEAR_LABEL, byPriorYearKey, type PriorYearKey } from '@/lib/budget/prior-year';
import { money, version, year } from './common';

const figure = (key: PriorYearKey) => money(`上年${PRIOR_YEAR_LABEL[key]}`).nullable();

export const priorYearFiguresSchema = z.object(byPriorYearKey(figure), { error: '上年数须为对象' });

export const putPriorYearSchema = z.object({
  year,
  figures: priorYearFiguresSchema,
  /** The version the leader saw; omitted when nothing was entered yet. */
  version: version.optional(),
});
export type PutPriorYearInput = z.infer<typeof putPriorYearSchema>;

/** GET /api/prior-year?year=2024[&department=045] */
export const getPriorYearQuery = z.object({
  year: z.coerce.number({ error: '预算年度须为整数' }).int({ error: '预算年度须为整数' }).min(2000, { error: '预算年度须在2000至2100之间' }).max(2100, { error: '预算年度须在2000至2100之间' }),
  department: z.string().regex(/^\d{3}$/, { error: '部门编码须为3位数字' }).optional(),
});
