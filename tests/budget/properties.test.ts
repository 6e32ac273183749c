/** Property tests over random valid departments (support/arbitraries.ts). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { deriveReport, renderReport } from '@/lib/budget/report';
import { validateDepartmentBudget } from '@/lib/budget/validation';
import type { DepartmentBudget } from '@/lib/budget/types';
import { departmentArb, shuffled } from './support/arbitraries';

const RUNS = { numRuns: 40 };
/** The rounding rule, written independently of lib/budget/money. */
const HalfUp = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP });
const wan = (yuan: Decimal) => new HalfUp(yuan).dividedBy(10000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

describe('random departments', () => {
  it('are valid input (the generator makes no invalid lines)', () => {
    fc.assert(
      fc.property(departmentArb, (b) => {
        expect(validateDepartmentBudget(b)).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });

  it('satisfy every 勾稽 equation of docs/domain.md §5 exactly in 元', () => {
    fc.assert(
      fc.property(departmentArb, (b) => {
        const failed = deriveReport(b).reconciliation.filter((f) => !f.ok);
        expect(failed).toEqual([]);
      }),
      RUNS,
    );
  });

  it('render every 万元 cell as the half-up rounding of its exact 元 sum, and 元 cells exactly', () => {
    fc.assert(
      fc.property(departmentArb, (b) => {
        const report = deriveReport(b);
        const inWan = renderReport(report, '万元');
        const inYuan = renderReport(report, '元');
        const wrong: string[] = []; // one expect per case, not per cell: keeps the run fast
        report.tables.forEach((t, ti) =>
          t.sections.forEach((s, si) =>
            s.rows.forEach((r, ri) =>
              r.values.forEach((v, ci) => {
                const shownWan = inWan.tables[ti]?.sections[si]?.rows[ri]?.values[ci];
                const shownYuan = inYuan.tables[ti]?.sections[si]?.rows[ri]?.values[ci];
                if (shownWan !== (v === null ? null : wan(v)) || shownYuan !== (v === null ? null : v.toFixed(2))) {
                  wrong.push(`表${t.number} ${r.name} col ${ci}: ${String(v)} → ${String(shownWan)} / ${String(shownYuan)}`);
                }
              }),
            ),
          ),
        );
        expect(wrong).toEqual([]);
      }),
      RUNS,
    );
  });

  it('put in each 表3 cell exactly the sum of its lines (an oracle independent of the tables code)', () => {
    fc.assert(
      fc.property(departmentArb, (b) => {
        const rows = deriveReport(b).tables[2]?.sections[0]?.rows ?? [];
        for (const row of rows) {
          const mine = b.lines.filter((l) => row.code === null || l.functionalCode.startsWith(row.code));
          const total = (kind?: string) => mine.filter((l) => !kind || l.kind === kind).reduce((acc, l) => acc.plus(l.amountYuan), new HalfUp(0));
          const expected = [total(), total('BASIC'), total('PROJECT')].map((x) => (x.isZero() ? null : x.toFixed(2)));
          expect(row.values.map((v) => (v === null ? null : v.toFixed(2)))).toEqual(expected);
        }
      }),
      RUNS,
    );
  });

  it('derive the same report whatever the order of lines, units and projects', () => {
    fc.assert(
      fc.property(departmentArb, fc.integer(), (b, seed) => {
        const reordered: DepartmentBudget = {
          ...b,
          lines: shuffled(b.lines, seed),
          units: shuffled(b.units, seed + 1),
          projects: shuffled(b.projects, seed + 2),
        };
        const once = JSON.stringify(renderReport(deriveReport(b)));
        expect(JSON.stringify(renderReport(deriveReport(reordered)))).toBe(once);
        expect(JSON.stringify(renderReport(deriveReport({ ...b })))).toBe(once);
      }),
      { numRuns: 30 },
    );
  });

  it('have rounding gaps only within 0.005 万元 per addend', () => {
    fc.assert(
      fc.property(departmentArb, (b) => {
        for (const gap of deriveReport(b).roundingGaps) expect(gap.explainedByRounding, gap.equation).toBe(true);
      }),
      RUNS,
    );
  });
});
