/**
 * GET /api/report on the real server: the guard (anonymous 401, role and department scope 403),
 * input validation (400), a missing department (404), and the three formats with their
 * content types and RFC 5987 file names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from './fixtures';

let w: World;

beforeAll(async () => {
  w = await createWorld('http_report');
}, 600_000);

afterAll(async () => {
  await w?.close();
});

const url = (department: string, extra = '') => `/api/report?department=${department}&year=2023${extra}`;

describe('GET /api/report access', () => {
  it('refuses anonymous readers with 401', async () => {
    expect((await w.client().get(url('045'))).status).toBe(401);
  });

  it('lets department readers see their own department only', async () => {
    for (const username of ['lingdao', 'caiwu']) {
      const c = await w.signedIn(username);
      const own = await c.get(url('045'));
      expect(own.status, username).toBe(200);
      expect((own.body.tables as unknown[]).length).toBe(13);
      const foreign = await c.get(url('099'));
      expect(foreign.status, username).toBe(403);
      expect(foreign.body.code).toBe('FORBIDDEN');
    }
  });

  it('lets the finance bureau read any department, and answers 404 for one without data', async () => {
    const c = await w.signedIn('shenhe');
    const foreign = await c.get(url('099'));
    expect(foreign.status).toBe(200);
    expect((foreign.body.department as { code: string }).code).toBe('099');
    const missing = await c.get(url('777'));
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatch(/^未找到部门 777 或 2023 年度数据/);
  });

  it('refuses the administrator, who has no access to budget data', async () => {
    expect((await (await w.signedIn('admin')).get(url('045'))).status).toBe(403);
  });

  it('validates the query with 400 naming the field', async () => {
    const c = await w.signedIn('shenhe');
    const bad = await c.get('/api/report?department=45&year=2023');
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('department');
    expect((await c.get(url('045', '&format=doc'))).body.field).toBe('format');
    expect((await c.get(url('045', '&format=xlsx&document=checks'))).body.field).toBe('format');
    expect((await c.get(url('045', '&unit=yuan'))).body.field).toBe('unit');
  });
});

describe('GET /api/report formats', () => {
  it('JSON in the requested unit', async () => {
    const c = await w.signedIn('lingdao');
    const wan = await c.get(url('045'));
    const yuan = await c.get(url('045', `&unit=${encodeURIComponent('元')}`));
    expect(wan.body.amountUnit).toBe('万元');
    expect(yuan.body.amountUnit).toBe('元');
    expect(wan.headers.get('cache-control')).toContain('no-store');
  });

  it('HTML inline and xlsx as a download, with Chinese file names per RFC 5987', async () => {
    const c = await w.signedIn('lingdao');
    const page = await c.raw('GET', url('045', '&format=html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-disposition')).toMatch(/^inline; filename="report-045-2023\.html"; filename\*=UTF-8''045-/);
    expect(await page.text()).toContain('预算公开表13');

    const book = await c.raw('GET', url('045', '&format=xlsx'));
    expect(book.status).toBe(200);
    expect(book.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const disposition = book.headers.get('content-disposition') ?? '';
    expect(disposition.startsWith('attachment; filename="report-045-2023.xlsx"')).toBe(true);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe('045-柳林县行政审批服务管理局-2023年部门预算公开报告.xlsx');
    const bytes = new Uint8Array(await book.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // a zip container
  });
});

describe('GET /api/report as PDF', () => {
  it('the 部门预算公开报告 and the 勾稽校验报告 as PDF downloads with Chinese file names', async () => {
    const c = await w.signedIn('lingdao');
    const pdf = await c.raw('GET', url('045', '&format=pdf'));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const disposition = pdf.headers.get('content-disposition') ?? '';
    expect(disposition.startsWith('attachment; filename="report-045-2023.pdf"')).toBe(true);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe('045-柳林县行政审批服务管理局-2023年部门预算公开报告.pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const checks = await c.raw('GET', url('045', '&format=pdf&document=checks'));
    expect(checks.status).toBe(200);
    expect(checks.headers.get('content-type')).toBe('application/pdf');
    expect(decodeURIComponent(checks.headers.get('content-disposition')?.split("UTF-8''")[1] ?? '')).toBe('045-柳林县行政审批服务管理局-2023年勾稽校验报告.pdf');
  }, 60_000);
});
