/**
 * 绩效目标申报表 rules (docs/domain.md §6): a form for every project with this-year funds (from
 * an amount, 起报金额), its texts filled, indicators under each 一级, 满意度 as a lower bound, its
 * funds equal to the project's lines by source, no project filed twice.
 */
import type Decimal from 'decimal.js';
import type { IndicatorLevel1, PerformanceForm, Project } from '../types';
import { FISCAL_SOURCES } from '../types';
import { sumBy } from '../money';
import { fundPartsTotal } from '../performance';
import { fixed, yuanText, type Rule, type RuleContext } from './context';

const projectLines = (c: RuleContext, project: Project) => c.budget.lines.filter((l) => l.projectId === project.id);
const currentFunds = (c: RuleContext, project: Project) => sumBy(projectLines(c, project).filter((l) => !l.carryover), (l) => l.amountYuan);
const allFunds = (c: RuleContext, project: Project) => sumBy(projectLines(c, project), (l) => l.amountYuan);

/** Forms of projects that have money (本年 or 结转): the forms that are part of 绩效目标管理. */
function fundedForms(c: RuleContext): { project: Project; form: PerformanceForm }[] {
  return c.budget.projects.flatMap((project) =>
    project.performanceForm && allFunds(c, project).gt(0) ? [{ project, form: project.performanceForm }] : [],
  );
}

export const formRequiredRule: Rule = {
  definition: {
    id: 'PERF_FORM_REQUIRED',
    name: '绩效目标申报表未填报',
    explanation:
      '本年预算资金达到起报金额的项目须填报绩效目标申报表。起报金额由财政局按年度设定（默认10万元；示例部门的5万元、3万元小额项目未填报，属当地做法，未经文件核实）。',
    severity: 'FATAL',
    parameters: [{ key: 'minimumYuan', label: '起报金额', unit: '元', defaultValue: '100000.00' }],
  },
  check: (c, param) =>
    c.budget.projects.flatMap((project) => {
      const funds = currentFunds(c, project);
      if (project.performanceForm || funds.isZero() || funds.lt(param('minimumYuan'))) return [];
      return [{ unitId: project.unitId, projectId: project.id, key: project.id, where: c.projectWhere(project), message: `项目本年预算${yuanText(funds)}，未填报绩效目标申报表`, left: null, right: null }];
    }),
};

const REQUIRED_TEXTS: readonly [keyof PerformanceForm, string][] = [
  ['overview', '项目概况'],
  ['basis', '立项依据'],
  ['necessity', '项目设立必要性'],
  ['safeguards', '保证项目实施的制度、措施'],
  ['plan', '项目实施计划'],
  ['goalPeriod', '实施期总体目标'],
  ['goalAnnual', '年度总体目标'],
];

export const formFieldsRule: Rule = {
  definition: {
    id: 'PERF_FORM_FIELDS',
    name: '绩效目标申报表必填项',
    explanation: '有预算资金的项目，其申报表的项目概况、立项依据、设立必要性、保障措施、实施计划及实施期、年度总体目标均须填写。',
    severity: 'FATAL',
    parameters: [],
  },
  check: (c) =>
    fundedForms(c).flatMap(({ project, form }) => {
      const missing = REQUIRED_TEXTS.filter(([field]) => {
        const value = form[field];
        return typeof value !== 'string' || value.trim() === '';
      }).map(([, label]) => label);
      if (missing.length === 0) return [];
      return [{ unitId: project.unitId, projectId: project.id, key: project.id, where: `${c.projectWhere(project)} › 绩效目标申报表`, message: `未填写：${missing.join('、')}`, left: null, right: null }];
    }),
};

const LEVELS: readonly [IndicatorLevel1, string][] = [
  ['产出指标', 'minOutput'],
  ['效益指标', 'minEffect'],
  ['满意度指标', 'minSatisfaction'],
];

export const indicatorsRule: Rule = {
  definition: {
    id: 'PERF_INDICATORS',
    name: '绩效指标完整性',
    explanation: '有预算资金的项目，申报表的年度绩效指标在产出、效益、满意度三个一级指标下各须至少有规定个数的三级指标。',
    severity: 'FATAL',
    parameters: [
      { key: 'minOutput', label: '产出指标最少个数', unit: '个', defaultValue: '1' },
      { key: 'minEffect', label: '效益指标最少个数', unit: '个', defaultValue: '1' },
      { key: 'minSatisfaction', label: '满意度指标最少个数', unit: '个', defaultValue: '1' },
    ],
  },
  check: (c, param) =>
    fundedForms(c).flatMap(({ project, form }) => {
      const annual = form.indicators.filter((i) => i.scope === 'ANNUAL' && i.name.trim() !== '');
      const short = LEVELS.flatMap(([level1, key]) => {
        const count = annual.filter((i) => i.level1 === level1).length;
        return param(key).gt(count) ? [`${level1}${count}个（至少${param(key).toFixed(0)}个）`] : [];
      });
      if (short.length === 0) return [];
      return [{ unitId: project.unitId, projectId: project.id, key: project.id, where: `${c.projectWhere(project)} › 年度绩效指标`, message: `绩效指标不足：${short.join('，')}`, left: null, right: null }];
    }),
};

