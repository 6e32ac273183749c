/**
 * 预算公开表9 国有资本经营预算收支预算表（不含上年结转）: income (by the 功能 codes it funds, as
 * in 表7) and expenditure of the 本年 国有资本经营预算 lines.
 */
import type { DepartmentBudget, DisclosureTable } from '../types';
import { budgetContext, type BudgetContext } from '../context';
import { all, both, column, current, functionalSection, makeTable, source, yearTitle } from './shared';
import { SPENDING_COLUMNS } from './table-03-expenditure-summary';
import { TABLE_TITLES } from './titles';

export function deriveTable09(budget: DepartmentBudget, ctx: BudgetContext = budgetContext(budget)): DisclosureTable {
  const lines = ctx.lines.filter(both(current, source('STATE_CAPITAL')));
  return makeTable(9, yearTitle(budget, TABLE_TITLES[9]), [
    functionalSection('收入', lines, [column('国有资本经营收入预算', all)], ctx.functionalNames),
    functionalSection('支出', lines, SPENDING_COLUMNS, ctx.functionalNames),
  ]);
}
