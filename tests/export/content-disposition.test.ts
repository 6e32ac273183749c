/** Chinese download names per RFC 5987, with an ASCII fallback. */
import { describe, expect, it } from 'vitest';
import { contentDisposition, encodeRfc5987 } from '@/lib/export/content-disposition';

describe('contentDisposition', () => {
  it('percent-encodes the UTF-8 name and the characters RFC 5987 reserves', () => {
    expect(encodeRfc5987('预算(2023)*.xlsx')).toBe('%E9%A2%84%E7%AE%97%282023%29%2A.xlsx');
    expect(encodeRfc5987("a'b c")).toBe('a%27b%20c');
  });

  it('gives both filename and filename*', () => {
    const header = contentDisposition('attachment', '045-柳林县行政审批服务管理局-2023年部门预算公开报告.xlsx', 'report-045-2023.xlsx');
    expect(header.startsWith('attachment; filename="report-045-2023.xlsx"; filename*=UTF-8\'\'045-')).toBe(true);
    expect(decodeURIComponent(header.split("UTF-8''")[1] ?? '')).toBe('045-柳林县行政审批服务管理局-2023年部门预算公开报告.xlsx');
  });

  it('keeps the fallback a plain quoted ASCII string', () => {
    expect(contentDisposition('inline', '报告.html', '报告"x\\.html')).toBe(`inline; filename="___x_.html"; filename*=UTF-8''%E6%8A%A5%E5%91%8A.html`);
  });
});
