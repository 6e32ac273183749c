// 复制上年预算's plan: what is copied, at which amount, and what is listed as not copied (by hand).
import { describe, expect, it } from 'vitest';
import { planUnitCopy, type UnitYearData } from '@/lib/budget/copy-year';
import { yuan } from '@/lib/budget/money';
import type { BudgetLine, PerformanceForm } from '@/lib/budget/types';

const line = (id: string, over: Partial<BudgetLine> = {}): BudgetLine => ({
  id,
  unitId: 'u1',
  functionalCode: '2010301',
  deptEconCode: '30201',
  govEconOverride: null,
  kind: 'BASIC',
  projectId: null,
  fundingSource: 'GENERAL_PUBLIC',
  carryover: false,
  amountYuan: yuan('1000.00'),
  ...over,
});
const funds = { total: yuan('5000'), central: yuan('0'), provincial: yuan('0'), cityCounty: yuan('5000'), selfRaised: yuan('0'), other: null };
const form: PerformanceForm = { funds: { period: funds, annual: funds }, overview: '概况', basis: '', necessity: '', safeguards: '', plan: '', goalPeriod: '', goalAnnual: '年度目标', indicators: [], contactPerson: null, contactPhone: null, filledAt: null };

const source: UnitYearData = {
  projects: [
    { id: 'p-rec', unitId: 'u1', name: '日常运维', attribute: 'RECURRING', periodYears: 3, sortOrder: 1, performanceForm: form },
    { id: 'p-one', unitId: 'u1', name: '设备购置', attribute: 'ONE_OFF', periodYears: 1, sortOrder: 2, performanceForm: null },
  ],
  lines: [
    line('b1'),
    line('b2', { functionalCode: '2010309', amountYuan: yuan('1234.56') }), // code gone in the new year
    line('b3', { carryover: true, amountYuan: yuan('300.00') }),
    line('b4', { govEconOverride: '50299' }), // override gone
    line('r1', { kind: 'PROJECT', projectId: 'p-rec', amountYuan: yuan('5000.00') }),
    line('o1', { kind: 'PROJECT', projectId: 'p-one', amountYuan: yuan('8000.00') }),
  ],
  procurement: [
    { id: 'g1', unitId: 'u1', projectId: 'p-one', category: 'GOODS', itemName: '电脑', amountYuan: yuan('8000.00') },
    { id: 's1', unitId: 'u1', projectId: null, category: 'SERVICES', itemName: '物业', amountYuan: yuan('2000.00') },
  ],
};
const codes = { functional: new Set(['2010301']), deptEcon: new Set(['30201']), govEcon: new Set(['50201']) };

describe('planUnitCopy', () => {
  it('copies basic lines, the 经常性项目 with its form and lines, and untied 采购; lists the rest with reasons', () => {
    const plan = planUnitCopy(source, codes, { toYear: 2024, zeroAmounts: false });
    expect(plan.lines.map((l) => [l.id, l.amountYuan.toFixed(2)])).toEqual([['b1', '1000.00'], ['r1', '5000.00']]);
    expect(plan.projects.map((p) => p.id)).toEqual(['p-rec']);
    expect(plan.projects[0]?.performanceForm?.funds.annual.total.toFixed(2)).toBe('5000.00');
    expect(plan.procurement.map((e) => e.id)).toEqual(['s1']);
    expect(plan.skipped).toEqual([
      { what: '项目“设备购置”及其1条明细行', reason: '一次性项目不复制' },
      { what: '明细行 2010309/30201 1,234.56元', reason: '功能分类科目 2010309 在2024年度不存在' },
      { what: '明细行 2010301/30201 300.00元', reason: '上年结转资金不复制' },
      { what: '明细行 2010301/30201 1,000.00元', reason: '政府经济分类科目 50299 在2024年度不存在' },
      { what: '政府采购“电脑” 8,000.00元', reason: '所属一次性项目不复制' },
    ]);
  });

  it('at zero: every copied amount and the form’s funds are 0, blank 其他资金 stays blank', () => {
    const plan = planUnitCopy(source, codes, { toYear: 2024, zeroAmounts: true });
    expect(plan.lines.map((l) => l.amountYuan.toFixed(2))).toEqual(['0.00', '0.00']);
    expect(plan.procurement.map((e) => e.amountYuan.toFixed(2))).toEqual(['0.00']);
    const annual = plan.projects[0]?.performanceForm?.funds.annual;
    expect([annual?.total.toFixed(2), annual?.cityCounty.toFixed(2), annual?.other]).toEqual(['0.00', '0.00', null]);
    expect(plan.projects[0]?.performanceForm?.goalAnnual).toBe('年度目标');
  });
});
