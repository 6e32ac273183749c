/** 情况说明 rules: placeholders, figures against the tables, reasons for changes at the 10.00 % boundary. */
import { describe, expect, it } from 'vitest';
import { yuan } from '@/lib/budget/money';
import { narrativeFigureRule } from '@/lib/budget/rules/narrative-rules';
import { ruleContext } from '@/lib/budget/rules/context';
import { Dec } from '@/lib/budget/money';
import type { DepartmentBudget } from '@/lib/budget/types';
import { department, line } from '../support/builders';
import { findings } from './support';

const withTexts = (changeReason: string | null, threePublicChangeReason: string | null = null) =>
  department({ lines: [line({ amount: '100.00' })], narrative: { changeReason, threePublicChangeReason, organOperatingChangeReason: null } });

describe('NARRATIVE_PLACEHOLDER', () => {
  it.each([
    ['本年度因XX原因增加', '“XX”'],
    ['主要原因是……', '“……”'],
    ['待补充', '“待补充”'],
    ['增加【】万元', '“【】”'],
    ['增加【金额】万元', '“【金额】”'],
  ])('“%s” is FATAL naming %s', (text, mark) => {
    expect(findings(withTexts(text), 'NARRATIVE_PLACEHOLDER')).toEqual([
      { ruleId: 'NARRATIVE_PLACEHOLDER', severity: 'FATAL', unitId: null, key: 'changeReason', where: '情况说明 › 收支变动主要原因', message: `含未替换的占位符：${mark}`, left: null, right: null },
    ]);
  });

  it('the demo texts and empty texts pass', () => {
    expect(findings(withTexts('本年度新增政务大厅搬迁费用，人员工资福利增加。'), 'NARRATIVE_PLACEHOLDER')).toEqual([]);
    expect(findings(withTexts(null), 'NARRATIVE_PLACEHOLDER')).toEqual([]);
  });
});

describe('NARRATIVE_FIGURE', () => {
  it('derived from the same lines the figures agree; a 表1 收入总计 off by one 分 is FATAL with both sides', () => {
    const budget = department({ lines: [line({ amount: '100.00' })] });
    expect(findings(budget, 'NARRATIVE_FIGURE')).toEqual([]);
    const c = ruleContext({ budget, previous: null });
    const table1 = c.report.tables.find((t) => t.number === 1)!;
    const total = table1.sections.flatMap((s) => s.rows).find((r) => r.name === '收入总计')!;
    total.values[0] = new Dec('100.01');
    expect(narrativeFigureRule.check(c, () => new Dec(0))).toEqual([
      { unitId: null, key: 'totalIncome', where: '情况说明 › 收入总计（表1）', message: '情况说明为100.00元，报表为100.01元', left: '100.00', right: '100.01' },
    ]);
  });
});

describe('CHANGE_REASON (default 10.00 %)', () => {
  const reception = (amount: string, reason: string | null): DepartmentBudget => ({
    ...withTexts('收入变动原因', reason),
    lines: [line({ deptEconCode: '30217', amount })],
    priorYear: {
      totalIncome: null,
      totalExpenditure: null,
      generalPublicCurrent: null,
      threePublic: { abroad: yuan('0.00'), reception: yuan('1000.00'), vehiclePurchase: yuan('0.00'), vehicleOperation: yuan('0.00') },
      organOperating: null,
    },
  });

  it('三公 total +9.99 % needs no reason; +10.00 % without a reason is a WARN (the items are ITEM_CHANGE_REASON\'s)', () => {
    expect(findings(reception('1099.90', null), 'CHANGE_REASON')).toEqual([]);
    const found = findings(reception('1100.00', null), 'CHANGE_REASON');
    expect(found.map((f) => f.key)).toEqual(['threePublic']);
    expect(found[0]).toMatchObject({ severity: 'WARN', unitId: null, left: '1100.00', right: '1000.00' });
    expect(found[0]!.message).toBe('三公经费合计本年1,100.00元，上年1,000.00元，增减10.00%，请填写“三公经费增减变动原因”');
  });

  it('a written reason satisfies it; −10.00 % needs one too; a parameter of 20.00 % lets +10 % pass', () => {
    expect(findings(reception('1100.00', '接待任务增加'), 'CHANGE_REASON')).toEqual([]);
    expect(findings(reception('900.00', null), 'CHANGE_REASON')).toHaveLength(1);
    expect(findings(reception('1100.00', null), 'CHANGE_REASON', { thresholdPercent: '20.00' })).toEqual([]);
  });
});
