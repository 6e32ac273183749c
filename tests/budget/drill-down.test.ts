/**
 * Drill-down (lib/budget/drill-down.ts): the lines of a cell are the lines its table summed.
 * Small hand-made budgets with the expected lines picked by hand, then the demo department
 * 045 / 2023: every cell of 表1–13, in 万元 and 元, drills down to lines whose exact sum rounds
 * half-up (computed here, not by the code) to the rendered cell.
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deriveWithSources, describeCell, drillDownCell, NOT_A_LINE_SUM, type CellAddress, type CellDrillDown } from '@/lib/budget/drill-down';
import { budgetContext } from '@/lib/budget/context';
import { all, column, declaredRow, makeTable, row, withRowSources } from '@/lib/budget/disclosure/shared';
import { yuan } from '@/lib/budget/money';
import { deriveReport, renderReport } from '@/lib/budget/report';
import type { DepartmentBudget, DisclosureTable } from '@/lib/budget/types';
import { reference2023 } from '@/prisma/seed/reference';
import { liulin2023Budget } from '@/prisma/seed/demo/liulin-2023';
import { department, line, project, unit } from './support/builders';
import { departmentArb } from './support/arbitraries';

const HALF_UP = Decimal.clone({ rounding: Decimal.ROUND_HALF_UP, precision: 60 });
const wan = (yuan: Decimal): string => new HALF_UP(yuan).div(10000).toFixed(2, Decimal.ROUND_HALF_UP);
const yuanText = (yuan: Decimal): string => new HALF_UP(yuan).toFixed(2, Decimal.ROUND_HALF_UP);

function sample(): DepartmentBudget {
  const units = [unit('u1', 'ADMINISTRATIVE', 1, '某某局机关'), unit('u2', 'OTHER_INSTITUTION', 2, '某某中心')];
  const projects = [project('p1', 'u1', '信息化建设'), project('p2', 'u2', '档案整理')];
  const lines = [
    line({ id: 'A', unitId: 'u1', functionalCode: '2010301', deptEconCode: '30101', amount: '1000.00' }),
    line({ id: 'B', unitId: 'u1', functionalCode: '2010301', deptEconCode: '30201', amount: '2500.55' }),
    line({ id: 'C', unitId: 'u2', functionalCode: '2010306', deptEconCode: '30201', amount: '0.05' }),
    line({ id: 'D', unitId: 'u1', functionalCode: '2010306', deptEconCode: '30226', kind: 'PROJECT', projectId: 'p1', fundingSource: 'GOV_FUND', amount: '333.33' }),
    line({ id: 'E', unitId: 'u1', functionalCode: '2010306', deptEconCode: '31002', kind: 'PROJECT', projectId: 'p1', carryover: true, amount: '4.44' }),
    line({ id: 'F', unitId: 'u2', functionalCode: '2080505', deptEconCode: '30108', fundingSource: 'UNIT_FUNDS', amount: '15000.00' }),
    line({ id: 'G', unitId: 'u1', functionalCode: '2010301', deptEconCode: '30217', amount: '66.66' }),
    line({ id: 'H', unitId: 'u2', functionalCode: '2010306', deptEconCode: '30226', kind: 'PROJECT', projectId: 'p2', amount: '50.00' }),
  ];
  return department({ units, projects, lines });
}

/** The address of a row found by its code or name (the expected lines below are chosen by hand). */
function address(budget: DepartmentBudget, table: number, section: number, row: (r: { code: string | null; name: string; govCode?: string }) => boolean, column: number): CellAddress {
  const derived = deriveReport(budget).tables.find((t) => t.number === table) as DisclosureTable;
  const index = derived.sections[section]!.rows.findIndex(row);
  expect(index, `row not found in 表${table}`).toBeGreaterThanOrEqual(0);
  return { table, section, row: index, column };
}

function drill(budget: DepartmentBudget, at: CellAddress): CellDrillDown {
  const result = drillDownCell(budget, at);
  expect(result).not.toBeNull();
  return result as CellDrillDown;
}

const ids = (d: CellDrillDown) => (d.source.kind === 'lines' ? d.source.lines.map((l) => l.id).sort() : null);
const sumOf = (d: CellDrillDown) => (d.source.kind === 'lines' ? d.source.sumYuan : null);

