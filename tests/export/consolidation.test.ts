/**
 * 全县汇总 of two hand-built departments: 表1–3 summed by 功能 类 and 款 in exact 元.
 * Expected figures are added up by hand from the lines below.
 */
import { describe, expect, it } from 'vitest';
import { consolidateBudgets, consolidateCounty, departmentTables } from '@/lib/budget/consolidation';
import { Dec } from '@/lib/budget/money';
import { department, line, project, unit } from '../budget/support/builders';

const tables123 = departmentTables;

// 部门 A: 201 → 1000.50 basic + 200.25 project carried over; 208 → 300.10 basic (单位资金).
const A = department({
  department: { code: '045', name: '甲局' },
  units: [unit('a1', 'ADMINISTRATIVE')],
  projects: [project('pa', 'a1', '搬迁')],
  lines: [
    line({ unitId: 'a1', functionalCode: '2010306', amount: '1000.50' }),
    line({ unitId: 'a1', functionalCode: '2010306', kind: 'PROJECT', projectId: 'pa', carryover: true, amount: '200.25' }),
    line({ unitId: 'a1', functionalCode: '2080505', deptEconCode: '30108', fundingSource: 'UNIT_FUNDS', amount: '300.10' }),
  ],
});

// 部门 B: 201 → 0.05 + 99.95 basic (two 款), 700.00 project; 212 → 50.00 project (政府性基金).
const B = department({
  department: { code: '046', name: '乙局' },
  units: [unit('b1', 'CIVIL_SERVICE_INSTITUTION')],
  projects: [project('pb', 'b1', '维修'), project('pc', 'b1', '拆迁')],
  lines: [
    line({ unitId: 'b1', functionalCode: '2010306', amount: '0.05' }),
    line({ unitId: 'b1', functionalCode: '2010699', amount: '99.95' }),
    line({ unitId: 'b1', functionalCode: '2010699', kind: 'PROJECT', projectId: 'pb', deptEconCode: '30201', amount: '700.00' }),
    line({ unitId: 'b1', functionalCode: '2120801', kind: 'PROJECT', projectId: 'pc', deptEconCode: '30201', fundingSource: 'GOV_FUND', amount: '50.00' }),
  ],
});

const strings = (values: readonly { toFixed(n: number): string }[]) => values.map((v) => v.toFixed(2));

describe('consolidateCounty', () => {
  const county = consolidateCounty([tables123(A), tables123(B)]);
  const byCode = (code: string) => county.classes.find((c) => c.code === code);

  it('keeps the tables’ column labels', () => {
    expect(county.departments).toBe(2);
    expect(county.columns[1]).toEqual(['2023年合计', '当年预算安排', '上年结转安排']);
    expect(county.columns[3]).toEqual(['合计', '基本支出', '项目支出']);
  });

  it('sums 表1 by 类: 合计, 当年预算安排, 上年结转安排', () => {
    // 201: A 1000.50 + 200.25, B 0.05 + 99.95 + 700.00 → 2000.75; 当年 1800.50; 结转 200.25.
    expect(strings(byCode('201')!.values[1])).toEqual(['2000.75', '1800.50', '200.25']);
    expect(strings(byCode('208')!.values[1])).toEqual(['300.10', '300.10', '0.00']);
    expect(strings(byCode('212')!.values[1])).toEqual(['50.00', '50.00', '0.00']);
    expect(strings(byCode('205')!.values[1])).toEqual(['0.00', '0.00', '0.00']); // listed in 表1, blank everywhere
    expect(strings(county.total[1])).toEqual(['2350.85', '2150.60', '200.25']);
  });

  it('sums 表2 by 类 and source, 结转 in its own column', () => {
    // 201 本年: 一般公共预算 1000.50 + 0.05 + 99.95 + 700.00 = 1800.50; 上年结转 200.25.
    expect(strings(byCode('201')!.values[2])).toEqual(['1800.50', '1800.50', '0.00', '0.00', '0.00', '0.00', '200.25']);
    expect(strings(byCode('208')!.values[2])).toEqual(['300.10', '0.00', '0.00', '0.00', '0.00', '300.10', '0.00']);
    expect(strings(byCode('212')!.values[2])).toEqual(['50.00', '0.00', '50.00', '0.00', '0.00', '0.00', '0.00']);
    expect(strings(county.total[2])).toEqual(['2150.60', '1800.50', '50.00', '0.00', '0.00', '300.10', '200.25']);
  });

  it('sums 表3 by 类: 基本 and 项目', () => {
    // 201 基本 1000.50 + 0.05 + 99.95 = 1100.50; 项目 200.25 + 700.00 = 900.25.
    expect(strings(byCode('201')!.values[3])).toEqual(['2000.75', '1100.50', '900.25']);
    expect(strings(byCode('212')!.values[3])).toEqual(['50.00', '0.00', '50.00']);
    expect(strings(county.total[3])).toEqual(['2350.85', '1400.60', '950.25']);
  });

  it('adds no 款 or 项 rows and orders 类 by code', () => {
    expect(county.classes.every((c) => c.code.length === 3)).toBe(true);
    const codes = county.classes.map((c) => c.code);
    expect(codes).toEqual([...codes].sort());
  });

  it('gives the same 类 rows and totals straight from the budgets', () => {
    expect({ ...consolidateBudgets([A, B]), subclasses: [] }).toEqual(county);
  });

  it('refuses departments whose columns differ (e.g. another year)', () => {
    const other = tables123({ ...B, year: 2024 });
    expect(() => consolidateCounty([tables123(A), other])).toThrow(/列与其他部门不一致/);
  });
});

describe('consolidateBudgets 款 rows', () => {
  const county = consolidateBudgets([A, B]);
  const row = (code: string) => county.subclasses.find((c) => c.code === code);

  it('lists the 款 of the lines in code order, named from the reference data', () => {
    expect(county.subclasses.map((c) => c.code)).toEqual(['20103', '20106', '20805', '21208']);
  });

  it('sums each 款 by hand: 表1 合计/当年/结转 and 表3 合计/基本/项目', () => {
    // 20103: A 1000.50 basic + 200.25 carried-over project, B 0.05 basic.
    expect(strings(row('20103')!.values[1])).toEqual(['1200.80', '1000.55', '200.25']);
    expect(strings(row('20103')!.values[3])).toEqual(['1200.80', '1000.55', '200.25']);
    // 20106: B 99.95 basic + 700.00 project.
    expect(strings(row('20106')!.values[1])).toEqual(['799.95', '799.95', '0.00']);
    expect(strings(row('20106')!.values[3])).toEqual(['799.95', '99.95', '700.00']);
    expect(strings(row('20805')!.values[3])).toEqual(['300.10', '300.10', '0.00']);
    expect(strings(row('21208')!.values[3])).toEqual(['50.00', '0.00', '50.00']);
  });

  it('equals the 款 rows of the departments’ own 表2 and 表3, summed', () => {
    for (const number of [2, 3] as const) {
      for (const sub of county.subclasses) {
        const expected = [A, B]
          .flatMap((b) => departmentTables(b).tables.filter((t) => t.number === number))
          .flatMap((t) => t.sections[0]!.rows.filter((r) => r.code === sub.code))
          .reduce((sum, r) => r.values.map((v, i) => (sum[i] ?? new Dec(0)).plus(v ?? 0)), [] as InstanceType<typeof Dec>[]);
        expect(strings(sub.values[number])).toEqual(strings(expected));
      }
    }
  });
});

