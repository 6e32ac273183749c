/** 预算公开表3 预算支出总表: every line, 本年 and 上年结转, by 功能 and 基本/项目. */
import type { DepartmentBudget, DisclosureTable } from '../types';
import { budgetContext, type BudgetContext } from '../context';
import { all, basic, column, functionalSection, makeTable, project, yearTitle } from './shared';
import { TABLE_TITLES } from './titles';

export const SPENDING_COLUMNS = [column('合计', all), column('基本支出', basic), column('项目支出', project)];

export function deriveTable03(budget: DepartmentBudget, ctx: BudgetContext = budgetContext(budget)): DisclosureTable {
  return makeTable(3, yearTitle(budget, TABLE_TITLES[3]), [
    functionalSection(null, ctx.lines, SPENDING_COLUMNS, ctx.functionalNames),
  ]);
}