describe('drill-down on a hand-made budget', () => {
  const budget = sample();

  it('表3 类 201, 合计: every line under 201, 本年 and 结转', () => {
    const d = drill(budget, address(budget, 3, 0, (r) => r.code === '201', 0));
    expect(ids(d)).toEqual(['A', 'B', 'C', 'D', 'E', 'G', 'H']);
    // 1000.00 + 2500.55 + 0.05 + 333.33 + 4.44 + 66.66 + 50.00
    expect(sumOf(d)).toBe('3955.03');
    expect(d.cellYuan).toBe('3955.03');
    expect(d.displayed.万元.value).toBe('0.40'); // 0.395503 → 0.40
    expect(d.displayed.元.value).toBe('3955.03');
    expect(d.displayed.万元.rounding).toContain('3,955.03 元 ÷ 10000 = 0.395503 万元');
    expect(d.row).toEqual({ code: '201', name: '一般公共服务支出' });
    expect(d.column).toBe('合计');
  });

  it('表3 项 2010306, 基本支出: the one basic line, shown as 0.00 万元', () => {
    const d = drill(budget, address(budget, 3, 0, (r) => r.code === '2010306', 1));
    expect(ids(d)).toEqual(['C']);
    expect(d.displayed).toMatchObject({ 万元: { value: '0.00' }, 元: { value: '0.05' } });
    const only = d.source.kind === 'lines' ? d.source.lines[0] : undefined;
    expect(only).toEqual({
      id: 'C',
      unit: { code: '045002', name: '某某中心' },
      functional: { code: '2010306', name: '政务公开审批' },
      deptEcon: { code: '30201', name: '办公费' },
      govEcon: { code: '50502', name: '商品和服务支出' },
      kind: '基本支出',
      nature: '公用经费',
      fundingSource: '一般公共预算',
      period: '本年',
      project: null,
      amountYuan: '0.05',
    });
  });

  it('表5 项 2010306, 项目支出: 50.00 元 is 0.005 万元, rounded half-up to 0.01', () => {
    // 表5: 一般公共预算, 本年 — H only (D is 政府性基金, E is 结转).
    const d = drill(budget, address(budget, 5, 0, (r) => r.code === '2010306', 2));
    expect(ids(d)).toEqual(['H']);
    expect(d.displayed.万元.value).toBe('0.01');
  });

  it('表6 办公费|办公经费, 公用经费: the organ unit line only (the institution maps elsewhere)', () => {
    const d = drill(budget, address(budget, 6, 0, (r) => r.code === '30201' && r.govCode === '50201', 2));
    expect(ids(d)).toEqual(['B']);
    expect(d.row).toMatchObject({ govCode: '50201', govName: '办公经费' });
  });

  it('表11 部门合计: 财政拨款 本年 基本 公用经费 of 行政/参公 units', () => {
    const d = drill(budget, address(budget, 11, 0, (r) => r.name === '部门合计', 0));
    expect(ids(d)).toEqual(['B', 'G']);
    expect(sumOf(d)).toBe('2567.21');
  });

  it('表10 公务接待费 and 表1 收入 单位资金', () => {
    expect(ids(drill(budget, address(budget, 10, 0, (r) => r.name === '公务接待费', 0)))).toEqual(['G']);
    const income = drill(budget, address(budget, 1, 0, (r) => r.name === '单位资金', 0));
    expect(ids(income)).toEqual(['F']);
    expect(income.section).toBe('收入');
    expect(income.displayed.万元.value).toBe('1.50');
  });

  it('表12 project row by source; 表13 department row', () => {
    const p1 = (r: { name: string }) => r.name === '信息化建设';
    expect(ids(drill(budget, address(budget, 12, 0, p1, 0)))).toEqual(['D']);
    expect(ids(drill(budget, address(budget, 12, 0, p1, 2)))).toEqual(['D']); // 政府性基金预算
    const blank = drill(budget, address(budget, 12, 0, p1, 1)); // 一般公共预算: none
    expect(ids(blank)).toEqual([]);
    expect(blank.cellYuan).toBeNull();
    expect(blank.displayed.万元.value).toBeNull();
    expect(ids(drill(budget, address(budget, 13, 0, (r) => r.code === '045', 0)))).toEqual(['E']);
  });

  it('does not depend on the order of the lines', () => {
    const reversed = { ...budget, lines: [...budget.lines].reverse() };
    const at = address(budget, 3, 0, (r) => r.code === '201', 0);
    expect(drill(reversed, at)).toEqual(drill(budget, at));
  });

  it('a declared row says where its figures come from; a row recorded by neither says it is no line sum', () => {
    const ctx = budgetContext(budget);
    const derive = () =>
      makeTable(1, '测试表', [
        {
          name: null,
          columns: ['本年'],
          rows: [
            row('合计', ctx.lines, [column('本年', all)]),
            declaredRow('上年数', [yuan('12.00')], () => '上年数（上年批复报表）'),
            { code: null, name: '手工行', values: [yuan('1.00')] },
          ],
        },
      ]);
    const { result: table, sources } = withRowSources(derive);
    const at = (r: number) => describeCell({ table, sources, ctx }, { table: 1, section: 0, row: r, column: 0 }) as CellDrillDown;
    expect(ids(at(0))).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    expect(at(1).source).toEqual({ kind: 'other', description: '上年数（上年批复报表）' });
    expect(at(1).displayed.万元.value).toBe('0.00'); // 12 元 = 0.0012 万元
    expect(at(2).source).toEqual({ kind: 'other', description: NOT_A_LINE_SUM });
    // Outside withRowSources nothing is recorded.
    expect(withRowSources(() => 0).sources.size).toBe(0);
  });

  it('null for an address outside the table', () => {
    expect(drillDownCell(budget, { table: 14, section: 0, row: 0, column: 0 })).toBeNull();
    expect(drillDownCell(budget, { table: 3, section: 1, row: 0, column: 0 })).toBeNull();
    expect(drillDownCell(budget, { table: 3, section: 0, row: 999, column: 0 })).toBeNull();
    expect(drillDownCell(budget, { table: 3, section: 0, row: 0, column: 3 })).toBeNull();
  });
});

