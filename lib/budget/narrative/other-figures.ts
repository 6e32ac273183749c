/** 政府采购 and 绩效目标管理 figures of the 情况说明. */
import type Decimal from 'decimal.js';
import type { DepartmentBudget, ProcurementCategory } from '../types';
import { sumBy } from '../money';

export interface ProcurementFigures {
  total: Decimal;
  goods: Decimal; // 货物
  works: Decimal; // 工程
  services: Decimal; // 服务
}

export function procurementFigures(budget: DepartmentBudget): ProcurementFigures {
  const of = (category: ProcurementCategory) => sumBy(budget.procurement.filter((p) => p.category === category), (p) => p.amountYuan);
  return { total: sumBy(budget.procurement, (p) => p.amountYuan), goods: of('GOODS'), works: of('WORKS'), services: of('SERVICES') };
}

export interface PerformanceCoverage {
  /** Projects under 绩效目标管理: distinct (unit, name) among projects with a 绩效目标申报表. */
  projectCount: number;
  /** The 一般公共预算 当年拨款 (本年 lines) of those projects. */
  generalPublicCurrent: Decimal;
}

export function performanceCoverage(budget: DepartmentBudget): PerformanceCoverage {
  const withForm = budget.projects.filter((p) => p.performanceForm !== null);
  const ids = new Set(withForm.map((p) => p.id));
  const distinct = new Set(withForm.map((p) => `${p.unitId}\u0000${p.name}`));
  const covered = budget.lines.filter((l) => l.projectId !== null && ids.has(l.projectId) && !l.carryover && l.fundingSource === 'GENERAL_PUBLIC');
  return { projectCount: distinct.size, generalPublicCurrent: sumBy(covered, (l) => l.amountYuan) };
}
