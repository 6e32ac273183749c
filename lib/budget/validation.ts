/**
 * Validation: validateLine (see validation-line.ts) and validateDepartmentBudget — every line,
 * plus units, projects, procurement and the year's reference data. Nothing throws.
 */
import type { DepartmentBudget } from './types';
import { hasMoreThanTwoDecimals } from './money';
import { lineIssues, validationContext, type LineField } from './validation-line';

export { validateLine, lineIssues, validationContext, type LineIssue, type LineField, type ValidationContext } from './validation-line';
import { functionalClasses } from './classification/functional';
import { compareText } from './context';

export interface BudgetIssue {
  /** The line, project, unit or procurement entry concerned; null for the budget as a whole. */
  subject: { kind: 'line' | 'project' | 'unit' | 'procurement' | 'reference'; id: string } | null;
  field: LineField | null;
  message: string;
}

/** Issues come out in id order, whatever the order of the input. */
function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareText(a.id, b.id));
}

export function validateDepartmentBudget(budget: DepartmentBudget): BudgetIssue[] {
  const ctx = validationContext(budget);
  const issues: BudgetIssue[] = [];
  const duplicate = <T extends { id: string }>(items: readonly T[], kind: 'line' | 'project' | 'unit' | 'procurement', label: string) => {
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item.id)) issues.push({ subject: { kind, id: item.id }, field: null, message: `${label}编号重复："${item.id}"` });
      seen.add(item.id);
    }
  };
  duplicate(byId(budget.units), 'unit', '单位');
  duplicate(byId(budget.projects), 'project', '项目');
  const lines = byId(budget.lines);
  duplicate(lines, 'line', '预算行');
  duplicate(byId(budget.procurement), 'procurement', '政府采购');
  if (functionalClasses(budget.reference).length === 0) {
    issues.push({ subject: { kind: 'reference', id: String(budget.year) }, field: null, message: `参考数据：${budget.year}年度缺少功能分类类级科目` });
  }
  for (const line of lines) {
    for (const issue of lineIssues(line, ctx)) issues.push({ subject: { kind: 'line', id: line.id }, field: issue.field, message: issue.message });
  }
  for (const project of byId(budget.projects)) {
    if (!ctx.unitsById.has(project.unitId)) {
      issues.push({ subject: { kind: 'project', id: project.id }, field: null, message: `项目「${project.name}」：未知的单位 "${project.unitId}"` });
    }
  }
  for (const entry of byId(budget.procurement)) {
    const subject = { kind: 'procurement' as const, id: entry.id };
    if (!ctx.unitsById.has(entry.unitId)) issues.push({ subject, field: null, message: `政府采购「${entry.itemName}」：未知的单位 "${entry.unitId}"` });
    if (entry.projectId !== null && !ctx.projectsById.has(entry.projectId)) {
      issues.push({ subject, field: null, message: `政府采购「${entry.itemName}」：未知的项目 "${entry.projectId}"` });
    }
    if (entry.amountYuan.isNegative() || hasMoreThanTwoDecimals(entry.amountYuan)) {
      issues.push({ subject, field: null, message: `政府采购「${entry.itemName}」：金额必须为非负数且最多两位小数` });
    }
  }
  return issues;
}
