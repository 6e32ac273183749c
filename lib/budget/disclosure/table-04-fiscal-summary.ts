/**
 * 预算公开表4 财政拨款收支总表: 表1 restricted to 财政拨款 (一般公共预算, 政府性基金预算,
 * 国有资本经营预算). Income: the three sources 本年, 本年收入合计, 上年财政拨款结转 and its three
 * sources, 收入总计. Expenditure: every 功能 类, 小计 and one column per source (本年 + 结转).
 */
import type { DepartmentBudget, DisclosureTable } from '../types';
import { FISCAL_SOURCES } from '../types';
import { budgetContext, type BudgetContext } from '../context';
import { FUNDING_SOURCE_LABELS } from './labels';
import { functionalClassRows } from './functional-classes';
import { all, both, carryover, column, current, makeTable, row, source, yearTitle } from './shared';
import { TABLE_TITLES } from './titles';

export function deriveTable04(budget: DepartmentBudget, ctx: BudgetContext = budgetContext(budget)): DisclosureTable {
  const lines = ctx.lines.filter((l) => l.fiscal);
  const amount = [column('金额', all)];
  const bySource = (filter: typeof current) =>
    FISCAL_SOURCES.map((s) => row(FUNDING_SOURCE_LABELS[s], lines.filter(both(filter, source(s))), amount));
  const income = [
    ...bySource(current),
    row('本年收入合计', lines.filter(current), amount),
    row('上年财政拨款结转', lines.filter(carryover), amount),
    ...bySource(carryover),
    row('收入总计', lines, amount),
  ];
  const spending = [column('小计', all), ...FISCAL_SOURCES.map((s) => column(FUNDING_SOURCE_LABELS[s], source(s)))];
  const expenditure = [
    ...functionalClassRows(ctx, lines, spending),
    row('本年支出合计', lines, spending),
    row('年终结转', [], spending),
    row('支出总计', lines, spending),
  ];
  return makeTable(4, yearTitle(budget, TABLE_TITLES[4]), [
    { name: '收入', columns: amount.map((c) => c.label), rows: income },
    { name: '支出', columns: spending.map((c) => c.label), rows: expenditure },
  ]);
}
