// The tables' markup as one string (components/disclosure/grid-markup.ts): what the screen and the
// drill-down rely on (data-name / data-col / data-amount / a[data-cell], ※ marks, blank zeros,
// 元 separators) and that no text of a report can inject markup.
import { describe, expect, it } from 'vitest';
import { cellText, gridTableMarkup } from '@/components/disclosure/grid-markup';
import type { Grid } from '@/lib/layout/grid';

function grid(over: Partial<Grid> = {}): Grid {
  return {
    number: 3,
    label: '预算公开表3',
    title: '一般公共预算支出表',
    sheetName: '表3',
    meta: '部门名称：测试',
    unit: '元',
    empty: false,
    sections: [
      {
        name: '支出',
        width: 4,
        stub: [
          { label: '科目编码', indented: false },
          { label: '科目名称', indented: true },
        ],
        header: [[{ col: 0, label: '科目编码', colSpan: 1, rowSpan: 2 }, { col: 1, label: '科目名称<b>', colSpan: 1, rowSpan: 2 }, { col: 2, label: '合计', colSpan: 2, rowSpan: 1 }]],
        rows: [
          {
            total: false,
            level: '项',
            cells: [
              { kind: 'stub', text: '2010306', indented: false, indent: 0 },
              { kind: 'stub', text: '政务<script>alert(1)</script>&"\'', indented: true, indent: 2 },
              { kind: 'amount', value: '10301839.63', col: 0, marks: [1] },
              { kind: 'amount', value: '0.00', col: 1, marks: [] },
            ],
          },
        ],
      },
    ],
    ...over,
  } as Grid;
}

describe('gridTableMarkup', () => {
  it('escapes every text: names, headers, links', () => {
    const out = gridTableMarkup(grid(), () => ({ href: '/report/cell?a=1&b="x"', query: 'table=3&row=0' }));
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<b>');
    expect(out).toContain('政务&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;&#39;');
    expect(out).toContain('科目名称&lt;b&gt;');
    expect(out).toContain('href="/report/cell?a=1&amp;b=&quot;x&quot;"');
    expect(out).toContain('data-cell="table=3&amp;row=0"');
  });

  it('carries what the page and the drill-down read: names, columns, amounts, marks, spans', () => {
    const out = gridTableMarkup(grid());
    expect(out).toMatch(/<td[^>]* data-name="">政务/);
    expect(out).toContain('data-col="0"');
    expect(out).toContain('<a href="#rounding-1"');
    expect(out).toContain('※1</a><span data-amount="">10,301,839.63</span>');
    // A zero prints blank and gets no link.
    expect(out).toContain('data-col="1"><span data-amount=""></span>');
    expect(out).toContain('<th rowspan="2">科目编码</th>');
    expect(out).toContain('<th colspan="2">合计</th>');
    expect(out).toContain('<th colspan="4">支出</th>');
    expect(out).not.toContain('本表无数据');
    expect(gridTableMarkup(grid({ empty: true }))).toContain('本表无数据</p>');
  });

  it('links only non-blank amounts, and only when asked', () => {
    const calls: number[][] = [];
    const out = gridTableMarkup(grid(), (s, r, c) => (calls.push([s, r, c]), { href: `/x?c=${c}`, query: `c=${c}` }));
    expect(calls).toEqual([[0, 0, 0]]);
    expect(out).toContain('<a href="/x?c=0" data-cell="c=0"');
    expect(gridTableMarkup(grid())).not.toContain('data-cell');
  });
});

describe('cellText', () => {
  it.each([
    [null, '万元', ''],
    ['0.00', '万元', ''],
    ['-0.00', '元', ''],
    ['1030.18', '万元', '1030.18'],
    ['11856970.06', '元', '11,856,970.06'],
    ['-1234.50', '元', '-1,234.50'],
  ])('%s in %s → %j', (value, unit, text) => {
    expect(cellText(value, unit)).toBe(text);
  });
});
