/** The 公开快照's budget as JSON (lib/budget/budget-wire.ts): amounts as exact strings, and back to the same derivation. */
import { describe, expect, it } from 'vitest';
import { budgetFromWire, budgetToWire } from '@/lib/budget/budget-wire';
import { Dec } from '@/lib/budget/money';
import { deriveReport, renderReport } from '@/lib/budget/report';
import { performanceFormFor } from './support/forms';
import { sampleDepartment } from './support/sample';

function sampleWithForm() {
  const budget = sampleDepartment();
  const [first, ...rest] = budget.projects;
  return {
    ...budget,
    projects: [{ ...first!, performanceForm: performanceFormFor('300000') }, ...rest],
    procurement: [{ id: 'g1', unitId: 'u1', projectId: 'p1', category: 'GOODS' as const, itemName: '服务器', amountYuan: new Dec('123456.78') }],
    priorYear: { ...budget.priorYear, totalIncome: new Dec('1000000.05') },
    // last year's 项 totals and a reason: the 情况说明 quotes them (§11.1), so the snapshot must carry both
    priorFunctional: Object.fromEntries(budget.lines.slice(0, 1).map((l) => [l.functionalCode, new Dec('1.01')])),
    changeReasons: Object.fromEntries(budget.lines.slice(0, 1).map((l) => [`functional:${l.functionalCode}`, '人员调整'])),
  };
}

describe('budgetToWire / budgetFromWire', () => {
  it('writes every amount as an exact 元 string, never a number', () => {
    const wire = budgetToWire(sampleWithForm());
    const text = JSON.stringify(wire);
    expect(wire.lines.map((l) => l.amountYuan)).toContain('20000.5');
    expect(wire.procurement[0]?.amountYuan).toBe('123456.78');
    expect(wire.priorYear.totalIncome).toBe('1000000.05');
    expect(wire.projects[0]?.performanceForm?.funds.annual.total).toBe('300000');
    expect(text).not.toMatch(/"amountYuan":\d/);
    expect(wire.reference.functional.length).toBeGreaterThan(0); // the names travel with it
  });

  it('reads back a budget that derives the identical report in 万元 and 元', () => {
    const budget = sampleWithForm();
    const back = budgetFromWire(JSON.parse(JSON.stringify(budgetToWire(budget))) as ReturnType<typeof budgetToWire>);
    for (const unit of ['万元', '元'] as const) {
      expect(renderReport(deriveReport(back), unit)).toEqual(renderReport(deriveReport(budget), unit));
    }
    expect(back.lines.map((l) => l.amountYuan.toFixed(2))).toEqual(budget.lines.map((l) => l.amountYuan.toFixed(2)));
    expect(Object.values(back.priorFunctional ?? {}).map((d) => d.toFixed(2))).toEqual(['1.01']);
    expect(renderReport(deriveReport(back), '万元').narrative).toEqual(renderReport(deriveReport(budget), '万元').narrative);
  });

  it('keeps the reference names it was given, whatever they are later', () => {
    const budget = sampleWithForm();
    const wire = JSON.parse(JSON.stringify(budgetToWire(budget))) as ReturnType<typeof budgetToWire>;
    const renamed = { ...budget, reference: { ...budget.reference, functional: budget.reference.functional.map((c) => ({ ...c, name: `${c.name}（改）` })) } };
    expect(budgetFromWire(wire).reference.functional).toEqual(budget.reference.functional);
    expect(budgetFromWire(wire).reference.functional).not.toEqual(renamed.reference.functional);
  });
});
