/** 勾稽 equations on hand-built departments, and the rounding-gap explanation. */
import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { deriveTables } from '@/lib/budget/disclosure/registry';
import { reconcile, roundingGaps } from '@/lib/budget/reconciliation';
import type { DisclosureTable } from '@/lib/budget/types';
import { department, line, project } from './support/builders';
import { sampleDepartment } from './support/sample';
import { performanceFormFor } from './support/forms';

function withCell(tables: DisclosureTable[], number: number, code: string, col: number, value: string): DisclosureTable[] {
  return tables.map((t) =>
    t.number !== number
      ? t
      : {
          ...t,
          sections: t.sections.map((s) => ({
            ...s,
            rows: s.rows.map((r) => (r.code === code ? { ...r, values: r.values.map((v, i) => (i === col ? new Decimal(value) : v)) } : r)),
          })),
        },
  );
}

describe('reconcile', () => {
  const budget = sampleDepartment();
  const tables = deriveTables(budget);

  it('finds every equation ok on a consistent department, and covers all 14 groups', () => {
    const findings = reconcile(budget, tables);
    expect(findings.filter((f) => !f.ok)).toEqual([]);
    const groups = new Set(findings.map((f) => f.id.split(':')[0]));
    for (let n = 1; n <= 14; n += 1) {
      if (n === 12) continue; // no 绩效目标申报表 in the sample
      expect(groups, `E${n}`).toContain(`E${n}`);
    }
  });

  it('reports 收入总计 = 支出总计 with both sides in 元', () => {
    const finding = reconcile(budget, tables).find((f) => f.id === 'E1:表1:收入总计=支出总计');
    // 696,350.50 元 on both sides (see tables.test.ts)
    expect(finding).toEqual({ id: 'E1:表1:收入总计=支出总计', equation: '表1 收入总计 = 支出总计', left: '696350.50', right: '696350.50', ok: true, parts: ['696350.50'] });
  });

  it('a tampered 表3 cell breaks its row equation, its tree equation and the cross-table one', () => {
    // 表3 201 基本支出 is 178,600.50; pretend it were 178,600.49.
    const broken = reconcile(budget, withCell(tables, 3, '201', 1, '178600.49')).filter((f) => !f.ok);
    expect(broken.map((f) => [f.equation, f.left, f.right])).toEqual(
      expect.arrayContaining([
        ['表3 201 一般公共服务支出：合计 = 基本支出 + 项目支出', '666350.50', '666350.49'],
        ['表3「基本支出」列：201 一般公共服务支出 = 20103 政府办公厅（室）及相关机构事务 + 20106 财政事务', '178600.49', '178600.50'],
        ['表3「基本支出」列：合计 = 201 一般公共服务支出 + 208 社会保障和就业支出', '208600.50', '208600.49'],
      ]),
    );
  });

  it('E12: a 绩效目标申报表 whose 年度资金总额 differs from the project lines', () => {
    const b = department({
      projects: [{ ...project('p1', 'u1', '信息化'), performanceForm: performanceFormFor('300000.00') }],
      lines: [line({ kind: 'PROJECT', projectId: 'p1', deptEconCode: '31002', amount: '299999.99' })],
    });
    const e12 = reconcile(b, deriveTables(b)).filter((f) => f.id.startsWith('E12'));
    expect(e12).toEqual([{ id: 'E12:p1', equation: '绩效目标申报表「信息化」年度资金总额 = 该项目预算行合计', left: '300000.00', right: '299999.99', ok: false }]);
  });

  it('E14: 表7/8 are not empty once a 政府性基金 line exists', () => {
    const b = department({ lines: [line({ fundingSource: 'GOV_FUND', functionalCode: '2120801', amount: '1000' })] });
    const t = deriveTables(b);
    // one 政府性基金 basic 工资 line: no 一般公共预算 (表5, 6), no 三公 (表10), 机关运行经费 (表11) or projects (表12, 13)
    expect(t.filter((x) => x.empty).map((x) => x.number)).toEqual([5, 6, 9, 10, 11, 12, 13]);
    expect(reconcile(b, t).filter((f) => !f.ok)).toEqual([]);
  });
});

describe('roundingGaps', () => {
  it('explains a displayed total that does not foot: 14,950 + 14,950 元 shows 1.50 + 1.50 under 2.99', () => {
    const b = department({
      projects: [project('p1', 'u1', '信息化')],
      lines: [
        line({ amount: '14950' }), // 1.495 万 → 1.50
        line({ kind: 'PROJECT', projectId: 'p1', deptEconCode: '31002', amount: '14949.99' }), // 1.494999 → 1.49
      ],
    });
    // total 29,899.99 元 = 2.989999 万 → 2.99; parts show 1.50 + 1.49 = 2.99: no gap here.
    expect(roundingGaps(deriveTables(b)).filter((g) => g.equation.startsWith('表3 2010306'))).toEqual([]);

    const c = department({
      projects: [project('p1', 'u1', '信息化')],
      lines: [line({ amount: '14950' }), line({ kind: 'PROJECT', projectId: 'p1', deptEconCode: '31002', amount: '14950' })],
    });
    // total 29,900 元 = 2.99 万; parts show 1.50 + 1.50 = 3.00.
    const gap = roundingGaps(deriveTables(c)).find((g) => g.equation === '表3 2010306 政务公开审批：合计 = 基本支出 + 项目支出');
    expect(gap).toMatchObject({ displayedTotal: '2.99', displayedSum: '3.00', gap: '-0.01', addends: 2, explainedByRounding: true });
    expect(gap?.explanation).toContain('舍入');
    expect(reconcile(c, deriveTables(c)).filter((f) => !f.ok)).toEqual([]);
  });
});
