/** The unit's 政府采购 entries as plain rows, and the totals by 类别 (货物/工程/服务), in 元. */
import { sumBy } from '@/lib/budget/money';
import type { DepartmentBudget, ProcurementCategory } from '@/lib/budget/types';

export const CATEGORY_LABEL: Readonly<Record<ProcurementCategory, string>> = { GOODS: '货物', WORKS: '工程', SERVICES: '服务' };
export const CATEGORIES: readonly ProcurementCategory[] = ['GOODS', 'WORKS', 'SERVICES'];

export interface ProcurementRow {
  id: string;
  category: ProcurementCategory;
  itemName: string;
  projectName: string | null;
  amountYuan: string;
}

export function procurementRows(budget: DepartmentBudget, unitId: string): ProcurementRow[] {
  const projects = new Map(budget.projects.map((p) => [p.id, p.name]));
  return budget.procurement
    .filter((e) => e.unitId === unitId)
    .map((e) => ({
      id: e.id,
      category: e.category,
      itemName: e.itemName,
      projectName: e.projectId ? (projects.get(e.projectId) ?? null) : null,
      amountYuan: e.amountYuan.toFixed(2),
    }));
}

/** 货物 / 工程 / 服务 and 合计 of the unit's entries (元, 2 decimals). */
export function procurementTotals(budget: DepartmentBudget, unitId: string): { category: ProcurementCategory | null; amountYuan: string }[] {
  const entries = budget.procurement.filter((e) => e.unitId === unitId);
  return [
    ...CATEGORIES.map((category) => ({ category, amountYuan: sumBy(entries.filter((e) => e.category === category), (e) => e.amountYuan).toFixed(2) })),
    { category: null, amountYuan: sumBy(entries, (e) => e.amountYuan).toFixed(2) },
  ];
}
