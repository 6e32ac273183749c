/** The catalogue, settings per year, the reconciliation rule (rounding never a finding), the submit gate, and the demo. */
import { describe, expect, it } from 'vitest';
import { Dec } from '@/lib/budget/money';
import { reconcile } from '@/lib/budget/reconciliation';
import { deriveReport, derivedContext } from '@/lib/budget/report';
import { RULE_DEFINITIONS, evaluateRules, resolveSettings, unitGate, type Finding } from '@/lib/budget/rules';
import { ruleContext } from '@/lib/budget/rules/context';
import { reconciliationRule } from '@/lib/budget/rules/reconciliation-rules';
import { reference2023 } from '@/prisma/seed/reference';
import { liulin2023Budget } from '@/prisma/seed/demo/liulin-2023';
import { department, line } from '../support/builders';

describe('catalogue and settings', () => {
  it('every rule has a unique id, a Chinese name and explanation, and defaults that parse', () => {
    const ids = RULE_DEFINITIONS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of RULE_DEFINITIONS) {
      expect(d.name).toMatch(/[\u4e00-\u9fa5]/);
      expect(d.explanation).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(resolveSettings().LINE_LARGE_AMOUNT).toEqual({ enabled: true, severity: 'WARN', params: { maxYuan: '100000000.00' } });
  });

  it('the defaults the issue names: 单笔上限 1亿元 (WARN), 单位总额变动 30.00 % (WARN), reasons from 10.00 % (项/三公 FATAL, totals WARN)', () => {
    const d = resolveSettings();
    expect(d.LINE_LARGE_AMOUNT).toEqual({ enabled: true, severity: 'WARN', params: { maxYuan: '100000000.00' } });
    expect(d.UNIT_TOTAL_CHANGE).toEqual({ enabled: true, severity: 'WARN', params: { maxChangePercent: '30.00' } });
    expect(d.ITEM_CHANGE_REASON).toEqual({ enabled: true, severity: 'FATAL', params: { thresholdPercent: '10.00' } });
    expect(d.CHANGE_REASON).toEqual({ enabled: true, severity: 'WARN', params: { thresholdPercent: '10.00' } });
  });

  it('a stored row changes severity and parameters; a malformed parameter falls back to the default; a disabled rule finds nothing', () => {
    const settings = resolveSettings([
      { ruleId: 'LINE_ZERO', enabled: true, severity: 'FATAL', params: {} },
      { ruleId: 'LINE_LARGE_AMOUNT', enabled: true, severity: 'WARN', params: { maxYuan: '-5' } },
      { ruleId: 'LINE_DUPLICATE', enabled: false, severity: 'WARN', params: {} },
    ]);
    expect(settings.LINE_LARGE_AMOUNT!.params.maxYuan).toBe('100000000.00');
    const budget = department({ lines: [line({ id: 'a', amount: '0.00' }), line({ id: 'b', amount: '0.00' })] });
    const found = evaluateRules({ budget, previous: null }, settings);
    expect(found.map((f) => [f.ruleId, f.severity, f.key])).toEqual([
      ['LINE_ZERO', 'FATAL', 'a'],
      ['LINE_ZERO', 'FATAL', 'b'],
    ]);
  });
});

describe('RECONCILIATION', () => {
  it('rounding gaps in 万元 are never findings: three 款 of 50.00 元 (0.01万元 each) under a 类 of 150.00 元 (0.02万元)', () => {
    const lines = ['30101', '30102', '30108'].map((deptEconCode) => line({ deptEconCode, amount: '50.00' }));
    const budget = department({ lines });
    const c = ruleContext({ budget, previous: null });
    expect(c.report.roundingGaps.length).toBeGreaterThan(0);
    expect(evaluateRules({ budget, previous: null }).filter((f) => f.ruleId === 'RECONCILIATION')).toEqual([]);
  });

  it('a table whose 元 figures disagree is a FATAL finding with both sides', () => {
    const budget = department({ lines: [line({ amount: '100.00' })] });
    const c = ruleContext({ budget, previous: null });
    const table3 = c.report.tables.find((t) => t.number === 3)!;
    table3.sections[0]!.rows[0]!.values[1] = new Dec('99.99'); // 合计 row, 基本支出
    c.report.reconciliation = reconcile(budget, c.report.tables);
    const found = reconciliationRule.check(c, () => new Dec(0));
    expect(found.length).toBeGreaterThan(0);
    expect(found.find((f) => f.key.startsWith('E5'))).toMatchObject({ unitId: null, left: '100.00', right: '99.99' });
  });
});

