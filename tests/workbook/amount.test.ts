import { describe, expect, it } from 'vitest';
import { parseAmount } from '@/lib/workbook/amount';

describe('parseAmount: the accepted forms of 金额（元）', () => {
  it.each([
    ['plain text', '1234.56', '1234.56'],
    ['thousands separators', '1,234.56', '1234.56'],
    ['millions', '12,345,678.9', '12345678.90'],
    ['full-width digits and period', '１２３４．５６', '1234.56'],
    ['full-width comma', '１，２３４．５６', '1234.56'],
    ['spaces around', '  88 ', '88.00'],
    ['zero', '0', '0.00'],
    ['numeric cell', 1234.56, '1234.56'],
    ['numeric cell, integer', 500000, '500000.00'],
    ['numeric cell with binary noise (a cached formula result)', 0.1 + 0.2, '0.30'],
    ['the upper bound itself', '1000000000000', '1000000000000.00'],
  ])('%s: %j → %s', (_label, input, expected) => {
    expect(parseAmount(input)).toEqual({ ok: true, amount: expected });
  });

  it.each([
    ['empty', null, '不能为空'],
    ['negative', '-5', '不能为负数'],
    ['full-width minus', '－5', '不能为负数'],
    ['three decimals', '1.234', '最多两位小数'],
    ['numeric cell with three decimals', 1.005, '最多两位小数'],
    ['misplaced separator', '1,23.4', '不小于0、最多两位小数的数字'],
    ['words', '一千元', '不小于0、最多两位小数的数字'],
    ['above 1万亿', '1000000000000.01', '超过1万亿元'],
  ])('refuses %s', (_label, input, fragment) => {
    const result = parseAmount(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(fragment);
  });
});
