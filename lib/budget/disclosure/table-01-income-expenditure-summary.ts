/**
 * 预算公开表1 预算收支总表. 收入: the five sources (本年), 本年收入合计, 上年结转, 收入总计.
 * 支出: every 功能 类 of the year (listed even when blank), 本年支出合计 (本年 and 结转 lines,
 * 本年支出合计 = 当年预算安排 + 上年结转安排), 年终结转 (a budget plans none: blank), 支出总计.
 */
import type { DepartmentBudget, DisclosureTable } from '../types';
import { FUNDING_SOURCES } from '../types';
import { budgetContext, type BudgetContext } from '../context';
import { FUNDING_SOURCE_LABELS } from './labels';
import { functionalClassRows } from './functional-classes';
import { all, both, carryover, column, current, makeTable, row, source, yearTitle, type ColumnSpec } from './shared';
import { TABLE_TITLES } from './titles';

/** The columns of the 支出 section (the 功能 类 rows): 合计, 当年预算安排, 上年结转安排. */
export function table01SpendingColumns(year: number): ColumnSpec[] {
  return [column(`${year}年合计`, all), column('当年预算安排', current), column('上年结转安排', carryover)];
}

export function deriveTable01(budget: DepartmentBudget, ctx: BudgetContext = budgetContext(budget)): DisclosureTable {
  const lines = ctx.lines;
  const amount = [column(`${budget.year}年`, all)];
  const income = [
    ...FUNDING_SOURCES.map((s) => row(FUNDING_SOURCE_LABELS[s], lines.filter(both(current, source(s))), amount)),
    row('本年收入合计', lines.filter(current), amount),
    row('上年结转', lines.filter(carryover), amount),
    row('收入总计', lines, amount),
  ];
  const spending = table01SpendingColumns(budget.year);
  const expenditure = [
    ...functionalClassRows(ctx, lines, spending),
    row('本年支出合计', lines, spending),
    row('年终结转', [], spending),
    row('支出总计', lines, spending),
  ];
  return makeTable(1, yearTitle(budget, TABLE_TITLES[1]), [
    { name: '收入', columns: amount.map((c) => c.label), rows: income },
    { name: '支出', columns: spending.map((c) => c.label), rows: expenditure },
  ]);
}
