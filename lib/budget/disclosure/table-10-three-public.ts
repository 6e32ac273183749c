/**
 * 预算公开表10 一般公共预算“三公”经费支出预算表. Rows in printed order: 因公出国（境）费,
 * 公务接待费, 公务用车购置及运行费 (= ① + ②), ①公务用车购置费, ②公务用车运行维护费, 合计.
 * Over 财政拨款 本年 lines, 基本 and 项目 alike. 上年结转 is left out, like every table titled
 * "预算" for the year (表5–9); the narrative's 三公 figures use the same rule. Item rows carry
 * their 部门经济 款 code (from ReferenceData.threePublicCodes or the defaults).
 */
import type { DepartmentBudget, DisclosureTable } from '../types';
import { FISCAL_SOURCES } from '../types';
import { budgetContext, type BudgetContext } from '../context';
import type { ThreePublicItem } from '../classification/three-public';
import { FUNDING_SOURCE_LABELS } from './labels';
import { all, column, current, makeTable, row, source, yearTitle } from './shared';
import { TABLE_TITLES } from './titles';

export function deriveTable10(budget: DepartmentBudget, ctx: BudgetContext = budgetContext(budget)): DisclosureTable {
  const lines = ctx.lines.filter((l) => l.fiscal && current(l) && l.threePublic !== null);
  const columns = [column('合计', all), ...FISCAL_SOURCES.map((s) => column(FUNDING_SOURCE_LABELS[s], source(s)))];
  const of = (...items: ThreePublicItem[]) => lines.filter((l) => l.threePublic !== null && items.includes(l.threePublic));
  const codes = ctx.threePublicCodes;
  const rows = [
    row('因公出国（境）费', of('abroad'), columns, { code: codes.abroad }),
    row('公务接待费', of('reception'), columns, { code: codes.reception }),
    row('公务用车购置及运行费', of('vehiclePurchase', 'vehicleOperation'), columns),
    row('①公务用车购置费', of('vehiclePurchase'), columns, { code: codes.vehiclePurchase }),
    row('②公务用车运行维护费', of('vehicleOperation'), columns, { code: codes.vehicleOperation }),
    row('合计', lines, columns),
  ];
  return makeTable(10, yearTitle(budget, TABLE_TITLES[10]), [
    { name: null, columns: columns.map((c) => c.label), rows },
  ]);
}
