/** The unit's projects with their budget amounts (from the lines) and 审核问题 (the rule catalogue's findings about each), as plain rows. */
import { sumBy } from '@/lib/budget/money';
import type { DepartmentBudget, ProjectAttribute } from '@/lib/budget/types';
import type { FindingView } from '@/lib/services/rules';

export const ATTRIBUTE_LABEL: Readonly<Record<ProjectAttribute, string>> = { ONE_OFF: '一次性项目', RECURRING: '经常性项目' };

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
  findings: FindingView[];
}

/** `findings`: the unit's findings (lib/services/read/checks.ts); each row keeps those about its project. */
export function projectRows(budget: DepartmentBudget, unitId: string, findings: readonly FindingView[]): ProjectRow[] {
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
