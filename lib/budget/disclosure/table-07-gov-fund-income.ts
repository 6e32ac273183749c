/**
 * 预算公开表7 政府性基金预算收入表（不含上年结转）. A department's 政府性基金 income is the
 * appropriation for its 政府性基金 spending, so rows are the 功能 codes of the 本年
 * 政府性基金 lines (the system keeps no separate 收入科目). Empty (本表无数据) without such lines.
 */
import type { DepartmentBudget, DisclosureTable } from '../types';
import { budgetContext, type BudgetContext } from '../context';
import { all, both, column, current, functionalSection, makeTable, source, yearTitle } from './shared';
import { TABLE_TITLES } from './titles';

export function deriveTable07(budget: DepartmentBudget, ctx: BudgetContext = budgetContext(budget)): DisclosureTable {
  const lines = ctx.lines.filter(both(current, source('GOV_FUND')));
  return makeTable(7, yearTitle(budget, TABLE_TITLES[7]), [
    functionalSection(null, lines, [column('政府性基金收入预算', all)], ctx.functionalNames),
  ]);
}