describe('drill-down over the demo department 045 / 2023: every cell of 表1–13', () => {
  const budget = liulin2023Budget(reference2023);
  const derived = deriveReport(budget);
  const rendered = { 万元: renderReport(derived, '万元'), 元: renderReport(derived, '元') };
  const amounts = new Map(budget.lines.map((l) => [l.id, l.amountYuan]));

  it.each(derived.tables.map((t) => [t.number] as const))('表%i', (number) => {
    const wanTable = rendered.万元.tables.find((t) => t.number === number)!;
    const yuanTable = rendered.元.tables.find((t) => t.number === number)!;
    let nonEmpty = 0;
    wanTable.sections.forEach((section, s) => {
      section.rows.forEach((row, r) => {
        row.values.forEach((shownWan, c) => {
          const shownYuan = yuanTable.sections[s]!.rows[r]!.values[c] ?? null;
          const d = drill(budget, { table: number, section: s, row: r, column: c });
          const where = `表${number} section ${s} row ${r} (${row.name}) column ${c}`;
          if (d.source.kind === 'other') {
            // Not a sum of lines: it must say where it comes from (a declaredRow), never nothing.
            expect(d.source.description, where).not.toBe(NOT_A_LINE_SUM);
            return;
          }
          // The lines are the budget's own lines, each once, with their stored amounts.
          expect(new Set(d.source.lines.map((l) => l.id)).size, where).toBe(d.source.lines.length);
          for (const l of d.source.lines) expect(l.amountYuan, where).toBe(amounts.get(l.id)?.toFixed(2));
          const total = d.source.lines.reduce((acc, l) => acc.plus(l.amountYuan), new HALF_UP(0));
          expect(d.source.sumYuan, where).toBe(total.toFixed(2));
          if (shownWan === null) {
            expect(total.isZero(), where).toBe(true);
            expect(shownYuan, where).toBeNull();
            return;
          }
          nonEmpty += 1;
          expect(d.source.lines.length, where).toBeGreaterThan(0);
          expect(wan(total), where).toBe(shownWan);
          expect(yuanText(total), where).toBe(shownYuan);
          expect(d.displayed.万元.value, where).toBe(shownWan);
          expect(d.displayed.元.value, where).toBe(shownYuan);
        });
      });
    });
    if (!wanTable.empty) expect(nonEmpty).toBeGreaterThan(0);
  });
});

describe('drill-down over random departments', () => {
  it('every cell of 表1–13 lists distinct budget lines whose exact sum is the cell; 表3 合计 lists every line', () => {
    fc.assert(
      fc.property(departmentArb, (b) => {
        const amounts = new Map(b.lines.map((l) => [l.id, l.amountYuan]));
        for (let number = 1; number <= 13; number += 1) {
          const derived = deriveWithSources(b, number)!;
          derived.table.sections.forEach((section, s) =>
            section.rows.forEach((r, ri) =>
              section.columns.forEach((_, c) => {
                const d = describeCell(derived, { table: number, section: s, row: ri, column: c })!;
                const where = `表${number} ${s}/${ri}/${c}`;
                expect(d.source.kind, where).toBe('lines');
                if (d.source.kind !== 'lines') return;
                const seen = d.source.lines.map((l) => l.id);
                expect(new Set(seen).size, where).toBe(seen.length);
                const total = seen.reduce((acc, id) => acc.plus(amounts.get(id) ?? Number.NaN), new HALF_UP(0));
                const cell = r.values[c] ?? null;
                if (cell === null) expect(total.isZero(), where).toBe(true);
                else expect(total.equals(cell), where).toBe(true);
              }),
            ),
          );
        }
        const all = drill(b, { table: 3, section: 0, row: 0, column: 0 });
        expect(new Set(ids(all))).toEqual(new Set(b.lines.map((l) => l.id)));
      }),
      { numRuns: 15 },
    );
  });
});
