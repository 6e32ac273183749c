/** The 绩效目标申报表 form's values: exactly the shared schema's input (PUT /api/projects/[id]/performance). */
import type { z } from 'zod';
import type { performanceFormSchema } from '@/lib/schemas/performance';

export type PerformanceValues = z.input<typeof performanceFormSchema>;
export type PerformanceOutput = z.output<typeof performanceFormSchema>;
export type IndicatorValues = PerformanceValues['indicators'][number];

export const blankToNull = (v: unknown) => (v === '' || v === undefined ? null : v);

const ZERO_FUNDS = { total: '0.00', central: '0.00', provincial: '0.00', cityCounty: '0.00', selfRaised: '0.00', other: null };

export const EMPTY_FORM: PerformanceValues = {
  funds: { period: { ...ZERO_FUNDS }, annual: { ...ZERO_FUNDS } },
  overview: '',
  basis: '',
  necessity: '',
  safeguards: '',
  plan: '',
  goalPeriod: '',
  goalAnnual: '',
  contactPerson: null,
  contactPhone: null,
  indicators: [],
};

export const NEW_INDICATOR: IndicatorValues = {
  scope: 'ANNUAL',
  level1: '产出指标',
  level2: '数量指标',
  name: '',
  operator: '≥',
  value: null,
  measureUnit: null,
  text: null,
};
