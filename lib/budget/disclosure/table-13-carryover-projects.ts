/**
 * 预算公开表13 项目支出预算表（上年结转）: 项目支出 上年结转 lines. 合计 covers every such line
 * (so that 表3 项目 = 表12 + 表13); the other columns are the three 财政拨款 sources, as printed.
 * 合计 exceeds their sum only if a project carries over 财政专户 or 单位资金.
 */
import type { DepartmentBudget, DisclosureTable } from '../types';
import { FISCAL_SOURCES } from '../types';
import { budgetContext, type BudgetContext } from '../context';
import { FUNDING_SOURCE_LABELS } from './labels';
import { projectRows } from './project-rows';
import { all, both, carryover, column, makeTable, project, source, yearTitle } from './shared';
import { TABLE_TITLES } from './titles';

export function deriveTable13(budget: DepartmentBudget, ctx: BudgetContext = budgetContext(budget)): DisclosureTable {
  const lines = ctx.lines.filter(both(project, carryover));
  const columns = [column('合计', all), ...FISCAL_SOURCES.map((s) => column(FUNDING_SOURCE_LABELS[s], source(s)))];
  return makeTable(13, yearTitle(budget, TABLE_TITLES[13]), [
    { name: null, columns: columns.map((c) => c.label), rows: projectRows(ctx, lines, columns) },
  ]);
}
