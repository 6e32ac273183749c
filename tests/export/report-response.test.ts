/** GET /api/report's responses for pdf and the 勾稽校验报告, and the 503 when Chromium is missing. */
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { reportQuerySchema } from '@/lib/schemas/report';
import { demoReport } from './demo-report';

const report = demoReport();

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('reportResponse', () => {
  afterAll(async () => {
    const { closePdfBrowser } = await import('@/lib/export/pdf');
    await closePdfBrowser();
  });

  it('format=pdf: exactly application/pdf, an attachment named after the report', async () => {
    const { reportResponse } = await import('@/lib/http/report-response');
    const res = await reportResponse({ report, format: 'pdf', document: 'report' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(disposition).toContain('attachment; filename="report-045-2023.pdf"');
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe('045-柳林县行政审批服务管理局-2023年部门预算公开报告.pdf');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { closePdfBrowser } = await import('@/lib/export/pdf');
    await closePdfBrowser();
  }, 60_000);

  it('document=checks: the 勾稽校验报告 as HTML, with its own file name', async () => {
    const { reportResponse } = await import('@/lib/http/report-response');
    const res = await reportResponse({ report, format: 'html', document: 'checks' });
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(decodeURIComponent(res.headers.get('content-disposition')?.split("UTF-8''")[1] ?? '')).toBe('045-柳林县行政审批服务管理局-2023年勾稽校验报告.html');
    expect(await res.text()).toMatch(/✓/);
  });

  it('answers 503 with a Chinese message when Chromium is not installed', async () => {
    vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium');
    const { reportResponse } = await import('@/lib/http/report-response');
    const res = await reportResponse({ report, format: 'pdf', document: 'report' });
    expect(res.status).toBe(503);
    const body = (await res.json()) as { error: string; code: string };
    expect(body.code).toBe('PDF_UNAVAILABLE');
    expect(body.error).toContain('无法生成PDF');
    expect(body.error).toContain('/nonexistent/chromium');
  });
});

describe('reportQuerySchema', () => {
  it('accepts format=pdf and document=checks with html or pdf only', () => {
    const base = { department: '045', year: '2023' };
    expect(reportQuerySchema.parse({ ...base, format: 'pdf' })).toMatchObject({ format: 'pdf', document: 'report' });
    expect(reportQuerySchema.parse({ ...base, format: 'pdf', document: 'checks' }).document).toBe('checks');
    const refused = reportQuerySchema.safeParse({ ...base, format: 'xlsx', document: 'checks' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe('勾稽校验报告只提供 html 或 pdf 格式');
  });
});
