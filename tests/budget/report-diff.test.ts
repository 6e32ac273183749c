/** 「当前数据」与公开快照的差异 (lib/budget/report-diff.ts), on hand-built rendered reports. */
import { describe, expect, it } from 'vitest';
import { diffReports } from '@/lib/budget/report-diff';
import type { RenderedReport, RenderedRow } from '@/lib/budget/report-wire';

const row = (code: string | null, name: string, values: (string | null)[]): RenderedRow => ({ code, name, values });

function report(rows: RenderedRow[], sentences: string[] = ['本部门2023年度收入预算1.00万元。']): RenderedReport {
  return {
    department: { code: '045', name: '测试局' },
    year: 2023,
    amountUnit: '万元',
    tables: [
      { number: 3, title: '一般公共预算支出表', empty: false, sections: [{ name: null, columns: ['合计', '基本支出', '项目支出'], rows }] },
      { number: 10, title: '“三公”经费支出表', empty: true, sections: [{ name: null, columns: ['金额'], rows: [row(null, '合计', ['0.00'])] }] },
    ],
    narrative: { sentences, figures: {} },
    reconciliation: [],
    roundingNotes: [],
    performanceForms: [],
  };
}

const base = () => [row(null, '合计', ['10.00', '6.00', '4.00']), row('2010301', '行政运行', ['6.00', '6.00', null]), row('2010350', '事业运行', ['4.00', null, '4.00'])];

describe('diffReports', () => {
  it('finds nothing between equal reports', () => {
    const d = diffReports(report(base()), report(base()));
    expect(d).toEqual({ same: true, cells: [], narrative: { snapshot: [], current: [] } });
  });

  it('lists each changed cell with its table, row, column and both values', () => {
    const current = base();
    current[0] = row(null, '合计', ['10.50', '6.50', '4.00']);
    current[1] = row('2010301', '行政运行', ['6.50', '6.50', null]);
    const d = diffReports(report(base()), report(current));
    expect(d.same).toBe(false);
    expect(d.cells).toEqual([
      { table: 3, tableTitle: '一般公共预算支出表', section: null, row: '合计', column: '合计', snapshot: '10.00', current: '10.50' },
      { table: 3, tableTitle: '一般公共预算支出表', section: null, row: '合计', column: '基本支出', snapshot: '6.00', current: '6.50' },
      { table: 3, tableTitle: '一般公共预算支出表', section: null, row: '2010301 行政运行', column: '合计', snapshot: '6.00', current: '6.50' },
      { table: 3, tableTitle: '一般公共预算支出表', section: null, row: '2010301 行政运行', column: '基本支出', snapshot: '6.00', current: '6.50' },
    ]);
  });

  it('matches rows by code, so a row inserted above does not shift the others, and shows a renamed code', () => {
    const current = [base()[0]!, row('2010302', '一般行政管理事务', ['0.00', null, '0.00']), row('2010301', '行政运行（新）', ['6.00', '6.00', null]), base()[2]!];
    const d = diffReports(report(base()), report(current));
    expect(d.cells).toEqual([
      { table: 3, tableTitle: '一般公共预算支出表', section: null, row: '2010301 行政运行（新）', column: '名称', snapshot: '行政运行', current: '行政运行（新）' },
      { table: 3, tableTitle: '一般公共预算支出表', section: null, row: '2010302 一般行政管理事务', column: '合计', snapshot: null, current: '0.00' },
      { table: 3, tableTitle: '一般公共预算支出表', section: null, row: '2010302 一般行政管理事务', column: '项目支出', snapshot: null, current: '0.00' },
    ]);
  });

  it('reports a row dropped from the current data in every column it had', () => {
    const d = diffReports(report(base()), report(base().slice(0, 2)));
    expect(d.cells.map((c) => [c.row, c.column, c.snapshot, c.current])).toEqual([
      ['2010350 事业运行', '合计', '4.00', null],
      ['2010350 事业运行', '项目支出', '4.00', null],
    ]);
  });

  it('reports 情况说明 sentences that changed', () => {
    const d = diffReports(report(base()), report(base(), ['本部门2023年度收入预算2.00万元。']));
    expect(d.same).toBe(false);
    expect(d.cells).toEqual([]);
    expect(d.narrative).toEqual({ snapshot: ['本部门2023年度收入预算1.00万元。'], current: ['本部门2023年度收入预算2.00万元。'] });
  });
});
