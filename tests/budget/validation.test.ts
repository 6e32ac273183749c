import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { validateDepartmentBudget, validateLine, validationContext } from '@/lib/budget/validation';
import { department, line, project, unit } from './support/builders';

const budget = department({
  units: [unit('u1', 'ADMINISTRATIVE', 1, '甲局'), unit('u2', 'OTHER_INSTITUTION', 2, '丙所')],
  projects: [project('p1', 'u1', '信息化'), project('p2', 'u2', '检测')],
});
const ctx = validationContext(budget);

describe('validateLine', () => {
  it('accepts a valid basic line and a valid project line', () => {
    expect(validateLine(line({ amount: '100.00' }), ctx)).toEqual([]);
    expect(validateLine(line({ kind: 'PROJECT', projectId: 'p1', deptEconCode: '31002', amount: '0' }), ctx)).toEqual([]);
  });

  it.each([
    ['unknown 功能 code', { functionalCode: '2019999' }, ['功能分类：未知的功能分类科目 "2019999"']],
    ['功能 code at 款 level', { functionalCode: '20103' }, ['功能分类必须是项级（7位）科目："20103" 是款级']],
    ['功能 code malformed', { functionalCode: '20A' }, ['功能分类：科目编码 "20A" 格式不正确（应为3/5/7位数字）']],
    ['部门经济 at 类 level', { deptEconCode: '301' }, ['部门经济分类必须是款级（5位）科目："301"']],
    ['unknown 部门经济 款', { deptEconCode: '30199' }, ['部门经济分类：未知的部门经济分类科目 "30199"']],
    ['basic line outside 301/302/303/310', { deptEconCode: '39999' }, ['基本支出的部门经济分类必须属于301/302/303/310："39999"', '部门经济分类 "39999" 在机关下没有对应的政府经济分类（请在对照表中补充）']],
    ['unknown 政府经济 override', { govEconOverride: '59999' }, ['政府经济分类：未知的政府经济分类科目 "59999"']],
    ['unknown unit', { unitId: 'nope' }, ['单位：未知的单位 "nope"']],
    ['project line without project', { kind: 'PROJECT' as const }, ['项目支出必须属于一个项目']],
    ['unknown project', { kind: 'PROJECT' as const, projectId: 'p9' }, ['项目：未知的项目 "p9"']],
    ['project of another unit', { kind: 'PROJECT' as const, projectId: 'p2' }, ['项目：项目「检测」属于其他单位，不能用于本单位的预算行']],
    ['basic line with a project', { projectId: 'p1' }, ['项目：基本支出不能属于项目']],
  ])('%s', (_label, fields, messages) => {
    expect(validateLine(line({ amount: '1', ...fields }), ctx)).toEqual(messages);
  });

  it('rejects negative amounts and more than two decimals', () => {
    const negative = { ...line({ amount: '1' }), amountYuan: new Decimal('-5') };
    const precise = { ...line({ amount: '1' }), amountYuan: new Decimal('1.005') };
    expect(validateLine(negative, ctx)).toEqual(['金额不能为负数：-5']);
    expect(validateLine(precise, ctx)).toEqual(['金额最多两位小数：1.005']);
  });

  it('reports a missing 对照 row as a validation error, not a crash', () => {
    const noMapping = validationContext({ ...budget, reference: { ...budget.reference, econMapping: [] } });
    expect(validateLine(line({ amount: '1' }), noMapping)).toEqual(['部门经济分类 "30101" 在机关下没有对应的政府经济分类（请在对照表中补充）']);
    expect(validateLine(line({ amount: '1', govEconOverride: '50101' }), noMapping)).toEqual([]);
  });
});

describe('validateDepartmentBudget', () => {
  it('collects line issues with their subject and field, plus duplicate ids', () => {
    const l1 = line({ amount: '1', functionalCode: '20103' });
    const issues = validateDepartmentBudget({ ...budget, lines: [l1, { ...l1 }] });
    expect(issues).toContainEqual({ subject: { kind: 'line', id: l1.id }, field: null, message: `预算行编号重复："${l1.id}"` });
    expect(issues).toContainEqual({ subject: { kind: 'line', id: l1.id }, field: 'functionalCode', message: '功能分类必须是项级（7位）科目："20103" 是款级' });
  });

  it('flags a project whose unit is unknown and bad procurement entries', () => {
    const issues = validateDepartmentBudget({
      ...budget,
      projects: [project('p3', 'u9', '孤儿项目')],
      procurement: [{ id: 'g1', unitId: 'u1', projectId: 'p7', category: 'GOODS', itemName: '电脑', amountYuan: new Decimal('-1') }],
    });
    expect(issues.map((i) => i.message)).toEqual([
      '项目「孤儿项目」：未知的单位 "u9"',
      '政府采购「电脑」：未知的项目 "p7"',
      '政府采购「电脑」：金额必须为非负数且最多两位小数',
    ]);
  });

  it('is empty for the consistent sample', () => {
    expect(validateDepartmentBudget(department())).toEqual([]);
  });
});
