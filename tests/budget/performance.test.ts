/** 绩效目标申报表: the structured form and the findings the example teaches. */
import { describe, expect, it } from 'vitest';
import { performanceForms } from '@/lib/budget/performance';
import { performanceFindings } from '@/lib/budget/performance-findings';
import { yuan } from '@/lib/budget/money';
import type { DepartmentBudget } from '@/lib/budget/types';
import { department, line, project, unit } from './support/builders';
import { funds, indicator, performanceFormFor } from './support/forms';

function budget(): DepartmentBudget {
  const satisfaction = (scope: 'PERIOD' | 'ANNUAL', sortOrder: number) =>
    indicator({ scope, level1: '满意度指标', level2: '服务对象满意度指标', name: '企业满意度', operator: '≤', value: '100', measureUnit: '%', sortOrder });
  return department({
    units: [unit('u1', 'ADMINISTRATIVE', 1, '甲局'), unit('u2', 'CIVIL_SERVICE_INSTITUTION', 2, '乙中心')],
    projects: [
      {
        ...project('p1', 'u1', '信息化'),
        attribute: 'RECURRING',
        periodYears: 3,
        performanceForm: performanceFormFor('1000.00', [
          indicator({ name: '服务器数量', sortOrder: 2 }),
          indicator({ name: '及时性', level2: '时效指标', operator: null, value: null, measureUnit: null, text: '及时', sortOrder: 3 }),
          satisfaction('PERIOD', 4),
          satisfaction('ANNUAL', 5),
          indicator({ name: '使用人数', operator: '＞', value: '100', measureUnit: '人', sortOrder: 1 }),
        ]),
      },
      { ...project('p2', 'u2', '热线'), performanceForm: { ...performanceFormFor('500.00'), funds: { period: funds('500.00'), annual: { ...funds('500.00'), selfRaised: yuan('1') } } } },
      { ...project('p3', 'u2', '热线'), performanceForm: performanceFormFor('0.00') },
    ],
    lines: [
      line({ unitId: 'u1', kind: 'PROJECT', projectId: 'p1', deptEconCode: '31002', amount: '600' }),
      line({ unitId: 'u1', kind: 'PROJECT', projectId: 'p1', deptEconCode: '30201', carryover: true, amount: '400' }),
      line({ unitId: 'u2', kind: 'PROJECT', projectId: 'p2', deptEconCode: '30226', amount: '499.99' }),
    ],
  });
}

describe('performanceForms', () => {
  const forms = performanceForms(budget());

  it('builds the header as printed', () => {
    expect(forms.map((f) => [f.projectName, f.department, f.unit, f.attribute, f.period])).toEqual([
      ['信息化', '045-测试县某某局[部门]', '甲局', '经常性项目（长期开展）', '3年'],
      ['热线', '045-测试县某某局[部门]', '乙中心', '一次性项目（1年结束）', '1年'],
      ['热线', '045-测试县某某局[部门]', '乙中心', '一次性项目（1年结束）', '1年'],
    ]);
  });

  it('prints indicator values and groups them 一级 → 二级 → 三级 in sortOrder', () => {
    const first = forms[0];
    expect(first?.indicators.map((i) => [i.name, i.value])).toEqual([
      ['使用人数', '＞100人'],
      ['服务器数量', '≥1个'],
      ['及时性', '及时'],
      ['企业满意度', '≤100%'],
      ['企业满意度', '≤100%'],
    ]);
    expect(first?.indicatorTree.map((n) => [n.level1, n.children.map((c) => [c.level2, c.indicators.length])])).toEqual([
      ['产出指标', [['数量指标', 2], ['时效指标', 1]]],
      ['满意度指标', [['服务对象满意度指标', 2]]],
    ]);
  });
});

describe('performanceFindings', () => {
  it('flags ≤ satisfaction once, the duplicate filing, fund mismatches with the lines and within the form', () => {
    expect(performanceFindings(budget())).toEqual([
      { kind: 'SATISFACTION_UPPER_BOUND', projectId: 'p1', message: '项目「信息化」的满意度指标「企业满意度」为≤100%，满意度应设下限（≥），请确认' },
      { kind: 'FUNDS_MISMATCH', projectId: 'p2', message: '项目「热线」绩效目标申报表年度资金总额500.00元与项目预算499.99元不一致' },
      { kind: 'FUND_PARTS_MISMATCH', projectId: 'p2', message: '项目「热线」年度资金总额500.00元不等于各来源之和501.00元' },
      { kind: 'DUPLICATE_PROJECT', projectId: 'p3', message: '项目「热线」在乙中心重复填报（已有同名项目），请合并或删除多余的一份' },
    ]);
  });

  it('flags the later filing as the duplicate by entry order, whatever the ids', () => {
    const base = budget();
    const twice = {
      ...base,
      lines: [],
      projects: [project('z-original', 'u1', '年度项目', 1), project('a-refiled', 'u1', '年度项目', 2)],
    };
    const duplicates = performanceFindings(twice).filter((f) => f.kind === 'DUPLICATE_PROJECT');
    expect(duplicates.map((f) => f.projectId)).toEqual(['a-refiled']);
  });
});
