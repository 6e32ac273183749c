/**
 * consolidateSummaries (what the 全县汇总 runs) against its definition: the sum of every
 * department's derived 表1–3 (consolidateCounty of departmentTables), on random departments,
 * on the same lines summed per 功能 类 × kind × source × 结转 (the grain the county query reads),
 * and on codes that are not 功能 类/款/项 (they reach 表1 only).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consolidateBudgets, consolidateCounty, consolidateSummaries, departmentTables, type SummaryLine } from '@/lib/budget/consolidation';
import type { DepartmentBudget } from '@/lib/budget/types';
import { Dec } from '@/lib/budget/money';
import { departmentArb } from '../budget/support/arbitraries';
import { department, line, unit } from '../budget/support/builders';

const byTables = (budgets: DepartmentBudget[]) => consolidateCounty(budgets.map(departmentTables));

/** The lines of a department summed per the first `digits` of their 功能 code × kind × source × 结转. */
function summedBy(budget: DepartmentBudget, digits: number): SummaryLine[] {
  const sums = new Map<string, SummaryLine>();
  for (const l of budget.lines) {
    const key = `${l.functionalCode.slice(0, digits)}|${l.kind}|${l.fundingSource}|${l.carryover}`;
    const known = sums.get(key);
    sums.set(key, {
      functionalCode: l.functionalCode.slice(0, digits),
      kind: l.kind,
      fundingSource: l.fundingSource,
      carryover: l.carryover,
      amountYuan: known ? known.amountYuan.plus(l.amountYuan) : l.amountYuan,
    });
  }
  return [...sums.values()];
}

describe('consolidateSummaries', () => {
  it('equals the sum of the departments’ derived 表1–3', () => {
    fc.assert(
      fc.property(fc.array(departmentArb, { maxLength: 4 }), (drafts) => {
        const budgets = drafts.map((b, i) => ({ ...b, department: { code: `0${40 + i}`, name: `部门${i}` } }));
        const expected = byTables(budgets);
        const direct = consolidateBudgets(budgets);
        expect({ ...direct, subclasses: [] }).toEqual(expected);
        // Summed per 功能 类 (3 digits), the lines still give the 类 rows and totals; per 款 (5 digits, the grain the county query reads), the 款 rows too.
        expect(consolidateSummaries(budgets.map((b) => ({ ...b, lines: summedBy(b, 3) })))).toEqual(expected);
        expect(consolidateSummaries(budgets.map((b) => ({ ...b, lines: summedBy(b, 5) })))).toEqual(direct);
      }),
      { numRuns: 40 },
    );
  });

  it('puts lines whose code is no 功能 类/款/项 in 表1 only, like the tables', () => {
    const odd = department({
      department: { code: '047', name: '丙局' },
      units: [unit('c1', 'ADMINISTRATIVE')],
      lines: [
        line({ unitId: 'c1', functionalCode: '2010306', amount: '10.00' }),
        line({ unitId: 'c1', functionalCode: '20101069', amount: '1.25' }),
        line({ unitId: 'c1', functionalCode: '9', amount: '2.50', carryover: true }),
        line({ unitId: 'c1', functionalCode: '20103', amount: '0.00' }),
      ],
    });
    odd.lines[3] = { ...odd.lines[3]!, amountYuan: new Dec('0.001') };
    expect({ ...consolidateBudgets([odd]), subclasses: [] }).toEqual(byTables([odd]));
  });

  it('gives the empty consolidation for no department', () => {
    expect(consolidateBudgets([])).toEqual(consolidateCounty([]));
  });

  it('refuses departments of different years, like consolidateCounty', () => {
    const a = department({ department: { code: '045', name: '甲局' } });
    expect(() => consolidateBudgets([a, { ...a, year: a.year + 1 }])).toThrow(/表1 的列与其他部门不一致/);
  });
});
