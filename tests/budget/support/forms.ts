/** A minimal 绩效目标申报表 for tests. */
import { yuan } from '@/lib/budget/money';
import type { FundBreakdown, Indicator, PerformanceForm } from '@/lib/budget/types';

export function funds(total: string): FundBreakdown {
  return { total: yuan(total), central: yuan('0'), provincial: yuan('0'), cityCounty: yuan(total), selfRaised: yuan('0'), other: null };
}

export function indicator(partial: Partial<Indicator> & Pick<Indicator, 'name'>): Indicator {
  return {
    scope: 'ANNUAL',
    level1: '产出指标',
    level2: '数量指标',
    operator: '≥',
    value: '1',
    measureUnit: '个',
    text: null,
    sortOrder: 1,
    ...partial,
  };
}

export function performanceFormFor(total: string, indicators: Indicator[] = []): PerformanceForm {
  return {
    funds: { period: funds(total), annual: funds(total) },
    overview: '概况',
    basis: '依据',
    necessity: '必要性',
    safeguards: '措施',
    plan: '计划',
    goalPeriod: '实施期目标',
    goalAnnual: '年度目标',
    indicators,
    contactPerson: null,
    contactPhone: null,
    filledAt: null,
  };
}
