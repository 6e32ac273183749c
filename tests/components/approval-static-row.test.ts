// A 审核报送 department row without a step (app/(workspace)/approval/static-row.tsx): sent as a few
// strings in the RSC payload, its markup built from them; what the page and the journeys read, and
// no department text able to inject markup.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StaticDepartmentRow, staticDepartmentCells, type StaticDepartmentRowData } from '@/app/(workspace)/approval/static-row';

const returned: StaticDepartmentRowData = ['046', '<img src=x onerror=alert(1)>局', 'danger', '已退回', '"缺"<b>', null, '123.46', '0.00', '123.46', 2023];
const accepted: StaticDepartmentRowData = ['045', '行政审批服务管理局', 'success', '已批复', null, 'ab"12', '1,234.57', '10.00', '1,244.57', 2024];

describe('StaticDepartmentRow', () => {
  it('is one row named by the department code with its cells in the table order', () => {
    const out = renderToStaticMarkup(createElement('table', null, createElement('tbody', null, createElement(StaticDepartmentRow, { row: accepted }))));
    expect(out.startsWith('<table><tbody><tr data-department="045"><td>045 行政审批服务管理局</td><td><span class=')).toBe(true);
    expect(out.match(/<td/g)).toHaveLength(8);
    expect(out).toContain('>已批复</span></td>');
    expect(out).toContain('>1,234.57</td><td class=');
    expect(out).toContain('>10.00</td>');
    expect(out).toContain('>1,244.57</td><td></td>');
    expect(out).toContain('title="快照校验码 ab&quot;12">已冻结</span>');
    expect(out).toContain('<a href="/report?department=045&amp;year=2024">公开报表</a>');
  });

  it('shows the return reason (cell and badge title) and 未生成 without a snapshot', () => {
    const out = staticDepartmentCells(returned);
    expect(out).toContain('title="退回原因：&quot;缺&quot;&lt;b&gt;">已退回</span>');
    expect(out).toContain('<td>&quot;缺&quot;&lt;b&gt;</td>');
    expect(out).toContain('<span style="color:var(--muted)">未生成</span>');
    expect(out).not.toContain('已冻结');
  });

  it('escapes every department text', () => {
    const out = staticDepartmentCells(returned);
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<b>');
    expect(out).toContain('<td>046 &lt;img src=x onerror=alert(1)&gt;局</td>');
  });
});