export const satisfactionRule: Rule = {
  definition: {
    id: 'PERF_SATISFACTION_BOUND',
    name: '满意度指标应设下限',
    explanation: '满意度指标是下限目标（如“≥95%”）；以“≤”或“＜”填报的多为笔误，请确认。',
    severity: 'WARN',
    parameters: [],
  },
  check: (c) =>
    c.report.findings.performance
      .filter((f) => f.kind === 'SATISFACTION_UPPER_BOUND')
      .map((f) => {
        const project = c.ctx.projectsById.get(f.projectId);
        return { unitId: project?.unitId ?? null, projectId: f.projectId, key: `${f.projectId}:${f.message}`, where: project ? c.projectWhere(project) : f.projectId, message: f.message, left: null, right: null };
      }),
};

export const duplicateFilingRule: Rule = {
  definition: {
    id: 'PERF_DUPLICATE',
    name: '项目重复填报',
    explanation: '同一单位同名项目填报两次（如示例中一份0元的重复申报表），请合并或删除多余的一份。',
    severity: 'WARN',
    parameters: [],
  },
  check: (c) =>
    c.report.findings.performance
      .filter((f) => f.kind === 'DUPLICATE_PROJECT')
      .map((f) => {
        const project = c.ctx.projectsById.get(f.projectId);
        return { unitId: project?.unitId ?? null, projectId: f.projectId, key: f.projectId, where: project ? c.projectWhere(project) : f.projectId, message: f.message, left: null, right: null };
      }),
};

function equation(c: RuleContext, project: Project, key: string, what: string, form: Decimal, lines: Decimal) {
  return {
    unitId: project.unitId,
    projectId: project.id,
    key: `${project.id}:${key}`,
    where: `${c.projectWhere(project)} › 绩效目标申报表`,
    message: `${what}：申报表${yuanText(form)}，项目预算${yuanText(lines)}`,
    left: fixed(form),
    right: fixed(lines),
  };
}

export const formFundsRule: Rule = {
  definition: {
    id: 'PERF_FUNDS',
    name: '申报表资金与项目预算一致',
    explanation:
      '申报表年度资金总额须等于该项目全部明细行之和（E12）；其中财政资金（中央、省级、市县）等于财政拨款明细行，单位自筹与其他资金等于财政专户和单位资金明细行；资金总额等于各来源之和。',
    severity: 'FATAL',
    parameters: [],
  },
  check: (c) =>
    c.budget.projects.flatMap((project) => {
      const form = project.performanceForm;
      if (!form) return [];
      const lines = projectLines(c, project);
      const annual = form.funds.annual;
      const fiscalLines = sumBy(lines.filter((l) => FISCAL_SOURCES.includes(l.fundingSource)), (l) => l.amountYuan);
      const fiscalForm = sumBy([annual.central, annual.provincial, annual.cityCounty], (x) => x);
      const ownForm = sumBy([annual.selfRaised, annual.other], (x) => x);
      const out = [];
      const total = allFunds(c, project);
      if (!annual.total.equals(total)) out.push(equation(c, project, 'total', '年度资金总额与项目预算不一致', annual.total, total));
      else if (!fiscalForm.equals(fiscalLines)) out.push(equation(c, project, 'fiscal', '财政资金与财政拨款明细行不一致', fiscalForm, fiscalLines));
      else if (!ownForm.equals(total.minus(fiscalLines))) out.push(equation(c, project, 'own', '单位自筹及其他资金与非财政拨款明细行不一致', ownForm, total.minus(fiscalLines)));
      for (const [scope, funds] of [['实施期', form.funds.period], ['年度', form.funds.annual]] as const) {
        const parts = fundPartsTotal(funds);
        if (!parts.equals(funds.total)) out.push({ ...equation(c, project, `parts:${scope}`, `${scope}资金总额不等于各来源之和`, funds.total, parts), message: `${scope}资金总额${yuanText(funds.total)}不等于各来源之和${yuanText(parts)}` });
      }
      return out;
    }),
};
