/** 绩效目标申报表 on the wire: PUT /api/projects/[id]/performance (the whole form at once). */
import { z } from 'zod';
import type { IndicatorLevel1, IndicatorLevel2 } from '@/lib/budget/types';
import { id, money, version } from './common';

/** 一级 → 二级 指标. */
export const INDICATOR_LEVELS: Readonly<Record<IndicatorLevel1, readonly IndicatorLevel2[]>> = {
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
};
const LEVEL1 = Object.keys(INDICATOR_LEVELS) as [IndicatorLevel1, ...IndicatorLevel1[]];
const LEVEL2 = Object.values(INDICATOR_LEVELS).flat() as [IndicatorLevel2, ...IndicatorLevel2[]];

const text = (label: string) => z.string({ error: `${label}须为文字` }).max(5000, { error: `${label}不能超过5000字` }).default('');
const optionalText = (label: string, max: number) => z.string({ error: `${label}须为文字` }).trim().max(max, { error: `${label}不能超过${max}字` }).nullable().default(null);

const funds = z.object({
  total: money('资金总额'),
  central: money('中央财政资金'),
  provincial: money('省级财政资金'),
  cityCounty: money('市县财政资金'),
  selfRaised: money('单位自筹资金'),
  other: money('其他资金').nullable().default(null),
});

const indicator = z
  .object({
    scope: z.enum(['PERIOD', 'ANNUAL'], { error: '指标期间须为实施期（PERIOD）或年度（ANNUAL）' }),
    level1: z.enum(LEVEL1, { error: '一级指标须为产出指标、效益指标或满意度指标' }),
    level2: z.enum(LEVEL2, { error: '二级指标不正确' }),
    name: z.string({ error: '三级指标名称不能为空' }).trim().min(1, { error: '三级指标名称不能为空' }).max(200, { error: '三级指标名称不能超过200字' }),
    operator: z.enum(['≥', '≤', '＞', '＜', '='], { error: '指标符号须为 ≥ ≤ ＞ ＜ =' }).nullable().default(null),
    value: z.string({ error: '指标值须为数字' }).regex(/^-?\d{1,14}(\.\d{1,4})?$/, { error: '指标值须为最多四位小数的数字' }).nullable().default(null),
    measureUnit: optionalText('计量单位', 20),
    text: optionalText('定性指标值', 200),
  })
  .superRefine((i, ctx) => {
    if (!INDICATOR_LEVELS[i.level1].includes(i.level2)) ctx.addIssue({ code: 'custom', path: ['level2'], message: `“${i.level2}”不属于${i.level1}` });
    const quantitative = i.operator !== null && i.value !== null;
    if (!quantitative && !i.text) ctx.addIssue({ code: 'custom', path: ['value'], message: `指标“${i.name}”须填写符号和数值，或填写定性指标值` });
  });

export const performanceFormSchema = z.object({
  /** The version the user saw; omitted when the project has no form yet. */
  version: version.optional(),
  funds: z.object({ period: funds, annual: funds }),
  overview: text('项目概况'),
  basis: text('立项依据'),
  necessity: text('项目设立必要性'),
  safeguards: text('保证项目实施的制度、措施'),
  plan: text('项目实施计划'),
  goalPeriod: text('实施期总体目标'),
  goalAnnual: text('年度总体目标'),
  contactPerson: optionalText('经办人', 50),
  contactPhone: optionalText('联系电话', 30),
  indicators: z.array(indicator, { error: '绩效指标须为列表' }).max(200, { error: '绩效指标不能超过200条' }),
});
export type PerformanceFormInput = z.infer<typeof performanceFormSchema>;

/** PUT /api/projects/[id]/performance and its action: the project's id with the whole form. */
export const savePerformanceSchema = performanceFormSchema.extend({ id: id('项目') });
export type SavePerformanceInput = z.infer<typeof savePerformanceSchema>;
