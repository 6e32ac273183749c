/** Budget totals in 元 (exact, decimal.js) per unit and for the department, for the overview tables. */
import type Decimal from 'decimal.js';
import { sumBy } from '@/lib/budget/money';
import type { DepartmentBudget } from '@/lib/budget/types';

export interface Totals {
  /** 本年 (current-year) lines, 元 with 2 decimals. */
  current: string;
  /** 上年结转 lines. */
  carryover: string;
  total: string;
}

function totalsOf(lines: DepartmentBudget['lines']): Totals {
  const amount = (carryover: boolean) => sumBy(lines.filter((l) => l.carryover === carryover), (l) => l.amountYuan);
  const current: Decimal = amount(false);
  const carryover: Decimal = amount(true);
  return { current: current.toFixed(2), carryover: carryover.toFixed(2), total: current.plus(carryover).toFixed(2) };
}

export function unitTotals(budget: DepartmentBudget | null, unitId: string): Totals {
  return totalsOf(budget?.lines.filter((l) => l.unitId === unitId) ?? []);
}
