/**
 * Golden test: the demo department-year 045 / 2023 (real lines in 元, prisma/seed/demo/liulin-2023.ts)
 * must reproduce the example report (tests/fixtures/example-2023.ts, transcribed by hand) cell for cell:
 * liulin2023Budget(reference2023) → deriveReport → renderReport('万元') → 表1–13 and the 情况说明.
 * No database. No figure of the report appears here: every expected value comes from the fixture.
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { deriveReport, renderReport, type RenderedReport } from '@/lib/budget/report';
import type { BudgetLine, DepartmentBudget } from '@/lib/budget/types';
import type { RenderedRow, RenderedTable } from '@/lib/budget/report-wire';
import { reference2023 } from '@/prisma/seed/reference';
import { DUPLICATE_FILING_PROJECT_ID, liulin2023Budget } from '@/prisma/seed/demo/liulin-2023';
import {
  EXAMPLE_2023_NARRATIVE as N,
  EXAMPLE_2023_TABLES,
  TABLE11_EXPECTED_ROWS,
  TABLE11_PRINTED_ROWS,
  TABLE6_MERGED,
  TABLE6_PRINTED_302_ROWS,
  UNIT_NAMES,
  type FixtureRow,
} from '@/tests/fixtures/example-2023';

const HALF_UP = Decimal.clone({ rounding: Decimal.ROUND_HALF_UP });
const wan = (yuanAmount: Decimal): string => new HALF_UP(yuanAmount).div(10000).toFixed(2, Decimal.ROUND_HALF_UP);
const plusWan = (text: string, delta: string): string => new HALF_UP(text).plus(delta).toFixed(2);

function render(budget: DepartmentBudget, unit: '万元' | '元' = '万元'): RenderedReport {
  return renderReport(deriveReport(budget), unit);
}

const budget = () => liulin2023Budget(reference2023);
const narrativeFigures = (b: DepartmentBudget) => deriveReport(b).narrative.figures;
const isBureauWelfare = (l: BudgetLine) => l.unitId === 'u-045001' && l.deptEconCode === '30229' && l.kind === 'BASIC';
/** An amount in prose: thousands separators and 万元 ("1,185.70万元"). */
const prose = (amount: string): string => {
  const [int = '0', frac = '00'] = amount.split('.');
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}万元`;
};
const report = render(budget());

function table(r: RenderedReport, number: number): RenderedTable {
  const found = r.tables.find((t) => t.number === number);
  if (!found) throw new Error(`表${number} missing from the report`);
  return found;
}

/** The printed part of a row: code, name, 政府经济 code/name, values (the row level is not printed). */
function printed(row: RenderedRow | FixtureRow): FixtureRow {
  return {
    code: row.code,
    name: row.name,
    ...(row.govCode !== undefined ? { govCode: row.govCode } : {}),
    ...(row.govName !== undefined ? { govName: row.govName } : {}),
    values: row.values,
  };
}

/** Row-by-row differences, readable in a failure message. */
function rowDiffs(got: readonly RenderedRow[], want: readonly FixtureRow[]): string[] {
  const diffs: string[] = [];
  for (let i = 0; i < Math.max(got.length, want.length); i += 1) {
    const g = got[i];
    const w = want[i];
    const gotText = g ? JSON.stringify(printed(g)) : '(no row)';
    const wantText = w ? JSON.stringify(printed(w)) : '(no row)';
    if (gotText !== wantText) diffs.push(`row ${i}: got ${gotText}\n        want ${wantText}`);
  }
  return diffs;
}

interface Cell {
  table: number;
  section: string;
  rowIndex: number;
  row: RenderedRow;
  column: string;
  value: string | null;
}

/** Every cell of a report, keyed "表n/section/rowIndex:code|govCode:name/column". */
function cellMap(r: RenderedReport): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const t of r.tables) {
    t.sections.forEach((s, si) => {
      const section = s.name ?? String(si);
      s.rows.forEach((row, rowIndex) => {
        const rowKey = `表${t.number}/${section}/${rowIndex}:${row.code ?? ''}${row.govCode ? `|${row.govCode}` : ''}:${row.name}`;
        row.values.forEach((value, ci) => {
          const column = s.columns[ci] ?? String(ci);
          cells.set(`${rowKey}/${column}`, { table: t.number, section, rowIndex, row, column, value });
        });
      });
    });
  }
  return cells;
}

describe('golden: 柳林县行政审批服务管理局 2023 reproduces the example report', () => {
  it('has the 13 tables in order', () => {
    expect(report.tables.map((t) => t.number)).toEqual(EXAMPLE_2023_TABLES.map((t) => t.number));
    expect(report.amountUnit).toBe('万元');
    expect(report.department).toEqual({ code: '045', name: UNIT_NAMES.bureau });
    expect(report.year).toBe(2023);
  });

  describe.each(EXAMPLE_2023_TABLES.map((t) => [t.number, t] as const))('表%i', (number, want) => {
    const got = table(report, number);

    it('title and 本表无数据 flag', () => {
      expect({ title: got.title, empty: got.empty }).toEqual({ title: want.title, empty: want.empty });
    });

    it('sections and columns', () => {
      expect(got.sections.map((s) => ({ name: s.name, columns: s.columns }))).toEqual(
        want.sections.map((s) => ({ name: s.name, columns: s.columns })),
      );
    });

    it('every row and cell as printed', () => {
      const diffs = want.sections.flatMap((ws, si) =>
        rowDiffs(got.sections[si]?.rows ?? [], ws.rows).map((d) => `section ${ws.name ?? si} ${d}`),
      );
      expect(diffs, `表${number} differs from the example:\n${diffs.join('\n')}`).toEqual([]);
    });
  });

  it('表1/表4 list all 30 功能 类, blank except 201', () => {
    for (const number of [1, 4]) {
      const classes = table(report, number).sections[1]!.rows.filter((row) => row.code !== null);
      expect(classes).toHaveLength(30);
      expect(classes.filter((row) => row.values.some((v) => v !== null)).map((row) => row.code)).toEqual(['201']);
    }
  });

  it('reproduces the printed cells that do not foot', () => {
    const t3 = table(report, 3).sections[0]!.rows;
    const row3 = (code: string) => t3.find((row) => row.code === code)!.values;
    // 2010306: 606.27 + 423.92 = 1030.19, printed 1030.18.
    expect(plusWan(row3('2010306')[1]!, row3('2010306')[2]!)).not.toBe(row3('2010306')[0]);
    // 201: 1030.18 + 155.51 = 1185.69, printed 1185.70.
    expect(plusWan(row3('20103')[0]!, row3('20106')[0]!)).not.toBe(row3('201')[0]);
    const t6 = table(report, 6).sections[0]!.rows;
    // 合计 ≠ 人员经费 + 公用经费 as displayed.
    expect(plusWan(t6[0]!.values[1]!, t6[0]!.values[2]!)).not.toBe(t6[0]!.values[0]);
    // The 302 rows add to 0.01 less than their subtotal.
    const sub302 = t6.find((row) => row.code === '302')!;
    const rows302 = t6.filter((row) => row.code?.startsWith('302') && row.code.length === 5);
    const sum302 = rows302.reduce((acc, row) => acc.plus(row.values[0]!), new HALF_UP(0));
    expect(new HALF_UP(sub302.values[0]!).minus(sum302).toFixed(2)).toBe('0.01');
    // The engine explains each such gap as rounding (the 元 figures foot exactly).
    const gaps = deriveReport(budget()).roundingGaps;
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.filter((gap) => !gap.explainedByRounding)).toEqual([]);
  });

  describe('the two documented deviations of the example (docs/domain.md §8)', () => {
    it('表6: the duplicated 公务接待费 / 公务用车运行维护费 rows are merged into one row each', () => {
      const rows = table(report, 6).sections[0]!.rows;
      const keys = rows.filter((row) => row.govCode !== undefined).map((row) => `${row.code}|${row.govCode}`);
      expect(new Set(keys).size, 'no duplicate (部门经济, 政府经济) rows').toBe(keys.length);
      for (const merged of [TABLE6_MERGED.reception, TABLE6_MERGED.vehicleOperation]) {
        const matching = rows.filter((row) => row.code === merged.code);
        expect(matching.map(printed)).toEqual([merged]);
        // The merged row is the exact sum of the two printed rows (here their displayed values foot too).
        const parts = TABLE6_PRINTED_302_ROWS.filter((row) => row.code === merged.code);
        expect(parts).toHaveLength(2);
        expect(plusWan(parts[0]!.values[0]!, parts[1]!.values[0]!)).toBe(merged.values[0]);
      }
    });

    it('表11: 政府采购中心 (参公) is included and 部门合计 = Σ units, in 元', () => {
      const rows = table(report, 11).sections[0]!.rows;
      expect(rows.map(printed)).toEqual(TABLE11_EXPECTED_ROWS);
      expect(rows.map((row) => row.name)).toContain(UNIT_NAMES.procurementCentre);
      // The printed 部门合计 (42.66) is bureau + 政务服务中心 only; ours is larger.
      expect(new HALF_UP(rows[0]!.values[0]!).gt(TABLE11_PRINTED_ROWS[0]!.values[0]!)).toBe(true);
      // Σ units = 部门合计 exactly, in 元.
      const exact = table(render(budget(), '元'), 11).sections[0]!.rows;
      const units = exact.slice(1).reduce((acc, row) => acc.plus(row.values[0]!), new HALF_UP(0));
      expect(units.toFixed(2)).toBe(exact[0]!.values[0]);
      // 部门合计 = the department's 公用经费 (表6), since all three units are 行政/参公.
      const t6 = table(render(budget(), '元'), 6).sections[0]!.rows[0]!;
      expect(exact[0]!.values[0]).toBe(t6.values[2]);
      // The printed unit rows are still reproduced as printed.
      for (const printedRow of TABLE11_PRINTED_ROWS.slice(1)) {
        expect(rows.map(printed)).toContainEqual(printedRow);
      }
    });
  });

  it('every reconciliation finding is ok', () => {
    const failed = report.reconciliation.filter((f) => !f.ok);
    expect(report.reconciliation.length).toBeGreaterThan(0);
    expect(failed, failed.map((f) => `${f.id}: ${f.equation} (${f.left} vs ${f.right})`).join('\n')).toEqual([]);
  });

  describe('情况说明 figures', () => {
    const f = narrativeFigures(budget());

    it('一、收支总计 and change against last year', () => {
      expect({
        totalIncome: wan(f.totalIncome.current),
        currentIncome: wan(f.currentIncome),
        carryoverIncome: wan(f.carryover),
        totalExpenditure: wan(f.totalExpenditure.current),
        priorTotal: wan(f.totalIncome.prior!),
        changeAmount: wan(f.totalIncome.change!),
        changeRate: f.totalIncome.rate!.toFixed(2),
        expenditureChange: wan(f.totalExpenditure.change!),
      }).toEqual({
        totalIncome: N.totalIncome,
        currentIncome: N.currentIncome,
        carryoverIncome: N.carryoverIncome,
        totalExpenditure: N.totalExpenditure,
        priorTotal: N.priorTotal,
        changeAmount: N.changeAmount,
        changeRate: N.changeRate,
        expenditureChange: N.changeAmount,
      });
    });

    it('二、收入 shares over 收入总计 and 三、基本/项目 shares over 支出总计', () => {
      const s = f.incomeShares;
      const pair = (x: { amount: Decimal; share: Decimal | null }) => ({ amount: wan(x.amount), share: x.share!.toFixed(2) });
      expect({
        generalPublic: pair(s.GENERAL_PUBLIC),
        govFund: pair(s.GOV_FUND),
        stateCapital: pair(s.STATE_CAPITAL),
        specialAccount: pair(s.SPECIAL_ACCOUNT),
        unitFunds: pair(s.UNIT_FUNDS),
        carryover: pair(s.CARRYOVER),
      }).toEqual(N.incomeShares);
      expect(pair(f.basicShare)).toEqual(N.basic);
      expect(pair(f.projectShare)).toEqual(N.project);
    });

    it('四、财政拨款收支', () => {
      expect({
        total: wan(f.fiscal.total),
        generalPublic: wan(f.fiscal.bySource.GENERAL_PUBLIC),
        govFund: wan(f.fiscal.bySource.GOV_FUND),
        stateCapital: wan(f.fiscal.bySource.STATE_CAPITAL),
        current: wan(f.fiscal.current),
        carryover: wan(f.fiscal.carryover),
        byClass: f.fiscal.byClass.map((c) => ({ code: c.code, name: c.name, amount: wan(c.amount) })),
      }).toEqual(N.fiscal);
    });

    it('五、一般公共预算当年拨款: scale, change and structure', () => {
      const gp = f.generalPublicCurrent;
      expect({
        amount: wan(gp.current),
        prior: wan(gp.prior!),
        changeAmount: wan(gp.change!),
        changeDirection: gp.change!.isPositive() ? '增加' : '减少',
        changeRate: gp.rate!.toFixed(2),
        byClass: f.generalPublicByClass.map((c) => ({ code: c.code, name: c.name, amount: wan(c.amount), share: c.share!.toFixed(2) })),
      }).toEqual(N.generalPublicCurrent);
      expect(f.totalIncome.change!.isPositive() ? '增加' : '减少').toBe(N.changeDirection);
    });

    it('六、一般公共预算基本支出: 人员经费 and 公用经费 with their items', () => {
      expect({
        amount: wan(f.basic.total),
        personnel: wan(f.basic.personnel),
        public: wan(f.basic.public),
        personnelItems: [...f.basic.personnelItems].sort(),
        publicItems: [...f.basic.publicItems].sort(),
      }).toEqual({
        ...N.generalPublicBasic,
        personnelItems: [...N.generalPublicBasic.personnelItems].sort(),
        publicItems: [...N.generalPublicBasic.publicItems].sort(),
      });
    });

    it('七、“三公”经费 against last year', () => {
      const t = f.threePublic;
      const same = '与上年预算数相同';
      const describeChange = (c: typeof t.total) =>
        c.change!.isZero() ? same : `${c.change!.isPositive() ? '增加' : '减少'}${wan(c.change!.abs())}`;
      const item = (c: typeof t.total) => ({ amount: wan(c.current), prior: wan(c.prior!), change: describeChange(c) });
      expect({
        total: wan(t.total.current),
        prior: wan(t.total.prior!),
        changeAmount: wan(t.total.change!.abs()),
        changeDirection: t.total.change!.isNegative() ? '减少' : '增加',
        abroad: item(t.items.abroad),
        reception: item(t.items.reception),
        vehicleOperation: item(t.items.vehicleOperation),
        vehiclePurchase: item(t.items.vehiclePurchase),
      }).toEqual({
        total: N.threePublic.total,
        prior: N.threePublic.prior,
        changeAmount: N.threePublic.changeAmount,
        changeDirection: N.threePublic.changeDirection,
        abroad: N.threePublic.abroad,
        reception: N.threePublic.reception,
        vehicleOperation: N.threePublic.vehicleOperation,
        vehiclePurchase: N.threePublic.vehiclePurchase,
      });
    });

    it('八、机关运行经费 by definition; 九、政府采购; 十、绩效目标管理 (corrected)', () => {
      expect(wan(f.organOperating.current)).toBe(N.organOperating.expectedAmount);
      expect(f.organOperating.prior).toBeNull();
      expect({
        total: wan(f.procurement.total),
        goods: wan(f.procurement.goods),
        works: wan(f.procurement.works),
        services: wan(f.procurement.services),
      }).toEqual(N.procurement);
      expect({ projects: f.performance.projectCount, amount: wan(f.performance.generalPublicCurrent) }).toEqual({
        projects: N.performance.expectedProjects,
        amount: N.performance.expectedAmount,
      });
    });

    it('the rendered sentences carry the figures with thousands separators, and the department’s reasons', () => {
      const text = report.narrative.sentences.join('\n');
      for (const amount of [N.totalIncome, N.currentIncome, N.carryoverIncome, N.changeAmount, N.basic.amount, N.project.amount]) {
        expect(text).toContain(prose(amount));
      }
      for (const rate of [N.changeRate, N.incomeShares.generalPublic.share, N.incomeShares.carryover.share, N.basic.share, N.project.share, N.generalPublicCurrent.changeRate]) {
        expect(text).toContain(`${rate}%`);
      }
      for (const amount of [N.generalPublicCurrent.changeAmount, N.generalPublicBasic.personnel, N.generalPublicBasic.public, N.threePublic.total, N.procurement.total, N.procurement.goods, N.procurement.services]) {
        expect(text).toContain(prose(amount));
      }
      expect(text).toContain(N.changeReason.replace(/。$/, ''));
      expect(text).toContain(N.threePublic.reason.replace(/。$/, ''));
    });
  });

  it('the rendered wire figures carry the same values', () => {
    const w = report.narrative.figures;
    expect({
      totalIncome: w['totalIncome.current'],
      currentIncome: w['currentIncome'],
      carryoverIncome: w['carryover'],
      changeAmount: w['totalIncome.change'],
      changeRate: w['totalIncome.rate'],
      generalPublicShare: w['incomeShares.GENERAL_PUBLIC.share'],
      carryoverShare: w['incomeShares.CARRYOVER.share'],
      basicShare: w['basicShare.share'],
      projectShare: w['projectShare.share'],
      generalPublicChange: w['generalPublicCurrent.change'],
      generalPublicRate: w['generalPublicCurrent.rate'],
      personnel: w['basic.personnel'],
      public: w['basic.public'],
      threePublic: w['threePublic.total.current'],
      threePublicPrior: w['threePublic.total.prior'],
      organOperating: w['organOperating.current'],
      procurementGoods: w['procurement.goods'],
      procurementServices: w['procurement.services'],
    }).toEqual({
      totalIncome: N.totalIncome,
      currentIncome: N.currentIncome,
      carryoverIncome: N.carryoverIncome,
      changeAmount: N.changeAmount,
      changeRate: N.changeRate,
      generalPublicShare: N.incomeShares.generalPublic.share,
      carryoverShare: N.incomeShares.carryover.share,
      basicShare: N.basic.share,
      projectShare: N.project.share,
      generalPublicChange: N.generalPublicCurrent.changeAmount,
      generalPublicRate: N.generalPublicCurrent.changeRate,
      personnel: N.generalPublicBasic.personnel,
      public: N.generalPublicBasic.public,
      threePublic: N.threePublic.total,
      threePublicPrior: N.threePublic.prior,
      organOperating: N.organOperating.expectedAmount,
      procurementGoods: N.procurement.goods,
      procurementServices: N.procurement.services,
    });
  });

  it('renders the 绩效目标申报表 of the projects, including the duplicate 0-元 filing, as filed', () => {
    const forms = report.performanceForms;
    const citizen = forms.filter((form) => form.projectName.startsWith('拨付市民服务中心'));
    expect(citizen.map((form) => form.funds.annual.total).sort()).toEqual(['0.00', '1680000.00']);
    const hotline = forms.find((form) => form.projectName === '12345热线保障经费')!;
    expect(hotline.unit).toBe(UNIT_NAMES.serviceCentre);
    expect(hotline.indicators.filter((i) => i.level1 === '满意度指标').map((i) => i.value)).toEqual(['≤100%', '≤100%']);
    // Every form with money matches its project's lines (E12 holds); only the duplicate is 0.
    expect(report.reconciliation.filter((f) => f.id.startsWith('E12:')).every((f) => f.ok)).toBe(true);
  });

  it('validation flags the example’s own form oddities (kept in the demo data, not fixed)', () => {
    const findings = deriveReport(budget()).findings.performance;
    const kinds = (kind: string) => [...new Set(findings.filter((x) => x.kind === kind).map((x) => x.projectId))];
    expect(kinds('DUPLICATE_PROJECT')).toEqual([DUPLICATE_FILING_PROJECT_ID]);
    expect(kinds('SATISFACTION_UPPER_BOUND')).toEqual(['p-hotline12345']);
    expect(kinds('FUNDS_MISMATCH')).toEqual([]);
    expect(kinds('FUND_PARTS_MISMATCH')).toEqual([]);
  });

  describe('no figure is hard-coded', () => {
    /** The bureau's 福利费 basic line (30229, the 12.485 → 12.49 half-up cell of 表6). */

    function bumped(deltaYuan: string): DepartmentBudget {
      const b = budget();
      const index = b.lines.findIndex(isBureauWelfare);
      expect(index).toBeGreaterThanOrEqual(0);
      const line = b.lines[index]!;
      b.lines[index] = { ...line, amountYuan: line.amountYuan.plus(deltaYuan) };
      return b;
    }

    /**
     * The cells that contain that line (2010306, 一般公共预算, 本年, 基本, 302 公用经费, bureau): per table, the
     * rows (by code, or by name with its position where names repeat) and the columns.
     */
    const CONTAINING: ReadonlyArray<{ table: number; section: string; rows: (row: RenderedRow, index: number) => boolean; columns: string[] }> = [
      { table: 1, section: '收入', rows: (r, i) => i === 0 || ['本年收入合计', '收入总计'].includes(r.name), columns: ['2023年'] },
      { table: 1, section: '支出', rows: (r) => r.code === '201' || ['本年支出合计', '支出总计'].includes(r.name), columns: ['2023年合计', '当年预算安排'] },
      { table: 2, section: '0', rows: (r) => r.name === '合计' || ['201', '20103', '2010306'].includes(r.code ?? ''), columns: ['合计', '一般公共预算'] },
      { table: 3, section: '0', rows: (r) => r.name === '合计' || ['201', '20103', '2010306'].includes(r.code ?? ''), columns: ['合计', '基本支出'] },
      { table: 4, section: '收入', rows: (r, i) => i === 0 || ['本年收入合计', '收入总计'].includes(r.name), columns: ['金额'] },
      { table: 4, section: '支出', rows: (r) => r.code === '201' || ['本年支出合计', '支出总计'].includes(r.name), columns: ['小计', '一般公共预算'] },
      { table: 5, section: '0', rows: (r) => r.name === '合计' || ['201', '20103', '2010306'].includes(r.code ?? ''), columns: ['合计', '基本支出'] },
      { table: 6, section: '0', rows: (r) => r.name === '合计' || r.code === '302' || (r.code === '30229' && r.govCode === '50201'), columns: ['合计', '公用经费'] },
      { table: 11, section: '0', rows: (r) => r.name === '部门合计' || r.name === UNIT_NAMES.bureau, columns: ['合计', '一般公共预算'] },
    ];

    it('+10,000.00 元 on one line moves exactly the cells that contain it, by exactly 1.00 万元', () => {
      const before = cellMap(report);
      const after = cellMap(render(bumped('10000.00')));
      expect([...after.keys()]).toEqual([...before.keys()]);
      const changed = [...after.keys()].filter((key) => after.get(key)!.value !== before.get(key)!.value);
      for (const key of changed) {
        expect(after.get(key)!.value, key).toBe(plusWan(before.get(key)!.value ?? '0', '1.00'));
      }
      const expected = [...before.entries()]
        .filter(([, c]) => CONTAINING.some((x) => x.table === c.table && x.section === c.section && x.rows(c.row, c.rowIndex) && x.columns.includes(c.column)))
        .map(([key]) => key);
      expect(expected).toHaveLength(52);
      expect(changed.sort()).toEqual(expected.sort());
    });

    it('the 情况说明 figures and sentences follow the lines', () => {
      const b = bumped('10000.00');
      const f = narrativeFigures(b);
      expect(wan(f.totalIncome.current)).toBe(plusWan(N.totalIncome, '1.00'));
      expect(wan(f.totalIncome.change!)).toBe(plusWan(N.changeAmount, '1.00'));
      expect(wan(f.generalPublicCurrent.current)).toBe(plusWan(N.generalPublicCurrent.amount, '1.00'));
      expect(wan(f.basic.public)).toBe(plusWan(N.generalPublicBasic.public, '1.00'));
      expect(wan(f.organOperating.current)).toBe(plusWan(N.organOperating.expectedAmount, '1.00'));
      expect(wan(f.basic.personnel)).toBe(N.generalPublicBasic.personnel);
      expect(wan(f.threePublic.total.current)).toBe(N.threePublic.total);
      expect(wan(f.procurement.total)).toBe(N.procurement.total);
      const text = render(b).narrative.sentences.join('\n');
      expect(text).toContain(prose(plusWan(N.totalIncome, '1.00')));
      expect(text).not.toContain(prose(N.totalIncome));
    });

    it('one cent below the half-up boundary flips the boundary cell and nothing that holds other cents', () => {
      // 124,850.00 元 = 12.485 万元 → 12.49 (half-up); 124,849.99 → 12.48.
      const rows = (r: RenderedReport) => table(r, 6).sections[0]!.rows;
      const welfare = (r: RenderedReport) => rows(r).find((row) => row.code === '30229' && row.govCode === '50201')!.values[0];
      const lowered = render(bumped('-0.01'));
      expect(welfare(lowered)).toBe(plusWan(welfare(report)!, '-0.01'));
      expect(rows(lowered)[0]!.values).toEqual(rows(report)[0]!.values);
    });
  });

  it("renderReport('元') gives exact 元 strings that round to the 万元 cells", () => {
    const exact = render(budget(), '元');
    expect(exact.amountUnit).toBe('元');
    const yuanCells = cellMap(exact);
    const wanCells = cellMap(report);
    expect([...yuanCells.keys()]).toEqual([...wanCells.keys()]);
    for (const [key, cell] of yuanCells) {
      const shown = wanCells.get(key)!.value;
      if (cell.value === null) {
        expect(shown, key).toBeNull();
        continue;
      }
      expect(cell.value, key).toMatch(/^-?\d+\.\d{2}$/);
      expect(wan(new HALF_UP(cell.value)), key).toBe(shown);
    }
    // Exact sums of the demo lines, computed here independently of the engine.
    const lines = budget().lines;
    const total = (pick: (l: BudgetLine) => boolean) => lines.filter(pick).reduce((acc, l) => acc.plus(l.amountYuan), new HALF_UP(0)).toFixed(2);
    const basicLine = (l: BudgetLine) => l.kind === 'BASIC';
    expect(table(exact, 1).sections[0]!.rows.find((row) => row.name === '收入总计')!.values[0]).toBe(total(() => true));
    const t6 = table(exact, 6).sections[0]!.rows;
    expect(t6[0]!.values).toEqual([
      total(basicLine),
      total((l) => basicLine(l) && l.deptEconCode.startsWith('301')),
      total((l) => basicLine(l) && !l.deptEconCode.startsWith('301')),
    ]);
    expect(t6.find((row) => row.code === '30229' && row.govCode === '50201')!.values[0]).toBe(total(isBureauWelfare));
    const t13 = table(exact, 13).sections[0]!.rows;
    const carried = (l: BudgetLine) => l.carryover;
    expect(t13[0]!.values[0]).toBe(total(carried));
    expect(t13.find((row) => row.name === UNIT_NAMES.bureau)!.values[0]).toBe(total((l) => carried(l) && l.unitId === 'u-045001'));
  });
});
