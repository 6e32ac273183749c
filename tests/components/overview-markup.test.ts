// The 全县部门概况 table as one string (components/county/overview-markup.ts): a row per department
// with what the page and the journeys read, and no department text able to inject markup.
import { describe, expect, it } from 'vitest';
import { overviewTableMarkup } from '@/components/county/overview-markup';
import type { CountyOverview } from '@/lib/budget/county-overview';

const overview: CountyOverview = {
  year: 2023,
  amountUnit: '万元',
  stateCounts: { PENDING: 1, SUBMITTED: 0, ACCEPTED: 0, RETURNED: 1 },
  state: null,
  rows: [
    {
      id: 'd1', code: '045', name: '行政审批服务管理局', status: 'PENDING', returnReason: null,
      units: { DRAFT: 2, SUBMITTED: 0, APPROVED: 1, RETURNED: 0 }, unitTotal: 3,
      amounts: { currentBasic: '1234.56', currentProject: '0.00', carryoverBasic: '0.00', carryoverProject: '10.00', total: '1244.56' },
      change: { prior: '1000.00', source: 'PUBLISHED', amount: '244.56', rate: '24.46' },
    },
    {
      id: 'd2', code: '046', name: '<img src=x onerror=alert(1)>局', status: 'RETURNED', returnReason: '"缺"<b>',
      units: { DRAFT: 0, SUBMITTED: 0, APPROVED: 0, RETURNED: 1 }, unitTotal: 1,
      amounts: { currentBasic: '0.00', currentProject: '0.00', carryoverBasic: '0.00', carryoverProject: '0.00', total: '0.00' },
      change: { prior: null, source: null, amount: null, rate: null },
    },
  ],
  totals: {
    units: { DRAFT: 2, SUBMITTED: 0, APPROVED: 1, RETURNED: 1 }, unitTotal: 4,
    amounts: { currentBasic: '1234.56', currentProject: '0.00', carryoverBasic: '0.00', carryoverProject: '10.00', total: '1244.56' },
    change: { prior: '1000.00', source: null, amount: '244.56', rate: '24.46' },
  },
} as CountyOverview;

describe('overviewTableMarkup', () => {
  const out = overviewTableMarkup(overview);

  it('is one table named 全县部门概况 with a row per department and the 合计 row', () => {
    expect(out.startsWith('<table')).toBe(true);
    expect(out).toContain('aria-label="全县部门概况"');
    expect(out.match(/<tr data-department=/g)).toHaveLength(2);
    expect(out).toContain('<tr data-department="045"><td style="white-space:nowrap">045 行政审批服务管理局</td>');
    expect(out).toContain('合计（2 个部门）');
    expect(out).toContain('<a href="/report?department=045&amp;year=2023" aria-label="查看行政审批服务管理局的部门预算报表">查看报表</a>');
  });

  it('prints amounts with separators, zeros blank, the change signed, unknown as —', () => {
    expect(out).toContain('>1,234.56</td>');
    expect(out).toContain('>+244.56</td>');
    expect(out).toContain('>+24.46%</td>');
    expect(out).toContain('title="上年数来源：上年批复"');
    expect(out).toMatch(/>—<\/td>/);
    expect(out).toContain('>待报送</span>');
    expect(out).toContain('title="退回原因：&quot;缺&quot;&lt;b&gt;"');
  });

  it('escapes every department text', () => {
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;局');
  });
});
