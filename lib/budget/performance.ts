/**
 * 绩效目标申报表 (docs/domain.md §6): the structured form of each project that has one, and the
 * findings the example teaches us to look for — a 满意度 indicator with an upper bound
 * (≤100% is almost surely meant as ≥), a project filed twice (same unit and name), and a
 * form whose 年度资金总额 differs from the project's budget lines (元).
 */
import type Decimal from 'decimal.js';
import type { DepartmentBudget, FundBreakdown, Indicator, IndicatorLevel1, IndicatorLevel2, PerformanceForm, Project } from './types';
import { budgetContext, compareProjects, compareUnits, type BudgetContext } from './context';
import { departmentLabel } from './disclosure/shared';
import { sumBy } from './money';

export interface IndicatorView {
  scope: Indicator['scope'];
  level1: IndicatorLevel1;
  level2: IndicatorLevel2;
  name: string;
  /** As printed: "≥98%", "100%", "及时". */
  value: string;
}

export interface IndicatorTree {
  level1: IndicatorLevel1;
  children: { level2: IndicatorLevel2; indicators: IndicatorView[] }[];
}

export interface PerformanceFormView {
  projectId: string;
  projectName: string;
  /** 主管部门及代码: "045-某某局[部门]". */
  department: string;
  /** 实施单位. */
  unit: string;
  /** 项目属性 as printed: "一次性项目（1年结束）" / "经常性项目（长期开展）". */
  attribute: string;
  /** 项目期: "3年". */
  period: string;
  funds: PerformanceForm['funds'];
  overview: string;
  basis: string;
  necessity: string;
  safeguards: string;
  plan: string;
  goalPeriod: string;
  goalAnnual: string;
  indicators: IndicatorView[];
  indicatorTree: IndicatorTree[];
  contactPerson: string | null;
  contactPhone: string | null;
  filledAt: string | null;
}

export function indicatorValue(indicator: Indicator): string {
  if (indicator.text !== null && indicator.value === null) return indicator.text;
  return `${indicator.operator ?? ''}${indicator.value ?? ''}${indicator.measureUnit ?? ''}`;
}

function indicatorTree(indicators: readonly IndicatorView[]): IndicatorTree[] {
  const tree: IndicatorTree[] = [];
  for (const indicator of indicators) {
    let level1 = tree.find((node) => node.level1 === indicator.level1);
    if (!level1) tree.push((level1 = { level1: indicator.level1, children: [] }));
    let level2 = level1.children.find((node) => node.level2 === indicator.level2);
    if (!level2) level1.children.push((level2 = { level2: indicator.level2, indicators: [] }));
    level2.indicators.push(indicator);
  }
  return tree;
}

function attributeLabel(project: Project): string {
  return project.attribute === 'ONE_OFF' ? `一次性项目（${project.periodYears}年结束）` : '经常性项目（长期开展）';
}

/** The forms in unit order, then project order. */
export function performanceForms(budget: DepartmentBudget, ctx: BudgetContext = budgetContext(budget)): PerformanceFormView[] {
  const department = `${budget.department.code}-${departmentLabel(budget)}`;
  return budget.projects
    .filter((p) => p.performanceForm !== null)
    .sort((a, b) => {
      const ua = ctx.unitsById.get(a.unitId);
      const ub = ctx.unitsById.get(b.unitId);
      return (ua && ub ? compareUnits(ua, ub) : 0) || compareProjects(a, b);
    })
    .flatMap((project) => {
      const form = project.performanceForm;
      if (!form) return [];
      const indicators = [...form.indicators]
        .sort((a, b) => a.sortOrder - b.sortOrder)
        .map((i): IndicatorView => ({ scope: i.scope, level1: i.level1, level2: i.level2, name: i.name, value: indicatorValue(i) }));
      return [
        {
          projectId: project.id,
          projectName: project.name,
          department,
          unit: ctx.unitsById.get(project.unitId)?.name ?? '',
          attribute: attributeLabel(project),
          period: `${project.periodYears}年`,
          funds: form.funds,
          overview: form.overview,
          basis: form.basis,
          necessity: form.necessity,
          safeguards: form.safeguards,
          plan: form.plan,
          goalPeriod: form.goalPeriod,
          goalAnnual: form.goalAnnual,
          indicators,
          indicatorTree: indicatorTree(indicators),
          contactPerson: form.contactPerson,
          contactPhone: form.contactPhone,
          filledAt: form.filledAt,
        },
      ];
    });
}

export function fundPartsTotal(funds: FundBreakdown): Decimal {
  return sumBy([funds.central, funds.provincial, funds.cityCounty, funds.selfRaised, funds.other], (x) => x);
}

