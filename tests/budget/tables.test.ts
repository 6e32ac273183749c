/** Hand-computed expectations for the sample department (support/sample.ts); see the sums in comments. */
import { describe, expect, it } from 'vitest';
import { deriveTables } from '@/lib/budget/disclosure/registry';
import { sampleDepartment } from './support/sample';
import { shown } from './support/shown';

const tables = deriveTables(sampleDepartment());
const table = (n: number) => {
  const t = tables.find((x) => x.number === n);
  if (!t) throw new Error(`no table ${n}`);
  return t;
};

describe('sample department tables', () => {
  it('has 13 tables with year titles', () => {
    expect(tables.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(table(1).title).toBe('2023年预算收支总表');
    expect(table(10).title).toBe('2023年一般公共预算“三公”经费支出预算表');
  });

  it('表1 income: 本年 GP 508,600.50 + 单位资金 40,000; 上年结转 147,750', () => {
    expect(shown(table(1), 0)).toEqual([
      [null, '一般公共预算', '50.86'],
      [null, '政府性基金预算', null],
      [null, '国有资本经营预算', null],
      [null, '财政专户管理资金', null],
      [null, '单位资金', '4.00'],
      [null, '本年收入合计', '54.86'], // 548,600.50
      [null, '上年结转', '14.78'], // 147,750 → 14.775
      [null, '收入总计', '69.64'], // 696,350.50 → 69.63505
    ]);
  });

  it('表1 expenditure lists all 30 类; 201 = 666,350.50 (51.86 + 14.78 → 66.64), 208 = 30,000', () => {
    const rows = shown(table(1), 1);
    expect(rows).toHaveLength(33);
    expect(rows[0]).toEqual(['201', '一般公共服务支出', '66.64', '51.86', '14.78']);
    expect(rows[7]).toEqual(['208', '社会保障和就业支出', '3.00', '3.00', null]);
    expect(rows[1]).toEqual(['202', '外交支出', null, null, null]);
    expect(rows[29]).toEqual(['234', '抗疫特别国债安排的支出', null, null, null]);
    expect(rows.slice(30)).toEqual([
      [null, '本年支出合计', '69.64', '54.86', '14.78'],
      [null, '年终结转', null, null, null],
      [null, '支出总计', '69.64', '54.86', '14.78'],
    ]);
  });

  it('表2 本年 by source plus 上年结转', () => {
    expect(shown(table(2))[0]).toEqual([null, '合计', '54.86', '50.86', null, null, null, '4.00', '14.78']);
    expect(shown(table(2))[5]).toEqual(['2010699', '其他财政事务支出', '9.00', '5.00', null, null, null, '4.00', null]);
  });

  it('表3 by 功能 类/款/项 in code order with 基本/项目', () => {
    expect(shown(table(3))).toEqual([
      [null, '合计', '69.64', '20.86', '48.78'], // 696,350.50 | 208,600.50 | 487,750
      ['201', '一般公共服务支出', '66.64', '17.86', '48.78'],
      ['20103', '政府办公厅（室）及相关机构事务', '57.64', '12.86', '44.78'], // 576,350.50 | 128,600.50 | 447,750
      ['2010306', '政务公开审批', '57.64', '12.86', '44.78'],
      ['20106', '财政事务', '9.00', '5.00', '4.00'],
      ['2010699', '其他财政事务支出', '9.00', '5.00', '4.00'],
      ['208', '社会保障和就业支出', '3.00', '3.00', null],
      ['20805', '行政事业单位养老支出', '3.00', '3.00', null],
      ['2080505', '机关事业单位基本养老保险缴费支出', '3.00', '3.00', null],
    ]);
    expect(table(3).sections[0]?.rows.map((r) => r.level)).toEqual([undefined, '类', '款', '项', '款', '项', '类', '款', '项']);
  });

  it('表4 is 财政拨款 only: 单位资金 drops out', () => {
    expect(shown(table(4), 0)).toEqual([
      [null, '一般公共预算', '50.86'],
      [null, '政府性基金预算', null],
      [null, '国有资本经营预算', null],
      [null, '本年收入合计', '50.86'],
      [null, '上年财政拨款结转', '14.78'],
      [null, '一般公共预算', '14.78'],
      [null, '政府性基金预算', null],
      [null, '国有资本经营预算', null],
      [null, '收入总计', '65.64'], // 656,350.50
    ]);
    expect(shown(table(4), 1)[0]).toEqual(['201', '一般公共服务支出', '62.64', '62.64', null, null]); // 626,350.50
  });

  it('表6 merges equal (部门经济, 政府经济) pairs across units and orders by codes', () => {
    expect(shown(table(6)).map((r) => r.slice(2))).toEqual([
      ['20.86', '18.00', '2.86'],
      ['18.00', '18.00', null],
      ['10.00', '10.00', null],
      ['5.00', '5.00', null],
      ['3.00', '3.00', null],
      ['2.86', null, '2.86'],
      ['2.00', null, '2.00'], // 20,000.50
      ['0.50', null, '0.50'],
      ['0.36', null, '0.36'], // 2,800 (甲局) + 800 (乙中心) share 30217 → 50206
    ]);
    const rows = table(6).sections[0]?.rows ?? [];
    expect(rows.map((r) => [r.code, r.govCode ?? null, r.level ?? null])).toEqual([
      [null, null, null],
      ['301', null, '类'],
      ['30101', '50101', '款'],
      ['30101', '50501', '款'],
      ['30108', '50501', '款'],
      ['302', null, '类'],
      ['30201', '50201', '款'],
      ['30201', '50502', '款'],
      ['30217', '50206', '款'],
    ]);
  });

  it('表7/8/9 are empty but keep their 合计 row', () => {
    for (const n of [7, 8, 9]) {
      expect(table(n).empty).toBe(true);
      expect(table(n).sections[0]?.rows[0]?.name).toBe('合计');
    }
    expect(table(1).empty).toBe(false);
  });

  it('表10 三公: 公务接待费 2,800 + 800', () => {
    expect(shown(table(10))).toEqual([
      ['30212', '因公出国（境）费', null, null, null, null],
      ['30217', '公务接待费', '0.36', '0.36', null, null],
      [null, '公务用车购置及运行费', null, null, null, null],
      ['31013', '①公务用车购置费', null, null, null, null],
      ['30231', '②公务用车运行维护费', null, null, null, null],
      [null, '合计', '0.36', '0.36', null, null],
    ]);
  });

  it('表11 机关运行经费: 行政 and 参公 only', () => {
    expect(shown(table(11))).toEqual([
      [null, '部门合计', '2.36', '2.36', null, null], // 23,600.50
      ['045001', '甲局', '2.28', '2.28', null, null], // 20,000.50 + 2,800
      ['045002', '乙中心', '0.08', '0.08', null, null],
    ]);
  });

  it('表12 / 表13 department → unit → project', () => {
    expect(shown(table(12))).toEqual([
      ['045', '测试县某某局[部门]', '34.00', '30.00', null, null, null, '4.00'],
      ['045001', '甲局', '30.00', '30.00', null, null, null, null],
      [null, '信息化', '30.00', '30.00', null, null, null, null],
      ['045002', '乙中心', '4.00', null, null, null, null, '4.00'],
      [null, '热线', '4.00', null, null, null, null, '4.00'],
    ]);
    expect(shown(table(13))).toEqual([
      ['045', '测试县某某局[部门]', '14.78', '14.78', null, null],
      ['045001', '甲局', '14.78', '14.78', null, null],
      [null, '搬迁', '14.78', '14.78', null, null],
    ]);
  });
});
