/**
 * The line schemas check the shape of what arrives, nothing more: whether the line is valid for
 * its year (codes, 项级, 对照表, 基本支出 classes, the project) is the domain's (tests/budget/validation.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { createLineSchema, updateLineSchema } from '@/lib/schemas/line';
import { firstIssue } from '@/lib/schemas/common';

const wire = { unitId: 'u1', year: 2023, functionalCode: '2010306', deptEconCode: '30101', kind: 'BASIC', fundingSource: 'GENERAL_PUBLIC', amountYuan: '100.00' };

function issue(input: unknown) {
  const result = createLineSchema.safeParse(input);
  return result.success ? null : firstIssue(result.error);
}

describe('createLineSchema', () => {
  it('fills the optional fields', () => {
    expect(createLineSchema.parse(wire)).toEqual({ ...wire, govEconOverride: null, projectId: null, carryover: false, note: null });
  });

  it.each([
    ['a 功能 code of 5 digits', { functionalCode: '20103' }, 'functionalCode', '功能分类科目须为7位数字（项级）'],
    ['a 部门经济 code of 3 digits', { deptEconCode: '301' }, 'deptEconCode', '部门经济分类科目须为5位数字（款级）'],
    ['an unknown kind', { kind: 'OTHER' }, 'kind', '支出类型须为基本支出（BASIC）或项目支出（PROJECT）'],
    ['money as a number', { amountYuan: 12 }, 'amountYuan', '金额须为字符串形式的金额，如 "12345.67"'],
    ['three decimals', { amountYuan: '1.005' }, 'amountYuan', '金额须为不小于0、最多两位小数的金额（元）'],
  ])('refuses %s, naming the field', (_label, patch, field, message) => {
    expect(issue({ ...wire, ...patch })).toEqual({ field, message });
  });

  it.each([
    ['the grid\'s own display format', '1,234.56', '1234.56'],
    ['one decimal', '1234.5', '1234.5'],
    ['full-width digits and point', '１２３４．５６', '1234.56'],
    ['full-width digits with a full-width comma', '１，２３４．５', '1234.5'],
    ['a paste with spaces and separators', ' 12,345,678.90 ', '12345678.90'],
  ])('accepts %s and passes it on plain: "%s" → "%s"', (_label, typed, plain) => {
    expect(createLineSchema.parse({ ...wire, amountYuan: typed }).amountYuan).toBe(plain);
  });

  it.each([
    ['separators out of place', '12,34.56'],
    ['a negative amount', '-1,234.00'],
    ['three decimals behind separators', '1,234.567'],
  ])('still refuses %s: "%s"', (_label, typed) => {
    expect(issue({ ...wire, amountYuan: typed })).toEqual({ field: 'amountYuan', message: '金额须为不小于0、最多两位小数的金额（元）' });
  });

  it('an empty choice of code says what to choose', () => {
    expect(issue({ ...wire, functionalCode: '' })).toEqual({ field: 'functionalCode', message: '请选择功能分类科目' });
    expect(issue({ ...wire, deptEconCode: '' })).toEqual({ field: 'deptEconCode', message: '请选择部门经济分类科目' });
  });

  it('leaves the rules across fields to the domain: a 项目支出 without project, a 基本支出 in 类 399 are well formed', () => {
    expect(issue({ ...wire, kind: 'PROJECT' })).toBeNull();
    expect(issue({ ...wire, deptEconCode: '39999' })).toBeNull();
  });
});

describe('updateLineSchema', () => {
  it('needs the id and the version, and takes any subset of the fields', () => {
    expect(updateLineSchema.parse({ id: 'l1', version: 3, amountYuan: '5.00' })).toEqual({ id: 'l1', version: 3, amountYuan: '5.00' });
    expect(updateLineSchema.safeParse({ id: 'l1', amountYuan: '5.00' }).success).toBe(false);
  });
});
