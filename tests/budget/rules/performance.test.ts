/** 绩效目标申报表 rules: 起报金额 boundary, required texts, indicators per 一级, funds by source, 满意度 bound, duplicates. */
import { describe, expect, it } from 'vitest';
import { yuan } from '@/lib/budget/money';
import type { Indicator, PerformanceForm, Project } from '@/lib/budget/types';
import { department, line, project } from '../support/builders';
import { indicator, performanceFormFor } from '../support/forms';
import { findings } from './support';

const complete: Indicator[] = [
  indicator({ name: '培训人次', level1: '产出指标', level2: '数量指标' }),
  indicator({ name: '服务水平', level1: '效益指标', level2: '社会效益指标', operator: null, value: null, measureUnit: null, text: '提升' }),
  indicator({ name: '群众满意度', level1: '满意度指标', level2: '服务对象满意度指标', operator: '≥', value: '95', measureUnit: '%' }),
];
const withForm = (p: Project, form: PerformanceForm | null): Project => ({ ...p, performanceForm: form });
const projectLine = (amount: string, extra: Partial<Parameters<typeof line>[0]> = {}) =>
  line({ kind: 'PROJECT', projectId: 'p1', deptEconCode: '30201', amount, ...extra });
const budgetOf = (form: PerformanceForm | null, lines = [projectLine('1000.00')]) =>
  department({ projects: [withForm(project('p1', 'u1', '信息化项目'), form)], lines });

describe('PERF_FORM_REQUIRED (起报金额 default 100,000.00 元 of 本年 funds)', () => {
  it('99,999.99 元 without a form passes, 100,000.00 元 is FATAL', () => {
    expect(findings(budgetOf(null, [projectLine('99999.99')]), 'PERF_FORM_REQUIRED')).toEqual([]);
    const [f] = findings(budgetOf(null, [projectLine('100000.00')]), 'PERF_FORM_REQUIRED');
    expect(f).toMatchObject({ severity: 'FATAL', unitId: 'u1', key: 'p1', where: '单位u1 › 项目「信息化项目」' });
    expect(f!.message).toBe('项目本年预算100,000.00元，未填报绩效目标申报表');
  });

  it('上年结转 money alone needs no form; with 起报金额 0.01 any 本年 money does, but a project without money does not', () => {
    expect(findings(budgetOf(null, [projectLine('500000.00', { carryover: true })]), 'PERF_FORM_REQUIRED')).toEqual([]);
    expect(findings(budgetOf(null, [projectLine('0.01')]), 'PERF_FORM_REQUIRED', { minimumYuan: '0.01' })).toHaveLength(1);
    expect(findings(budgetOf(null, []), 'PERF_FORM_REQUIRED', { minimumYuan: '0.00' })).toEqual([]);
  });
});

describe('PERF_FORM_FIELDS', () => {
  it('a complete form passes; blank texts are FATAL, named in the form order', () => {
    expect(findings(budgetOf(performanceFormFor('1000.00', complete)), 'PERF_FORM_FIELDS')).toEqual([]);
    const blank = { ...performanceFormFor('1000.00', complete), basis: '', goalAnnual: '   ' };
    expect(findings(budgetOf(blank), 'PERF_FORM_FIELDS')).toMatchObject([{ severity: 'FATAL', message: '未填写：立项依据、年度总体目标' }]);
  });

  it('a form of a project without money (the demo 0-元 duplicate) is not checked', () => {
    expect(findings(budgetOf({ ...performanceFormFor('0.00', []), overview: '' }, []), 'PERF_FORM_FIELDS')).toEqual([]);
  });
});

