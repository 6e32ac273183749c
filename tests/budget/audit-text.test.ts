/** 审计日志 rows in words: a line's update, a created project, a 绩效目标申报表's funds and indicators, a 退回. */
import { describe, expect, it } from 'vitest';
import { changeSummary, describeChanges, lineLabel, NO_NAMES, type AuditNames } from '@/lib/budget/audit-text';

const names: AuditNames = {
  ...NO_NAMES,
  functional: new Map([['2023:2010101', '行政运行'], ['2023:2010102', '一般行政管理事务']]),
  deptEcon: new Map([['2023:30101', '基本工资']]),
  units: new Map([['u1', '政务服务中心']]),
  projects: new Map([['p1', '搬迁']]),
};

const line = { id: 'l1', year: 2023, unitId: 'u1', departmentId: 'd1', functionalCode: '2010101', deptEconCode: '30101', govEconOverride: null, kind: 'BASIC', projectId: null, fundingSource: 'GENERAL_PUBLIC', carryover: false, amountYuan: '1000.00', note: null, version: 1, updatedById: 'x' };

describe('describeChanges', () => {
  it('words a line update: codes with names, 元 with separators, technical fields left out', () => {
    const after = { ...line, functionalCode: '2010102', amountYuan: '1234567.80', note: '调整', version: 2 };
    const changes = describeChanges({ kind: 'LINE_UPDATE', entity: 'BudgetLine', year: 2023, before: line, after }, names);
    expect(changes).toEqual([
      { label: '功能分类科目', before: '2010101 行政运行', after: '2010102 一般行政管理事务' },
      { label: '金额', before: '1,000.00 元', after: '1,234,567.80 元' },
      { label: '备注', before: '（空）', after: '调整' },
    ]);
    expect(changeSummary(changes, 2)).toBe('功能分类科目：2010101 行政运行 → 2010102 一般行政管理事务；金额：1,000.00 元 → 1,234,567.80 元；等3项');
  });

  it('lists a created line’s filled fields only, and a project line’s project by name', () => {
    const created = { ...line, kind: 'PROJECT', projectId: 'p1', carryover: true };
    const changes = describeChanges({ kind: 'LINE_CREATE', entity: 'BudgetLine', year: 2023, before: null, after: created }, names);
    expect(changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ['单位', null, '政务服务中心'],
      ['功能分类科目', null, '2010101 行政运行'],
      ['部门经济分类科目', null, '30101 基本工资'],
      ['支出类型', null, '项目支出'],
      ['项目', null, '搬迁'],
      ['资金来源', null, '一般公共预算'],
      ['上年结转', null, '是'],
      ['金额', null, '1,000.00 元'],
    ]);
  });

  it('words a 绩效目标申报表: funds per period and indicators added or removed', () => {
    const funds = { total: '100.00', central: '0.00', provincial: '0.00', cityCounty: '100.00', selfRaised: '0.00', other: null };
    const indicator = { scope: 'ANNUAL', level1: '产出指标', level2: '数量指标', name: '培训人次', operator: '≥', value: '100', measureUnit: '人次', text: null };
    const before = { version: 1, data: { funds: { period: funds, annual: funds }, overview: '旧', indicators: [indicator] } };
    const after = { version: 2, data: { funds: { period: funds, annual: { ...funds, total: '150.00', cityCounty: '150.00' } }, overview: '旧', indicators: [{ ...indicator, value: '120' }] } };
    expect(describeChanges({ kind: 'PERFORMANCE_UPDATE', entity: 'PerformanceForm', year: 2023, before, after }, names)).toEqual([
      { label: '年度资金总额', before: '100.00 元', after: '150.00 元' },
      { label: '年度市县财政资金', before: '100.00 元', after: '150.00 元' },
      { label: '绩效指标', before: '年度 产出指标/数量指标/培训人次 ≥ 100人次', after: '年度 产出指标/数量指标/培训人次 ≥ 120人次' },
    ]);
  });

  it('words a project’s deletion from its kept record and a 退回 by its states', () => {
    const project = { id: 'p1', year: 2023, unitId: 'u1', name: '搬迁', attribute: 'ONE_OFF', periodYears: 1, sortOrder: 0, version: 3 };
    expect(describeChanges({ kind: 'PROJECT_DELETE', entity: 'Project', year: 2023, before: { project, contents: {} }, after: null }, names)).toEqual([
      { label: '项目名称', before: '搬迁', after: null },
      { label: '项目属性', before: '一次性项目', after: null },
      { label: '项目期（年）', before: '1', after: null },
      { label: '排序', before: '0', after: null },
    ]);
    expect(describeChanges({ kind: 'WORKFLOW', entity: 'DepartmentSubmission', year: 2023, before: { status: 'SUBMITTED' }, after: { status: 'RETURNED', action: 'return' } }, names)).toEqual([
      { label: '状态', before: '已报送财政', after: '已退回' },
      { label: '操作', before: null, after: '退回' },
    ]);
  });
});

describe('other rows and labels', () => {
  it('names the fields of a user change and words its values', () => {
    const row = { kind: 'USER_CHANGE', entity: 'User', year: null, before: { role: 'UNIT_ACCOUNTANT', active: true }, after: { role: 'DEPT_LEADER', active: false } };
    expect(describeChanges(row, names)).toEqual([
      { label: '角色', before: '单位财务', after: '部门领导' },
      { label: '启用', before: '是', after: '否' },
    ]);
  });

  it('words nested values instead of printing JSON', () => {
    const row = { kind: 'IMPORT', entity: 'Unit', year: 2023, before: null, after: { lines: [{ a: 1 }, { a: 2 }], summary: { name: '政务服务中心', code: '045002' } } };
    const changes = describeChanges(row, names);
    expect(changes).toEqual([
      { label: 'lines', before: null, after: '共2项' },
      { label: 'summary', before: null, after: '名称：政务服务中心，编码：045002' },
    ]);
    expect(changes.every((c) => !/[{}"]/.test(`${c.before ?? ''}${c.after ?? ''}`))).toBe(true);
  });

  it('labels a line by its codes with names and its unit', () => {
    expect(lineLabel(line, 2023, names)).toBe('2010101 行政运行 · 30101 基本工资 · 政务服务中心');
    expect(lineLabel(null, 2023, names)).toBeNull();
  });
});

