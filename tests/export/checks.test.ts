/** The 勾稽校验报告: every finding as a sentence with both sides and ✓/✗, no check ids. */
import { describe, expect, it } from 'vitest';
import { checkLine, checkLines, renderChecksHtml } from '@/lib/export/checks';
import { CHECK_ID, demoReport } from './demo-report';

describe('勾稽校验报告', () => {
  const report = demoReport('元');

  it('writes a row equation with both sides, each term with its amount, as the table shows them in 元', () => {
    const table3 = report.tables.find((t) => t.number === 3)!;
    const columns = table3.sections[0]!.columns; // 合计, 基本支出, 项目支出
    const row = table3.sections[0]!.rows.find((r) => r.code === '2010306')!;
    const expected = `表3「2010306 ${row.name}」${columns[0]} ${row.values[0]} = ${columns[1]} ${row.values[1]} + ${columns[2]} ${row.values[2]} ✓`;
    expect(checkLines(report).map((l) => l.text)).toContain(expected);
  });

  it('has one line per finding, each with both sides and ✓ or ✗, and no check id', () => {
    const lines = checkLines(report);
    expect(lines).toHaveLength(report.reconciliation.length);
    lines.forEach((line, i) => {
      const finding = report.reconciliation[i]!;
      expect(line.text, finding.id).toMatch(finding.ok ? / ✓$/ : / ✗（相差 [\d.]+）$/);
      expect(line.text).toContain(finding.left);
      // The right side: each named term's amount for a sum of named cells, else its total
      // ("各行之和（30行）" names 30 cells in one term).
      const named = finding.equation.split(' = ')[1]?.split(' + ').length ?? 0;
      const right = finding.parts && finding.parts.length > 1 && finding.parts.length === named ? finding.parts : [finding.right];
      for (const amount of right) expect(line.text).toContain(amount);
      expect(line.text).toMatch(/ = | ≤ | ⇔ /);
      expect(line.text).not.toMatch(CHECK_ID);
    });
  });

  it('marks a failed equation ✗ with the exact difference', () => {
    const line = checkLine({ id: 'E1:x', equation: '表1 收入总计 = 支出总计', left: '100.00', right: '99.99', ok: false, parts: ['99.99'] });
    expect(line).toEqual({ ok: false, group: '表1', text: '表1 收入总计 100.00 = 支出总计 99.99 ✗（相差 0.01）' });
    const le = checkLine({ id: 'E10:y', equation: '表11 某局 机关运行经费 ≤ 其基本支出公用经费', left: '5.00', right: '4.00', ok: false });
    expect(le.text).toBe('表11 某局 机关运行经费 5.00 ≤ 其基本支出公用经费 4.00 ✗（相差 1.00）');
  });

  it('is an internal HTML document: failures first, then the rest by table, no ids', () => {
    const broken = { ...report, reconciliation: [...report.reconciliation, { id: 'E5:表3:0:0:列合计', equation: '表3 合计：合计 = 基本支出 + 项目支出', left: '3.00', right: '2.00', ok: false, parts: ['1.00', '1.00'] }] };
    const doc = renderChecksHtml(broken, new Date('2026-12-01T08:00:00Z'));
    expect(doc).toContain('勾稽校验报告');
    expect(doc).toContain('内部文件');
    expect(doc).toContain(`共校验 ${broken.reconciliation.length} 项：相符 ${report.reconciliation.length} 项，不符 1 项 ✗`);
    expect(doc.indexOf('表3「合计」合计 3.00 = 基本支出 1.00 + 项目支出 1.00 ✗（相差 1.00）')).toBeLessThan(doc.indexOf(' ✓<'));
    expect(doc).not.toMatch(CHECK_ID);
  });
});
