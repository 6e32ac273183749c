/** 预算公开表5 一般公共预算支出预算表（不含上年结转）: 一般公共预算, 本年 lines by 功能 and 基本/项目. */
import type { DepartmentBudget, DisclosureTable } from '../types';
import { budgetContext, type BudgetContext } from '../context';
import { both, current, functionalSection, makeTable, source, yearTitle } from './shared';
import { SPENDING_COLUMNS } from './table-03-expenditure-summary';
import { TABLE_TITLES } from './titles';

export function deriveTable05(budget: DepartmentBudget, ctx: BudgetContext = budgetContext(budget)): DisclosureTable {
  const lines = ctx.lines.filter(both(current, source('GENERAL_PUBLIC')));
  return makeTable(5, yearTitle(budget, TABLE_TITLES[5]), [
    functionalSection(null, lines, SPENDING_COLUMNS, ctx.functionalNames),
  ]);
}
