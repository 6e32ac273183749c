/** Checks over the 绩效目标申报表 (see performance.ts). Messages are Chinese and name the project. */
import type Decimal from 'decimal.js';
import type { DepartmentBudget } from './types';
import { budgetContext, compareText, type BudgetContext } from './context';
import { Dec, formatThousands, sumBy } from './money';
import { fundPartsTotal, indicatorValue } from './performance';

export type PerformanceFindingKind = 'SATISFACTION_UPPER_BOUND' | 'DUPLICATE_PROJECT' | 'FUNDS_MISMATCH' | 'FUND_PARTS_MISMATCH';

export interface PerformanceFinding {
  kind: PerformanceFindingKind;
  projectId: string;
  message: string;
}

const yuanText = (value: Decimal) => `${formatThousands(value)}元`;

export function performanceFindings(budget: DepartmentBudget, ctx: BudgetContext = budgetContext(budget)): PerformanceFinding[] {
  const findings: PerformanceFinding[] = [];
  // Entry order (sortOrder) decides which filing is the original: the later one is the duplicate.
  const projects = [...budget.projects].sort((a, b) => a.sortOrder - b.sortOrder || compareText(a.id, b.id));
  const seen = new Set<string>();
  for (const project of projects) {
    const unitName = ctx.unitsById.get(project.unitId)?.name ?? project.unitId;
    const key = `${project.unitId}\u0000${project.name}`;
    if (!seen.has(key)) seen.add(key);
    else findings.push({ kind: 'DUPLICATE_PROJECT', projectId: project.id, message: `项目「${project.name}」在${unitName}重复填报（已有同名项目），请合并或删除多余的一份` });

    const form = project.performanceForm;
    if (!form) continue;
    const upperBounded = form.indicators.filter((i) => i.level1 === '满意度指标' && (i.operator === '≤' || i.operator === '＜'));
    // The same indicator usually appears for 实施期 and 年度: one finding per name and value.
    const distinct = new Map(upperBounded.map((i) => [`${i.name}\u0000${indicatorValue(i)}`, i]));
    for (const indicator of distinct.values()) {
      findings.push({
        kind: 'SATISFACTION_UPPER_BOUND',
        projectId: project.id,
        message: `项目「${project.name}」的满意度指标「${indicator.name}」为${indicatorValue(indicator)}，满意度应设下限（≥），请确认`,
      });
    }
    const lines = sumBy(budget.lines.filter((l) => l.projectId === project.id), (l) => l.amountYuan);
    const annual = new Dec(form.funds.annual.total);
    if (!annual.equals(lines)) {
      findings.push({
        kind: 'FUNDS_MISMATCH',
        projectId: project.id,
        message: `项目「${project.name}」绩效目标申报表年度资金总额${yuanText(annual)}与项目预算${yuanText(lines)}不一致`,
      });
    }
    for (const [scope, funds] of [['实施期', form.funds.period], ['年度', form.funds.annual]] as const) {
      const parts = fundPartsTotal(funds);
      if (!parts.equals(funds.total)) {
        findings.push({
          kind: 'FUND_PARTS_MISMATCH',
          projectId: project.id,
          message: `项目「${project.name}」${scope}资金总额${yuanText(new Dec(funds.total))}不等于各来源之和${yuanText(parts)}`,
        });
      }
    }
  }
  return findings;
}
