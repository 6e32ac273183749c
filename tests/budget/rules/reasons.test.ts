/**
 * ITEM_CHANGE_REASON: a 功能分类 项 total or a 三公 item moving ≥ 10.00 % (default) from its 上年数
 * needs the department's reason (FATAL, department level). Boundaries worked out by hand:
 * 上年 1,000.00 元 → 1,099.90 is +9.99 % (none), 1,100.00 is +10.00 % (reason), 900.00 is −10.00 %.
 */
import { describe, expect, it } from 'vitest';
import { yuan } from '@/lib/budget/money';
import type { DepartmentBudget } from '@/lib/budget/types';
import { department, line } from '../support/builders';
import { findings } from './support';

/** One 项 2010301 (行政运行 in the test reference) with this year's amount, last year's 项 totals as given. */
const functional = (amount: string, priorFunctional: DepartmentBudget['priorFunctional'], changeReasons: Record<string, string> = {}) =>
  department({ lines: [line({ functionalCode: '2010301', amount })], priorFunctional, changeReasons });

const prior = { '2010301': yuan('1000.00') };

describe('ITEM_CHANGE_REASON: 功能分类 项', () => {
  it('+9.99 % needs no reason; +10.00 % without one is a department-level FATAL with both sides in 元', () => {
    expect(findings(functional('1099.90', prior), 'ITEM_CHANGE_REASON')).toEqual([]);
    expect(findings(functional('1100.00', prior), 'ITEM_CHANGE_REASON')).toEqual([
      {
        ruleId: 'ITEM_CHANGE_REASON',
        severity: 'FATAL',
        unitId: null,
        key: 'functional:2010301',
        where: '情况说明 › 增减变动原因 › 功能分类 2010301 行政运行',
        message: '2010301 行政运行本年1,100.00元，上年1,000.00元，增加10.00%，请在情况说明页填写变动原因',
        left: '1100.00',
        right: '1000.00',
      },
    ]);
  });

  it('−9.99 % passes, −10.00 % is flagged; the rate is the printed one (9.994 % → 9.99 passes, 9.995 % → 10.00 does not)', () => {
    expect(findings(functional('900.10', prior), 'ITEM_CHANGE_REASON')).toEqual([]);
    expect(findings(functional('900.00', prior), 'ITEM_CHANGE_REASON')[0]!.message).toContain('减少10.00%');
    const tenThousand = { '2010301': yuan('10000.00') };
    expect(findings(functional('10999.40', tenThousand), 'ITEM_CHANGE_REASON')).toEqual([]); // +9.994 %
    expect(findings(functional('10999.50', tenThousand), 'ITEM_CHANGE_REASON')).toHaveLength(1); // +9.995 % prints 10.00 %
  });

  it('a reason entered for the 项 closes the finding; a blank one does not', () => {
    expect(findings(functional('1100.00', prior, { 'functional:2010301': '新增窗口人员经费' }), 'ITEM_CHANGE_REASON')).toEqual([]);
    expect(findings(functional('1100.00', prior, { 'functional:2010301': '  ' }), 'ITEM_CHANGE_REASON')).toHaveLength(1);
    expect(findings(functional('1100.00', prior, { 'threePublic:reception': '别的原因' }), 'ITEM_CHANGE_REASON')).toHaveLength(1);
  });

  it('without last year\'s accepted budget (no 上年数 per 项) nothing is said, however large the amount', () => {
    expect(findings(functional('99999999.00', null), 'ITEM_CHANGE_REASON')).toEqual([]);
    expect(findings(functional('99999999.00', undefined), 'ITEM_CHANGE_REASON')).toEqual([]);
  });

  it('a 项 new this year (上年 0.00) and a 项 dropped this year (本年 0.00, −100.00 %) both need a reason', () => {
    const found = findings(functional('50.00', { '2010302': yuan('80.00') }), 'ITEM_CHANGE_REASON');
    expect(found.map((f) => [f.key, f.left, f.right])).toEqual([
      ['functional:2010301', '50.00', '0.00'],
      ['functional:2010302', '0.00', '80.00'],
    ]);
    expect(found[0]!.message).toBe('2010301 行政运行本年50.00元，上年0.00元，上年为零，请在情况说明页填写变动原因');
    expect(found[1]!.message).toContain('减少100.00%');
  });

  it('the 项 total counts 上年结转 lines and every source; a parameter of 20.00 % lets +10 % pass', () => {
    const budget = department({
      lines: [line({ functionalCode: '2010301', amount: '600.00' }), line({ functionalCode: '2010301', amount: '500.00', carryover: true, fundingSource: 'UNIT_FUNDS' })],
      priorFunctional: prior,
    });
    expect(findings(budget, 'ITEM_CHANGE_REASON').map((f) => f.left)).toEqual(['1100.00']);
    expect(findings(budget, 'ITEM_CHANGE_REASON', { thresholdPercent: '20.00' })).toEqual([]);
  });
});

describe('ITEM_CHANGE_REASON: 三公 items', () => {
  const reception = (amount: string, receptionPrior: string | null, changeReasons: Record<string, string> = {}): DepartmentBudget =>
    department({
      lines: [line({ deptEconCode: '30217', amount })],
      priorYear: {
        totalIncome: null,
        totalExpenditure: null,
        generalPublicCurrent: null,
        threePublic: { abroad: yuan('0.00'), reception: receptionPrior === null ? null : yuan(receptionPrior), vehiclePurchase: yuan('0.00'), vehicleOperation: yuan('0.00') },
        organOperating: null,
      },
      changeReasons,
    });

  it('公务接待费 +9.99 % passes, +10.00 % needs its own reason; items staying at 0.00 need none', () => {
    expect(findings(reception('1099.90', '1000.00'), 'ITEM_CHANGE_REASON')).toEqual([]);
    expect(findings(reception('1100.00', '1000.00'), 'ITEM_CHANGE_REASON')).toMatchObject([
      { key: 'threePublic:reception', severity: 'FATAL', where: '情况说明 › 增减变动原因 › 三公经费 公务接待费', message: '公务接待费本年1,100.00元，上年1,000.00元，增加10.00%，请在情况说明页填写变动原因' },
    ]);
  });

  it('the item\'s reason closes it; the department-wide 三公 text does not; an unknown 上年 is no finding', () => {
    expect(findings(reception('1100.00', '1000.00', { 'threePublic:reception': '接待任务增加' }), 'ITEM_CHANGE_REASON')).toEqual([]);
    const general = { ...reception('1100.00', '1000.00'), narrative: { changeReason: null, threePublicChangeReason: '人员变动', organOperatingChangeReason: null } };
    expect(findings(general, 'ITEM_CHANGE_REASON')).toHaveLength(1);
    expect(findings(reception('5000.00', null), 'ITEM_CHANGE_REASON')).toEqual([]);
  });
});

describe('NARRATIVE_PLACEHOLDER in entered reasons', () => {
  it('a reason still reading “XX” is FATAL, named by its subject', () => {
    expect(findings(functional('1100.00', prior, { 'functional:2010301': '因XX增加' }), 'NARRATIVE_PLACEHOLDER')).toMatchObject([
      { key: 'reason:functional:2010301', where: '情况说明 › 增减变动原因（功能分类2010301）', message: '含未替换的占位符：“XX”' },
    ]);
  });
});
