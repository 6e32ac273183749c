import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THREE_PUBLIC_CODES,
  expenseNature,
  functionalClasses,
  functionalLevel,
  functionalParent,
  functionalPath,
  govEconIndex,
  resolveGovEcon,
  threePublicCodes,
  threePublicItemOf,
} from '@/lib/budget/classification';
import { deriveTables } from '@/lib/budget/disclosure/registry';
import { testReference } from './support/reference';
import { department, line } from './support/builders';

describe('功能分类 hierarchy', () => {
  it.each([
    ['201', '类', ['201'], null],
    ['20103', '款', ['201', '20103'], '201'],
    ['2010306', '项', ['201', '20103', '2010306'], '20103'],
  ])('%s is a %s', (code, level, path, parent) => {
    expect(functionalLevel(code)).toBe(level);
    expect(functionalPath(code)).toEqual(path);
    expect(functionalParent(code)).toBe(parent);
  });
  it.each(['20', '2010', '201030', '20103066', 'abc', ''])('%j is not a 功能 code', (code) => {
    expect(functionalLevel(code)).toBeNull();
    expect(functionalPath(code)).toEqual([]);
  });
  it('lists the 30 类 of the reference data by code', () => {
    const classes = functionalClasses(testReference());
    expect(classes).toHaveLength(30);
    expect(classes[0]).toEqual({ code: '201', name: '一般公共服务支出' });
    expect(classes.at(-1)).toEqual({ code: '234', name: '抗疫特别国债安排的支出' });
  });
});

describe('经济分类', () => {
  it.each([
    ['30101', 'PERSONNEL'],
    ['30302', 'PERSONNEL'],
    ['30201', 'PUBLIC'],
    ['31002', 'PUBLIC'],
    ['39999', null],
  ])('%s is %s', (code, nature) => {
    expect(expenseNature(code)).toBe(nature);
  });

  const index = govEconIndex(testReference());
  it('maps by (部门经济 款, unit category), with the line override first', () => {
    expect(resolveGovEcon({ deptEconCode: '30101', govEconOverride: null }, { govEconCategory: 'ORGAN' }, index)).toEqual({ ok: true, code: '50101' });
    expect(resolveGovEcon({ deptEconCode: '30101', govEconOverride: null }, { govEconCategory: 'INSTITUTION' }, index)).toEqual({ ok: true, code: '50501' });
    expect(resolveGovEcon({ deptEconCode: '30101', govEconOverride: '50999' }, { govEconCategory: 'ORGAN' }, index)).toEqual({ ok: true, code: '50999' });
  });
  it('reports a missing mapping instead of throwing', () => {
    expect(resolveGovEcon({ deptEconCode: '39999', govEconOverride: null }, { govEconCategory: 'INSTITUTION' }, index)).toEqual({
      ok: false,
      error: '部门经济分类 "39999" 在事业单位下没有对应的政府经济分类（请在对照表中补充）',
    });
  });
});

describe('三公 codes', () => {
  it('default to the domain notes’ codes and can be overridden per year', () => {
    expect(threePublicCodes(testReference())).toEqual(DEFAULT_THREE_PUBLIC_CODES);
    const override = { ...DEFAULT_THREE_PUBLIC_CODES, vehiclePurchase: '31099' };
    expect(threePublicItemOf('31099', threePublicCodes({ ...testReference(), threePublicCodes: override }))).toBe('vehiclePurchase');
    expect(threePublicItemOf('31013', override)).toBeNull();
  });

  it('the override reaches 表10', () => {
    const reference = { ...testReference(), threePublicCodes: { ...DEFAULT_THREE_PUBLIC_CODES, reception: '30201' } };
    const t10 = deriveTables(department({ reference, lines: [line({ deptEconCode: '30201', amount: '500' })] }))[9];
    expect(t10?.sections[0]?.rows[1]).toMatchObject({ code: '30201', name: '公务接待费' });
    expect(t10?.sections[0]?.rows[1]?.values[0]?.toFixed(2)).toBe('500.00');
  });
});
