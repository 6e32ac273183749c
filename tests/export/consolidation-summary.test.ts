/**
 * consolidateSummaries (what the 全县汇总 runs) against its definition: the sum of every
 * department's derived 表1–3 (consolidateCounty of departmentTables), on random departments,
 * on the same lines summed per 功能 类 × kind × source × 结转 (the grain the county query reads),
 * and on codes that are not 功能 类/款/项 (they reach 表1 only).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consolidateBudgets, consolidateCounty, consolidateSummaries, departmentTables, type HundredthsSummaryLine, type SummaryLine } from '@/lib/budget/consolidation';
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

  it('sums the exact 分 of lines that carry them without reading their Decimal, at any scale', () => {
    /** The line as the county query reads it: amountHundredths, and an amountYuan that must not be read. */
    const withHundredths = (l: SummaryLine): HundredthsSummaryLine => {
      const text = l.amountYuan.toFixed(2);
      if (!l.amountYuan.eq(text)) throw new Error(`not whole 分: ${l.amountYuan.toString()}`);
      const { amountYuan: _read, ...rest } = l;
      return Object.defineProperty({ ...rest, amountHundredths: BigInt(text.replace('.', '')) }, 'amountYuan', {
        get: () => {
          throw new Error('amountYuan read');
        },
      }) as HundredthsSummaryLine;
    };
    fc.assert(
      fc.property(fc.array(departmentArb, { minLength: 1, maxLength: 4 }), (drafts) => {
        const budgets = drafts.map((b, i) => ({ ...b, department: { code: `0${40 + i}`, name: `部门${i}` } }));
        const direct = consolidateBudgets(budgets);
        const whole = budgets.map((b) => ({ ...b, lines: summedBy(b, 5) })).filter((b) => b.lines.every((l) => l.amountYuan.eq(l.amountYuan.toFixed(2))));
        expect(consolidateSummaries(whole.map((b) => ({ ...b, lines: b.lines.map(withHundredths) })))).toEqual(consolidateSummaries(whole));
        // Beside a department whose amount has 3 decimals, the 分 are scaled to 10^-3 元.
        const [first, ...rest] = budgets.map((b) => ({ ...b, lines: summedBy(b, 5) }));
        if (!first) return;
        const fine = { ...first, lines: [...first.lines, { functionalCode: '20101', kind: 'BASIC', fundingSource: 'GENERAL_PUBLIC', carryover: false, amountYuan: new Dec('0.125') } satisfies SummaryLine] };
        const mixed = [fine, ...rest.filter((b) => whole.some((w) => w.department.code === b.department.code))];
        const asRead = mixed.map((b, i) => (i === 0 ? b : { ...b, lines: b.lines.map(withHundredths) }));
        expect(consolidateSummaries(asRead)).toEqual(consolidateSummaries(mixed));
        expect(direct.departments).toBe(budgets.length);
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