describe('PERF_INDICATORS (default one 年度 indicator under each 一级)', () => {
  it('one each passes; no 满意度 is FATAL; a 实施期 满意度 does not count for the year', () => {
    expect(findings(budgetOf(performanceFormFor('1000.00', complete)), 'PERF_INDICATORS')).toEqual([]);
    const periodOnly = complete.map((i) => (i.level1 === '满意度指标' ? { ...i, scope: 'PERIOD' as const } : i));
    expect(findings(budgetOf(performanceFormFor('1000.00', periodOnly)), 'PERF_INDICATORS')).toMatchObject([
      { severity: 'FATAL', message: '绩效指标不足：满意度指标0个（至少1个）' },
    ]);
  });

  it('minOutput 2: one 产出 indicator fails, two pass', () => {
    expect(findings(budgetOf(performanceFormFor('1000.00', complete)), 'PERF_INDICATORS', { minOutput: '2' })[0]!.message).toBe('绩效指标不足：产出指标1个（至少2个）');
    const two = [...complete, indicator({ name: '培训天数', level1: '产出指标', level2: '时效指标' })];
    expect(findings(budgetOf(performanceFormFor('1000.00', two)), 'PERF_INDICATORS', { minOutput: '2' })).toEqual([]);
  });
});

describe('PERF_FUNDS', () => {
  it('年度资金总额 = the project lines passes; one 分 less is FATAL with both sides', () => {
    expect(findings(budgetOf(performanceFormFor('1000.00', complete)), 'PERF_FUNDS')).toEqual([]);
    expect(findings(budgetOf(performanceFormFor('999.99', complete)), 'PERF_FUNDS')).toMatchObject([
      { severity: 'FATAL', key: 'p1:total', left: '999.99', right: '1000.00', message: '年度资金总额与项目预算不一致：申报表999.99元，项目预算1,000.00元' },
    ]);
  });

  it('by source: 财政资金 (中央+省级+市县) against 财政拨款 lines, 单位自筹+其他 against the rest', () => {
    const form = performanceFormFor('1000.00', complete);
    const split = { ...form.funds.annual, cityCounty: yuan('600.00'), selfRaised: yuan('400.00') };
    const splitForm = { ...form, funds: { period: split, annual: split } };
    expect(findings(budgetOf(splitForm), 'PERF_FUNDS')).toMatchObject([{ key: 'p1:fiscal', left: '600.00', right: '1000.00' }]);
    const matching = [projectLine('600.00'), projectLine('400.00', { fundingSource: 'UNIT_FUNDS' })];
    expect(findings(budgetOf(splitForm, matching), 'PERF_FUNDS')).toEqual([]);
  });

  it('a 资金总额 that is not the sum of its sources is FATAL', () => {
    const form = performanceFormFor('1000.00', complete);
    const off = { ...form.funds.period, central: yuan('0.01') };
    expect(findings(budgetOf({ ...form, funds: { period: off, annual: form.funds.annual } }), 'PERF_FUNDS')).toMatchObject([
      { key: 'p1:parts:实施期', left: '1000.00', right: '1000.01', message: '实施期资金总额1,000.00元不等于各来源之和1,000.01元' },
    ]);
  });
});

describe('PERF_SATISFACTION_BOUND and PERF_DUPLICATE (warnings)', () => {
  it('满意度 ≤100% is a WARN, ≥95% is not', () => {
    const upper = complete.map((i) => (i.level1 === '满意度指标' ? { ...i, operator: '≤' as const, value: '100' } : i));
    expect(findings(budgetOf(performanceFormFor('1000.00', upper)), 'PERF_SATISFACTION_BOUND')).toMatchObject([{ severity: 'WARN', unitId: 'u1' }]);
    expect(findings(budgetOf(performanceFormFor('1000.00', complete)), 'PERF_SATISFACTION_BOUND')).toEqual([]);
  });

  it('the same name twice in a unit is a WARN on the later filing; in two units it is not', () => {
    const twice = department({ projects: [project('p1', 'u1', '同名', 1), project('p2', 'u1', '同名', 2)] });
    expect(findings(twice, 'PERF_DUPLICATE')).toMatchObject([{ severity: 'WARN', key: 'p2', unitId: 'u1' }]);
    const apart = department({ projects: [project('p1', 'u1', '同名', 1), project('p2', 'u2', '同名', 2)] });
    expect(findings(apart, 'PERF_DUPLICATE')).toEqual([]);
  });
});
