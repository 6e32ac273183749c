/** 预算公开表2 预算收入总表: 合计 and the 功能 tree; 本年 by source, then 上年结转 (all sources). */
import type { DepartmentBudget, DisclosureTable } from '../types';
import { budgetContext, type BudgetContext } from '../context';
import { both, carryover, column, current, functionalSection, makeTable, source, yearTitle } from './shared';
import { TABLE_TITLES } from './titles';

export const TABLE02_COLUMNS = [
  column('合计', current),
  column('一般公共预算', both(current, source('GENERAL_PUBLIC'))),
  column('政府性基金', both(current, source('GOV_FUND'))),
  column('国有资本经营预算', both(current, source('STATE_CAPITAL'))),
  column('财政专户管理资金', both(current, source('SPECIAL_ACCOUNT'))),
  column('单位资金', both(current, source('UNIT_FUNDS'))),
  column('上年结转', carryover),
];

export function deriveTable02(budget: DepartmentBudget, ctx: BudgetContext = budgetContext(budget)): DisclosureTable {
  const columns = TABLE02_COLUMNS;
  return makeTable(2, yearTitle(budget, TABLE_TITLES[2]), [
    functionalSection(null, ctx.lines, columns, ctx.functionalNames),
  ]);
}
