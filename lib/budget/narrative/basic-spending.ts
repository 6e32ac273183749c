/**
 * 一般公共预算基本支出 (本年) split into 人员经费 and 公用经费, each with the names of its
 * non-zero 部门经济 款. Names are listed in code order (the example's order looks arbitrary).
 */
import type Decimal from 'decimal.js';
import { sumLines, type BudgetContext, type ResolvedLine } from '../context';
import { compareCodes } from '../classification/functional';
import type { ExpenseNature } from '../classification/econ';

export interface BasicSpendingFigures {
  total: Decimal;
  personnel: Decimal;
  personnelItems: string[];
  public: Decimal;
  publicItems: string[];
}

const amount = (lines: readonly ResolvedLine[]) => sumLines(lines);

function itemNames(ctx: BudgetContext, lines: readonly ResolvedLine[]): string[] {
  const codes = [...new Set(lines.map((l) => l.line.deptEconCode))].sort(compareCodes);
  return codes
    .filter((code) => !amount(lines.filter((l) => l.line.deptEconCode === code)).isZero())
    .map((code) => ctx.deptEconNames.get(code) ?? code);
}

export function basicSpendingFigures(ctx: BudgetContext): BasicSpendingFigures {
  const lines = ctx.lines.filter((l) => !l.line.carryover && l.line.kind === 'BASIC' && l.line.fundingSource === 'GENERAL_PUBLIC');
  const of = (nature: ExpenseNature) => lines.filter((l) => l.nature === nature);
  return {
    total: amount(lines),
    personnel: amount(of('PERSONNEL')),
    personnelItems: itemNames(ctx, of('PERSONNEL')),
    public: amount(of('PUBLIC')),
    publicItems: itemNames(ctx, of('PUBLIC')),
  };
}
