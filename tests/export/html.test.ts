/** The HTML renderer: a complete printable document that shows the wire strings as given. */
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '@/lib/export/html';
import { wireFixture } from './fixture';
import { CHECK_ID, demoReport } from './demo-report';
import { REPORT_CSS } from '@/lib/export/html-style';

describe('renderReportHtml', () => {
  const report = wireFixture();
  const doc = renderReportHtml(report);

  it('is a complete Chinese document with print CSS and system CJK fonts only', () => {
    expect(doc.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(doc).toContain('<html lang="zh-CN">');
    expect(doc).toContain('<meta charset="utf-8">');
    expect(doc).toContain("'Noto Sans CJK SC'");
    expect(doc).toContain('@page');
    expect(doc).toMatch(/break-before: page/);
    expect(doc).not.toMatch(/@import|@font-face|https?:\/\//);
  });

  it('has every table with its number, title, department and unit', () => {
    for (const table of report.tables) {
      expect(doc).toContain(`预算公开表${table.number}<`);
      expect(doc).toContain(`<h3>${table.title}</h3>`);
    }
    expect(doc.match(/部门名称：柳林县行政审批服务管理局\[部门\]/g)).toHaveLength(13);
    expect(doc.match(/单位：万元/g)).toHaveLength(13);
  });

  it('marks exactly the empty tables with 本表无数据', () => {
    for (const table of report.tables) {
      const start = doc.indexOf(`id="table-${table.number}"`);
      const end = doc.indexOf('</section>', start);
      expect(doc.slice(start, end).includes('本表无数据'), `表${table.number}`).toBe(table.empty);
    }
  });

  it('prints values and codes exactly as given, blank cells empty', () => {
    expect(doc).toContain('<td class="code">2010306</td><td class="name indent-2">政务公开审批</td><td class="num">1030.18</td><td class="num">606.27</td><td class="num">423.92</td>');
    expect(doc).toContain('<td class="num">115.92</td>');
    expect(doc).toContain('<td class="code">50206</td>');
    expect(doc).toMatch(/<td class="num">1069\.78<\/td>(<td class="num"><\/td>){4}<td class="num">115\.92<\/td>/);
  });

  it('merges the headers as printed', () => {
    expect(doc).toContain('<th colspan="6">本年收入</th><th rowspan="2">上年结转</th>');
    expect(doc).toContain('<th colspan="3">2023年财政拨款</th>');
  });

  it('escapes every text from the report', () => {
    expect(doc).not.toContain('<script>');
    expect(doc).toContain('CA数字证书服务费 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 其他');
    expect(doc).toContain('说明含有 &lt;b&gt;标签&lt;/b&gt; &amp; 符号。');
  });

  it('includes the 情况说明 and the 绩效目标申报表 but not the internal 勾稽 findings', () => {
    expect(doc).toContain('2023年度部门预算情况说明');
    expect(doc).toContain('<p>2023年度预算收入总计1,185.70万元，其中：本年收入1,069.78万元，上年结转115.92万元。</p>');
    expect(doc).not.toContain('共校验');
    for (const finding of report.reconciliation) expect(doc).not.toContain(finding.id);
    expect(doc).toContain('项目支出绩效目标申报表');
    expect(doc).toContain('＞200个');
    expect(doc).toContain('200000.00');
  });
});

describe('renderReportHtml: the official 部门预算公开报告 of the demo department', () => {
  const report = demoReport();
  const doc = renderReportHtml(report);
  const textOf = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, '');

  it('has the parts in the printed order: cover, 目录, 概况, 表1–13, 情况说明, 绩效目标申报表, 名词解释', () => {
    const marks = [
      'class="cover"',
      '目　录',
      '第一部分 概况',
      '一、本部门职责',
      '二、机构设置情况',
      'id="table-1"', // 第二部分's heading is on 表1's page (which may be landscape)
      '第二部分 2023年部门预算报表',
      ...report.tables.slice(1).map((t) => `id="table-${t.number}"`),
      '第三部分 2023年度部门预算情况说明',
      '<h3 class="section">一、部门预算收支数据变动情况及原因</h3>',
      '<h3 class="section">十、绩效管理情况</h3>',
      '<h3 class="section">十一、国有资产占有使用情况</h3>',
      '<h3 class="section">十二、其他说明</h3>',
      'id="performance-forms"',
      '第四部分 名词解释',
      '一、基本支出：',
    ];
    const tocEnd = doc.indexOf('</nav>');
    // The cover and 目录 first; every later mark is looked for in the body (the 目录 names them too).
    const at = marks.map((m, i) => doc.indexOf(m, i < 2 ? 0 : tocEnd));
    marks.forEach((m, i) => expect(at[i], m).toBeGreaterThan(-1));
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(doc.match(/<section class="sheet form">/g)).toHaveLength(report.performanceForms.length);
    expect(textOf(doc)).toContain('柳林县行政审批服务管理局');
  });

  it('lists every table in the 目录', () => {
    const toc = doc.slice(doc.indexOf('<nav class="toc"'), doc.indexOf('</nav>'));
    for (const t of report.tables) expect(toc).toContain(`预算公开表${t.number}　${t.title}`);
  });

  it('draws 表1, 表4 and 表9 as one table, 收入 left and 支出 right, row k of each on one line', () => {
    for (const number of [1, 4, 9]) {
      const start = doc.indexOf(`id="table-${number}"`);
      const sheet = doc.slice(start, doc.indexOf('</section>', start));
      expect(sheet.match(/<table /g), `表${number}`).toHaveLength(1);
      const table = report.tables.find((t) => t.number === number)!;
      const [income, spending] = table.sections;
      expect(sheet).toMatch(new RegExp(`<th colspan="\\d+">收入</th><th colspan="\\d+">支出</th>`));
      // The first body row holds the first income row's name and the first spending row's name.
      const firstRow = sheet.slice(sheet.indexOf('<tbody><tr>'), sheet.indexOf('</tr>', sheet.indexOf('<tbody>')));
      expect(firstRow).toContain(`>${income!.rows[0]!.name}<`);
      expect(firstRow).toContain(`>${spending!.rows[0]!.name}<`);
      expect(sheet.match(/<tbody>[\s\S]*<\/tbody>/)![0].match(/<tr>/g)).toHaveLength(Math.max(income!.rows.length, spending!.rows.length));
    }
  });

  it('carries no internal check id anywhere', () => {
    expect(report.reconciliation.length).toBeGreaterThan(100);
    expect(doc).not.toMatch(CHECK_ID);
  });

  it('prints A4 with landscape named pages, repeated header rows, and headings kept with what follows', () => {
    expect(REPORT_CSS).toContain('@page { size: A4 portrait;');
    expect(REPORT_CSS).toContain('@page wide { size: A4 landscape;');
    expect(REPORT_CSS).toContain('.sheet.wide { page: wide; }');
    expect(REPORT_CSS).toContain('thead { display: table-header-group; }');
    expect(REPORT_CSS).toMatch(/h1, h2, h3[^{]*\{ break-after: avoid;/);
    expect(REPORT_CSS).toMatch(/td\.num \{[^}]*white-space: nowrap/);
    expect(REPORT_CSS).toContain("'Noto Serif CJK SC'");
    // Wide tables (more than 6 printed columns) are on the landscape page.
    expect(doc).toMatch(/<section class="sheet wide" id="table-6">/);
    expect(doc).toMatch(/<section class="sheet" id="table-3">/);
  });
});
