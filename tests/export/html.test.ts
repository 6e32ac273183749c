/** The HTML renderer: a complete printable document that shows the wire strings as given. */
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '@/lib/export/html';
import { wireFixture } from './fixture';

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

  it('includes the 情况说明, the reconciliation findings and the 绩效目标申报表', () => {
    expect(doc).toContain('2023年度部门预算情况说明');
    expect(doc).toContain('<p>2023年度预算收入总计1,185.70万元，其中：本年收入1,069.78万元，上年结转115.92万元。</p>');
    expect(doc).toContain('共校验 2 项，不符 1 项');
    expect(doc).toContain('<td class="fail">不符</td>');
    expect(doc).toContain('项目支出绩效目标申报表');
    expect(doc).toContain('＞200个');
    expect(doc).toContain('200000.00');
  });
});
