import { describe, expect, it } from 'vitest';
import { searchCodes } from '@/components/lines/CodeCombobox';
import { EMPTY_VALUES, gridItems, type ItemSource } from '@/components/lines/grid-model';

const CODES = [
  { code: '30101', name: '基本工资' },
  { code: '30102', name: '津贴补贴' },
  { code: '30201', name: '办公费' },
  { code: '31001', name: '房屋建筑物购建' },
];

describe('searchCodes: the code pickers find codes and names', () => {
  it.each([
    ['a code prefix', '3010', ['30101', '30102']],
    ['a whole code first, then longer codes', '30201', ['30201']],
    ['part of a name', '基本工资', ['30101']],
    ['a name fragment', '费', ['30201']],
    ['nothing', '9', []],
  ])('%s: %j', (_label, query, codes) => {
    expect(searchCodes(CODES, query).map((c) => c.code)).toEqual(codes);
  });
});

describe('gridItems: rows, their issues and the subtotals', () => {
  const row = (key: string, functionalCode: string, deptEconCode: string, amountYuan: string, issues: ItemSource['issues'] = []): ItemSource => ({
    key,
    values: { ...EMPTY_VALUES, functionalCode, deptEconCode, amountYuan },
    issues,
    conflict: false,
  });
  const rows = [row('a', '2010301', '30201', '1,000.50'), row('b', '2010350', '30101', '200'), row('c', '2010301', '30101', '0.25', [{ field: 'amountYuan', message: 'x' }])];
  const names = { '2010301': '行政运行', '2010350': '事业运行', '30101': '基本工资', '30201': '办公费' };

  it('without grouping keeps the order and puts an issue row under its line', () => {
    expect(gridItems(rows, 'none', names).map((i) => i.key)).toEqual(['a', 'b', 'c', 'c/issues']);
  });

  it('by 功能 项: groups in code order, each followed by its subtotal in exact 元', () => {
    const items = gridItems(rows, 'functional', names);
    expect(items.map((i) => (i.type === 'subtotal' ? `${i.label}|${i.count}|${i.totalYuan}` : i.key))).toEqual([
      'a',
      'c',
      'c/issues',
      '小计（项）2010301 行政运行|2|1000.75',
      'b',
      '小计（项）2010350 事业运行|1|200.00',
    ]);
  });

  it('by 经济 款', () => {
    const subtotals = gridItems(rows, 'econ', names).flatMap((i) => (i.type === 'subtotal' ? [`${i.label}|${i.totalYuan}`] : []));
    expect(subtotals).toEqual(['小计（款）30101 基本工资|200.25', '小计（款）30201 办公费|1000.50']);
  });
});