describe('the submit gate', () => {
  const f = (ruleId: string, severity: Finding['severity'], unitId: string | null, key: string): Finding => ({
    ruleId, severity, unitId, key, where: '某处', message: '说明', left: null, right: null,
  });
  it('a unit is stopped by its FATAL findings and its unacknowledged WARN findings only', () => {
    const all = [f('A', 'FATAL', 'u1', '1'), f('B', 'WARN', 'u1', '2'), f('B', 'WARN', 'u1', '3'), f('C', 'INFO', 'u1', '4'), f('A', 'FATAL', 'u2', '5'), f('A', 'FATAL', null, '6')];
    const gate = unitGate(all, 'u1', [{ ruleId: 'B', findingKey: '2' }]);
    expect(gate.fatal.map((x) => x.key)).toEqual(['1']);
    expect(gate.unacknowledged.map((x) => x.key)).toEqual(['3']);
  });
});

describe('the demo department 045 / 2023 (a real published report)', () => {
  it('needs no 增减变动原因: no accepted 2022 (no 上年数 per 项), 三公 items within 10 % (接待 3,800 → 3,600, −5.26 %)', () => {
    const budget = liulin2023Budget(reference2023);
    expect(budget.priorFunctional).toBeNull();
    expect(evaluateRules({ budget, previous: null }).filter((x) => x.ruleId === 'ITEM_CHANGE_REASON' || x.ruleId === 'CHANGE_REASON')).toEqual([]);
  });

  it('has no FATAL finding; its two known oddities are warnings', () => {
    const found = evaluateRules({ budget: liulin2023Budget(reference2023), previous: null });
    expect(found.filter((x) => x.severity === 'FATAL')).toEqual([]);
    expect(found.map((x) => [x.ruleId, x.unitId])).toEqual([
      ['PERF_SATISFACTION_BOUND', 'u-045002'],
      ['PERF_DUPLICATE', 'u-045001'],
    ]);
  });
});

describe('a report derived beforehand (the services share one derivation per data version)', () => {
  it('gives the findings of a fresh evaluation and reads its budget context instead of building another', () => {
    const budget = department({ lines: [line({ id: 'a', amount: '0.00' }), line({ id: 'b', amount: '12.00' })] });
    const derived = deriveReport(budget);
    const c = ruleContext({ budget, previous: null }, derived);
    expect(c.report).toBe(derived);
    expect(c.ctx).toBe(derivedContext(derived, budget));
    expect(c.ctx.budget).toBe(budget);
    expect(evaluateRules({ budget, previous: null }, resolveSettings(), derived)).toEqual(evaluateRules({ budget, previous: null }));
    expect(evaluateRules({ budget, previous: null }).some((f) => f.ruleId === 'LINE_ZERO' && f.key === 'a')).toBe(true);
  });

  it('is not used for another budget: a report derived from other data is derived again', () => {
    const before = department({ lines: [line({ id: 'a', amount: '5.00' })] });
    const after = department({ lines: [line({ id: 'a', amount: '0.00' })] });
    const stale = deriveReport(before);
    expect(derivedContext(stale, after)).toBeUndefined();
    const c = ruleContext({ budget: after, previous: null }, stale);
    expect(c.report).not.toBe(stale);
    expect(c.ctx.budget).toBe(after);
    expect(evaluateRules({ budget: after, previous: null }, resolveSettings(), stale).some((f) => f.ruleId === 'LINE_ZERO' && f.key === 'a')).toBe(true);
  });
});
