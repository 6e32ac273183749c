/** The unit's projects with their budget amounts (from the lines) and 绩效 findings, as plain rows. */
import { sumBy } from '@/lib/budget/money';
import { performanceFindings, type PerformanceFinding, type PerformanceFindingKind } from '@/lib/budget/performance-findings';
import type { DepartmentBudget, ProjectAttribute } from '@/lib/budget/types';

export const ATTRIBUTE_LABEL: Readonly<Record<ProjectAttribute, string>> = { ONE_OFF: '一次性项目', RECURRING: '经常性项目' };

export const FINDING_LABEL: Readonly<Record<PerformanceFindingKind, string>> = {
  SATISFACTION_UPPER_BOUND: '满意度指标设为上限',
  DUPLICATE_PROJECT: '项目重复填报',
  FUNDS_MISMATCH: '申报资金与项目预算不一致',
  FUND_PARTS_MISMATCH: '资金来源之和与总额不符',
};

export interface ProjectRow {
  id: string;
  name: string;
  attribute: string;
  periodYears: number;
  /** 元 with 2 decimals. */
  current: string;
  carryover: string;
  total: string;
  hasForm: boolean;
  findings: PerformanceFinding[];
}

export function projectRows(budget: DepartmentBudget, unitId: string): ProjectRow[] {
  const findings = performanceFindings(budget);
  return budget.projects
    .filter((p) => p.unitId === unitId)
    .map((p) => {
      const lines = budget.lines.filter((l) => l.projectId === p.id);
      const current = sumBy(lines.filter((l) => !l.carryover), (l) => l.amountYuan);
      const carryover = sumBy(lines.filter((l) => l.carryover), (l) => l.amountYuan);
      return {
        id: p.id,
        name: p.name,
        attribute: ATTRIBUTE_LABEL[p.attribute],
        periodYears: p.periodYears,
        current: current.toFixed(2),
        carryover: carryover.toFixed(2),
        total: current.plus(carryover).toFixed(2),
        hasForm: p.performanceForm !== null,
        findings: findings.filter((f) => f.projectId === p.id),
      };
    });
}
