/** 预算公开表12 项目支出预算表（本年预算）: 项目支出 本年 lines, 合计 and all five sources. */
import type { DepartmentBudget, DisclosureTable } from '../types';
import { FUNDING_SOURCES } from '../types';
import { budgetContext, type BudgetContext } from '../context';
import { FUNDING_SOURCE_LABELS } from './labels';
import { projectRows } from './project-rows';
import { all, both, column, current, makeTable, project, source, yearTitle } from './shared';
import { TABLE_TITLES } from './titles';

export function deriveTable12(budget: DepartmentBudget, ctx: BudgetContext = budgetContext(budget)): DisclosureTable {
  const lines = ctx.lines.filter(both(project, current));
  const columns = [column('合计', all), ...FUNDING_SOURCES.map((s) => column(FUNDING_SOURCE_LABELS[s], source(s)))];
  return makeTable(12, yearTitle(budget, TABLE_TITLES[12]), [
    { name: null, columns: columns.map((c) => c.label), rows: projectRows(ctx, lines, columns) },
  ]);
}
