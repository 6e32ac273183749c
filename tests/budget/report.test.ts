/** deriveReport / renderReport on small departments, including one without any line. */
import { describe, expect, it } from 'vitest';
import { deriveReport, renderReport } from '@/lib/budget/report';
import { TABLE_REGISTRY } from '@/lib/budget/disclosure/registry';
import { department } from './support/builders';
import { sampleDepartment } from './support/sample';

describe('a department with no lines', () => {
  const report = deriveReport(department());
  const wire = renderReport(report);

  it('still gives 13 tables, all 本表无数据, each keeping its structure', () => {
    expect(wire.tables.map((t) => [t.number, t.empty])).toEqual(TABLE_REGISTRY.map((d) => [d.number, true]));
    expect(wire.tables[0]?.sections[1]?.rows.filter((r) => r.level === '类')).toHaveLength(30);
    for (const n of [2, 3, 5, 6, 7, 8]) expect(wire.tables[n - 1]?.sections[0]?.rows.map((r) => r.name)).toEqual(['合计']);
    expect(wire.tables[9]?.sections[0]?.rows).toHaveLength(6); // 表10 keeps its five items and 合计
    expect(wire.tables[11]?.sections[0]?.rows.map((r) => r.name)).toEqual(['测试县某某局[部门]']);
  });

  it('has only ok equations, no rounding gaps, and sentences with zeros', () => {
    expect(report.reconciliation.filter((f) => !f.ok)).toEqual([]);
    expect(report.roundingGaps).toEqual([]);
    expect(wire.narrative.sentences[2]).toBe('2023年度支出预算0.00万元，其中：基本支出0.00万元，占0.00%；项目支出0.00万元，占0.00%。');
    expect(wire.narrative.figures['basicShare.share']).toBeNull();
  });
});

describe('renderReport', () => {
  const report = deriveReport(sampleDepartment());

  it('has the wire shape and defaults to 万元', () => {
    const wire = renderReport(report);
    expect(Object.keys(wire)).toEqual(['department', 'year', 'amountUnit', 'tables', 'narrative', 'reconciliation', 'roundingNotes', 'performanceForms', 'texts']);
    expect(wire.amountUnit).toBe('万元');
    expect(wire.department).toEqual({ code: '045', name: '测试县某某局' });
    expect(wire.tables[2]?.sections[0]?.rows[0]).toEqual({ code: null, name: '合计', values: ['69.64', '20.86', '48.78'] });
    expect(wire.tables[2]?.sections[0]?.rows[1]).toEqual({ code: '201', name: '一般公共服务支出', level: '类', values: ['66.64', '17.86', '48.78'] });
    expect(wire.narrative.figures['totalIncome.current']).toBe('69.64');
  });

  it('renders exact 元 on request', () => {
    const wire = renderReport(report, '元');
    expect(wire.amountUnit).toBe('元');
    expect(wire.tables[2]?.sections[0]?.rows[0]?.values).toEqual(['696350.50', '208600.50', '487750.00']);
    expect(wire.narrative.figures['totalIncome.current']).toBe('696350.50');
    expect(wire.narrative.figures['incomeShares.CARRYOVER.share']).toBe('21.22');
  });

  it('is plain JSON (round-trips unchanged)', () => {
    const wire = renderReport(report);
    expect(JSON.parse(JSON.stringify(wire))).toEqual(wire);
  });
});

describe('purity', () => {
  it('keeps no hidden cache: a budget changed in place derives afresh', () => {
    const b = sampleDepartment();
    const before = renderReport(deriveReport(b)).tables[2]?.sections[0]?.rows[0]?.values[0];
    const first = b.lines[0];
    if (first) b.lines[0] = { ...first, amountYuan: first.amountYuan.plus(10000) };
    const after = renderReport(deriveReport(b)).tables[2]?.sections[0]?.rows[0]?.values[0];
    expect([before, after]).toEqual(['69.64', '70.64']); // 696,350.50 → 706,350.50 元
  });
});
