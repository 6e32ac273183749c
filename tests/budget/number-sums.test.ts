// The table cells (and sumLines) are summed in JS numbers when the budget allows it (ResolvedLine.scaledNumber:
// the absolute amounts of all its lines add up to at most 2^53 - 1 in units of 10^-scale 元) and
// in BigInt otherwise: the same exact sums either way, on both sides of the bound.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { budgetContext, sumLines } from '@/lib/budget/context';
import { all, basic, cells, column, current, functionalRows } from '@/lib/budget/disclosure/shared';
import { Dec } from '@/lib/budget/money';
import type { DepartmentBudget } from '@/lib/budget/types';
import { liulin2023Budget } from '@/prisma/seed/demo/liulin-2023';
import { reference2023 } from '@/prisma/seed/reference';

/** The demo budget with its first line's amount replaced. */
function withFirstAmount(amount: string): DepartmentBudget {
  const budget = liulin2023Budget(reference2023);
  const [first, ...rest] = budget.lines;
  return { ...budget, lines: [{ ...first!, amountYuan: new Dec(amount) }, ...rest] };
}

const exactSum = (budget: DepartmentBudget, keep: (l: DepartmentBudget['lines'][number]) => boolean = () => true) =>
  budget.lines.filter(keep).reduce((sum, l) => sum.plus(l.amountYuan), new Decimal(0)).toFixed(2);

describe('cell sums in numbers or BigInt', () => {
  const rest = withFirstAmount('0').lines.reduce((sum, l) => sum.plus(l.amountYuan), new Decimal(0));
  // In 分: the first line takes what is left below 2^53 - 1 (numbers), or one 分 more (BigInt).
  const largestSafe = new Decimal(2).pow(53).minus(1).div(100).minus(rest).toFixed(2);
  const firstUnsafe = new Decimal(largestSafe).plus('0.01').toFixed(2);

  for (const [label, amount, numeric] of [
    ['the demo budget', null, true],
    ['at the bound', largestSafe, true],
    ['one 分 above it', firstUnsafe, false],
  ] as const) {
    it(`${label}: ${numeric ? 'numbers' : 'BigInt'}, exact`, () => {
      const budget = amount === null ? liulin2023Budget(reference2023) : withFirstAmount(amount);
      const ctx = budgetContext(budget);
      expect(ctx.lines.every((l) => (l.scaledNumber !== null) === numeric)).toBe(true);
      const columns = [column('合计', all), column('本年', current), column('基本', basic)];
      const sums = cells(ctx.lines, columns).map((cell) => cell?.toFixed(2) ?? null);
      expect(sums).toEqual([
        exactSum(budget),
        exactSum(budget, (l) => !l.carryover),
        exactSum(budget, (l) => l.kind === 'BASIC'),
      ]);
      expect(sumLines(ctx.lines).toFixed(2)).toBe(exactSum(budget));
      expect(sumLines(ctx.lines.filter((l) => l.line.carryover)).toFixed(2)).toBe(exactSum(budget, (l) => l.carryover));
      // Every 功能 row's 合计 is the exact sum of its lines.
      for (const row of functionalRows(ctx.lines, columns, ctx.functionalNames)) {
        expect(row.values[0]?.toFixed(2)).toBe(exactSum(budget, (l) => l.functionalCode.startsWith(row.code ?? '')));
      }
    });
  }

});
