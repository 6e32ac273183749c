/**
 * A 绩效目标申报表 (lib/budget/types PerformanceForm) as the columns of its PerformanceForm row:
 * the 资金 breakdowns flattened to period…/annual… 元 strings (Decimal(18,2) on the wire), the texts
 * as they are. Indicators, ids and 填报日期 are the caller's (the demo seed keeps its ids and date;
 * 复制上年预算 makes new ids and leaves the new form unfilled).
 */
import type { FundBreakdown, PerformanceForm } from '@/lib/budget/types';

const money = (value: { toFixed(dp: number): string }) => value.toFixed(2);
const other = (funds: FundBreakdown) => (funds.other === null ? null : money(funds.other));

export function performanceFormColumns(projectId: string, form: PerformanceForm) {
  const { period: p, annual: a } = form.funds;
  return {
    projectId,
    periodTotal: money(p.total),
    periodCentral: money(p.central),
    periodProvincial: money(p.provincial),
    periodCityCounty: money(p.cityCounty),
    periodSelfRaised: money(p.selfRaised),
    periodOther: other(p),
    annualTotal: money(a.total),
    annualCentral: money(a.central),
    annualProvincial: money(a.provincial),
    annualCityCounty: money(a.cityCounty),
    annualSelfRaised: money(a.selfRaised),
    annualOther: other(a),
    overview: form.overview,
    basis: form.basis,
    necessity: form.necessity,
    safeguards: form.safeguards,
    plan: form.plan,
    goalPeriod: form.goalPeriod,
    goalAnnual: form.goalAnnual,
    contactPerson: form.contactPerson,
    contactPhone: form.contactPhone,
  };
}
