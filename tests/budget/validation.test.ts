import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { lineIssues, validateDepartmentBudget, validateLine, validationContext } from '@/lib/budget/validation';
import { department, line, project, unit } from './support/builders';

const budget = department({
  units: [unit('u1', 'ADMINISTRATIVE', 1, '甲局'), unit('u2', 'OTHER_INSTITUTION', 2, '丙所')],
  projects: [project('p1', 'u1', '信息化'), project('p2', 'u2', '检测')],
});
const ctx = validationContext(budget);

describe('validateLine: the one decision on a line (docs/domain.md §1.1)', () => {
  it('accepts a valid basic line and a valid project line', () => {
    expect(validateLine(line({ amount: '100.00' }), ctx)).toEqual([]);
    expect(validateLine(line({ kind: 'PROJECT', projectId: 'p1', deptEconCode: '31002', amount: '0' }), ctx)).toEqual([]);
  });

  it.each([
    ['unknown 功能 code', { functionalCode: '2019999' }, ['功能分类科目 2019999 在2023年度不存在']],
    ['功能 code at 款 level (not 项级)', { functionalCode: '20103' }, ['功能分类科目须为项级（7位）："20103" 是款级']],
    ['功能 code at 类 level (not 项级)', { functionalCode: '201' }, ['功能分类科目须为项级（7位）："201" 是类级']],
    ['功能 code malformed', { functionalCode: '20A' }, ['功能分类科目须为7位数字（项级）："20A"']],
    ['部门经济 at 类 level', { deptEconCode: '301' }, ['部门经济分类科目须为5位数字（款级）："301"']],
    ['unknown 部门经济 款', { deptEconCode: '30199' }, ['部门经济分类科目 30199 在2023年度不存在']],
    ['basic line in 类 399', { deptEconCode: '39999' }, ['基本支出只能使用部门经济分类 301、302、303、310 类，不能使用 399 类']],
    ['basic line in a 类 unknown to the year', { deptEconCode: '30901' }, ['基本支出只能使用部门经济分类 301、302、303、310 类，不能使用 309 类']],
    ['project line without 对照 row for its unit side', { kind: 'PROJECT' as const, projectId: 'p1', deptEconCode: '39999' }, ['部门经济分类 "39999" 在机关下没有对应的政府经济分类（请在对照表中补充）']],
    ['unknown 政府经济 override', { govEconOverride: '59999' }, ['政府经济分类科目 59999 在2023年度不存在']],
    ['unknown unit', { unitId: 'nope' }, ['单位不存在："nope"']],
    ['project line without project', { kind: 'PROJECT' as const }, ['项目支出必须选择所属项目']],
    ['unknown project', { kind: 'PROJECT' as const, projectId: 'p9' }, ['所选项目不存在："p9"']],
    ['project of another unit', { kind: 'PROJECT' as const, projectId: 'p2' }, ['所选项目「检测」属于其他单位，不能用于本单位的预算行']],
    ['basic line with a project', { projectId: 'p1' }, ['基本支出不能关联项目']],
  ])('%s', (_label, fields, messages) => {
    expect(validateLine(line({ amount: '1', ...fields }), ctx)).toEqual(messages);
  });

  it('names the field of each issue', () => {
    const issues = lineIssues(line({ amount: '1', functionalCode: '2019999', kind: 'PROJECT', projectId: 'p2', govEconOverride: '59999' }), ctx);
    expect(issues.map((i) => i.field)).toEqual(['functionalCode', 'govEconOverride', 'projectId']);
  });

  it('refuses a 项 code whose 款 the year lacks', () => {
    const reference = { ...budget.reference, functional: [...budget.reference.functional, { code: '2019901', name: '孤立的项' }] };
    const orphan = validationContext({ ...budget, reference });
    expect(validateLine(line({ amount: '1', functionalCode: '2019901' }), orphan)).toEqual(['功能分类科目 2019901 的上级科目 20199 在2023年度不存在']);
  });

  it('refuses a project of another year (a project looked up by id on save)', () => {
    const saving = validationContext({ year: 2023, units: budget.units, projects: [{ id: 'p5', unitId: 'u1', name: '旧项目', year: 2022 }], reference: budget.reference });
    expect(validateLine(line({ amount: '1', kind: 'PROJECT', projectId: 'p5' }), saving)).toEqual(['所选项目「旧项目」属于2022年度，不能用于2023年度的预算行']);
    const sameYear = validationContext({ year: 2023, units: budget.units, projects: [{ id: 'p5', unitId: 'u1', name: '旧项目', year: 2023 }], reference: budget.reference });
    expect(validateLine(line({ amount: '1', kind: 'PROJECT', projectId: 'p5' }), sameYear)).toEqual([]);
  });

  it('rejects negative amounts and more than two decimals', () => {
    const negative = { ...line({ amount: '1' }), amountYuan: new Decimal('-5') };
    const precise = { ...line({ amount: '1' }), amountYuan: new Decimal('1.005') };
    expect(validateLine(negative, ctx)).toEqual(['金额不能为负数：-5']);
    expect(validateLine(precise, ctx)).toEqual(['金额最多两位小数：1.005']);
  });

  it('reports a missing 对照 row as a validation error, not a crash; an override needs none', () => {
    const noMapping = validationContext({ ...budget, reference: { ...budget.reference, econMapping: [] } });
    expect(validateLine(line({ amount: '1' }), noMapping)).toEqual(['部门经济分类 "30101" 在机关下没有对应的政府经济分类（请在对照表中补充）']);
    expect(validateLine(line({ amount: '1', unitId: 'u2' }), noMapping)).toEqual(['部门经济分类 "30101" 在事业单位下没有对应的政府经济分类（请在对照表中补充）']);
    expect(validateLine(line({ amount: '1', govEconOverride: '50101' }), noMapping)).toEqual([]);
  });
});

describe('validateDepartmentBudget', () => {
  it('collects line issues with their subject and field, plus duplicate ids', () => {
    const l1 = line({ amount: '1', functionalCode: '20103' });
    const issues = validateDepartmentBudget({ ...budget, lines: [l1, { ...l1 }] });
    expect(issues).toContainEqual({ subject: { kind: 'line', id: l1.id }, field: null, message: `预算行编号重复："${l1.id}"` });
    expect(issues).toContainEqual({ subject: { kind: 'line', id: l1.id }, field: 'functionalCode', message: '功能分类科目须为项级（7位）："20103" 是款级' });
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
