/** 预算公开表8 政府性基金预算支出表（不含上年结转）: 政府性基金, 本年 lines by 功能 and 基本/项目. */
import type { DepartmentBudget, DisclosureTable } from '../types';
import { budgetContext, type BudgetContext } from '../context';
import { both, current, functionalSection, makeTable, source, yearTitle } from './shared';
import { SPENDING_COLUMNS } from './table-03-expenditure-summary';
import { TABLE_TITLES } from './titles';

export function deriveTable08(budget: DepartmentBudget, ctx: BudgetContext = budgetContext(budget)): DisclosureTable {
  const lines = ctx.lines.filter(both(current, source('GOV_FUND')));
  return makeTable(8, yearTitle(budget, TABLE_TITLES[8]), [
    functionalSection(null, lines, SPENDING_COLUMNS, ctx.functionalNames),
  ]);
}
