/** Plausibility rules at their boundaries: 单笔上限 (default 1亿元), 0.00 lines, identical lines, unit total change. */
import { describe, expect, it } from 'vitest';
import { yuan } from '@/lib/budget/money';
import { department, line } from '../support/builders';
import { findings } from './support';

describe('LINE_LARGE_AMOUNT', () => {
  it('default 100,000,000.00 元: equal passes, one 分 more is a WARN with both amounts', () => {
    expect(findings(department({ lines: [line({ amount: '100000000.00' })] }), 'LINE_LARGE_AMOUNT')).toEqual([]);
    const [f, ...rest] = findings(department({ lines: [line({ id: 'big', amount: '100000000.01' })] }), 'LINE_LARGE_AMOUNT');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'WARN', unitId: 'u1', key: 'big', left: '100000000.01', right: '100000000.00' });
    expect(f!.message).toBe('金额100,000,000.01元超过单笔上限100,000,000.00元，请核对');
    expect(f!.where).toBe('单位u1 › 基本支出 › 明细行 2010306/30101（100,000,000.01元）');
  });

  it('the 9,999,999,999,999.99 元 office line of the issue is flagged', () => {
    expect(findings(department({ lines: [line({ deptEconCode: '30201', amount: '9999999999999.99' })] }), 'LINE_LARGE_AMOUNT')).toHaveLength(1);
  });

  it('a parameter of 500.00 元: 500.00 passes, 500.01 is flagged', () => {
    expect(findings(department({ lines: [line({ amount: '500.00' })] }), 'LINE_LARGE_AMOUNT', { maxYuan: '500.00' })).toEqual([]);
    expect(findings(department({ lines: [line({ amount: '500.01' })] }), 'LINE_LARGE_AMOUNT', { maxYuan: '500.00' })).toHaveLength(1);
  });
});

describe('LINE_ZERO', () => {
  it('0.00 is a WARN, 0.01 is not', () => {
    expect(findings(department({ lines: [line({ id: 'z', amount: '0.00' })] }), 'LINE_ZERO')).toMatchObject([{ severity: 'WARN', key: 'z', unitId: 'u1' }]);
    expect(findings(department({ lines: [line({ amount: '0.01' })] }), 'LINE_ZERO')).toEqual([]);
  });
});

describe('LINE_DUPLICATE', () => {
  it('two identical lines are one WARN naming both; a difference of one 分 or of funding source is not a duplicate', () => {
    const dup = findings(department({ lines: [line({ id: 'b', amount: '10.00' }), line({ id: 'a', amount: '10.00' })] }), 'LINE_DUPLICATE');
    expect(dup).toMatchObject([{ severity: 'WARN', key: 'a,b', message: '有2行完全相同（科目、资金来源与金额均相同），请确认是否重复录入' }]);
    expect(findings(department({ lines: [line({ amount: '10.00' }), line({ amount: '10.01' })] }), 'LINE_DUPLICATE')).toEqual([]);
    expect(findings(department({ lines: [line({ amount: '10.00' }), line({ amount: '10.00', fundingSource: 'UNIT_FUNDS' })] }), 'LINE_DUPLICATE')).toEqual([]);
  });
});

describe('UNIT_TOTAL_CHANGE (default 30.00 %)', () => {
  const previous = { year: 2022, unitTotals: new Map([['u1', yuan('1000.00')]]) };
  const withTotal = (amount: string) => department({ lines: [line({ amount })] });

  it('+30.00 % passes, +30.01 % is a WARN with this year and last year in 元', () => {
    expect(findings(withTotal('1300.00'), 'UNIT_TOTAL_CHANGE', {}, previous)).toEqual([]);
    const [f] = findings(withTotal('1300.10'), 'UNIT_TOTAL_CHANGE', {}, previous);
    expect(f).toMatchObject({ severity: 'WARN', unitId: 'u1', left: '1300.10', right: '1000.00' });
    expect(f!.message).toBe('本年1,300.10元，上年1,000.00元，增加30.01%，超过30.00%');
  });

  it('−30.00 % passes, −30.01 % is flagged', () => {
    expect(findings(withTotal('700.00'), 'UNIT_TOTAL_CHANGE', {}, previous)).toEqual([]);
    expect(findings(withTotal('699.90'), 'UNIT_TOTAL_CHANGE', {}, previous)[0]!.message).toContain('减少30.01%');
  });

  it('a parameter of 10.00 %: 9.99 % passes, 10.01 % is flagged; without last year nothing is said', () => {
    expect(findings(withTotal('1099.90'), 'UNIT_TOTAL_CHANGE', { maxChangePercent: '10.00' }, previous)).toEqual([]);
    expect(findings(withTotal('1100.10'), 'UNIT_TOTAL_CHANGE', { maxChangePercent: '10.00' }, previous)).toHaveLength(1);
    expect(findings(withTotal('5000.00'), 'UNIT_TOTAL_CHANGE', {}, null)).toEqual([]);
  });
});
