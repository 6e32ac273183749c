/**
 * 部门预算公开 on the real server, with no session at all: /public lists only published (已批复,
 * with a 公开快照) department-years, searches by name and filters by year with plain GET query
 * strings; /public/<code>/<year> and GET /api/public/report serve the snapshot; everything else —
 * unknown, malformed, pending, submitted, accepted without a snapshot — is the same 404. No public
 * response sets a cookie. A tampered snapshot shows the alarm on the public page and is audited.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freezeReport } from '@/lib/services/publish';
import { createWorld, YEAR, type World } from './fixtures';

let w: World;
let hash = '';
let name099 = '';
const NOT_FOUND = '未找到该部门预算公开信息';

beforeAll(async () => {
  w = await createWorld('http_public');
  const department = await w.prisma.department.findUniqueOrThrow({ where: { id: w.dept045 } });
  ({ contentHash: hash } = await w.prisma.$transaction((tx) => freezeReport(tx, department, YEAR), { timeout: 60_000 }));
  await w.prisma.departmentSubmission.update({ where: { departmentId_year: { departmentId: w.dept045, year: YEAR } }, data: { status: 'ACCEPTED' } });
  await w.prisma.departmentSubmission.upsert({
    where: { departmentId_year: { departmentId: w.dept099, year: YEAR } },
    create: { departmentId: w.dept099, year: YEAR, status: 'SUBMITTED' },
    update: { status: 'SUBMITTED' },
  });
  name099 = (await w.prisma.department.findUniqueOrThrow({ where: { id: w.dept099 } })).name;
}, 600_000);

afterAll(async () => {
  await w?.close();
});

/** An anonymous GET: status, body text, and whether it tried to set a cookie. */
async function anonymous(path: string): Promise<{ status: number; text: string; setCookie: string[]; headers: Headers; bytes: Uint8Array }> {
  const res = await fetch(w.server.baseUrl + path, { redirect: 'manual' });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, text: new TextDecoder().decode(bytes), setCookie: res.headers.getSetCookie(), headers: res.headers, bytes };
}

describe('当前数据 on the report page of the accepted department-year', () => {
  it('lets the reviewer switch to the live derivation, equal to the snapshot; not the accountant', async () => {
    const reviewer = await w.signedIn('shenhe');
    const snapshotView = await reviewer.raw('GET', '/report?department=045&year=2023');
    expect(snapshotView.status).toBe(200);
    expect(await snapshotView.text()).toContain('当前数据');
    const current = await reviewer.raw('GET', '/report?department=045&year=2023&data=current');
    const text = await current.text();
    expect(text).toContain('当前数据与公开快照对比');
    expect(text).toContain('与公开快照一致');
    const accountant = await w.signedIn('caiwu');
    const own = await (await accountant.raw('GET', '/report?department=045&year=2023&data=current')).text();
    expect(own).not.toContain('当前数据与公开快照对比');
  });
});

describe('/public, without signing in', () => {
  it('lists the published department-year only, with a link to its page, and sets no cookie', async () => {
    const list = await anonymous('/public');
    expect(list.status).toBe(200);
    expect(list.setCookie).toEqual([]);
    expect(list.text).toContain('href="/public/045/2023"');
    expect(list.text).toContain('柳林县行政审批服务管理局');
    expect(list.text).not.toContain(name099);
    expect(list.text).not.toContain('/public/099/');
  });

  it('searches by department name and filters by year through the query string', async () => {
    expect((await anonymous(`/public?q=${encodeURIComponent('行政审批')}`)).text).toContain('/public/045/2023');
    expect((await anonymous(`/public?q=${encodeURIComponent('没有这个部门')}`)).text).not.toContain('/public/045/2023');
    expect((await anonymous('/public?year=2023')).text).toContain('/public/045/2023');
    const other = await anonymous('/public?year=2024');
    expect(other.status).toBe(200);
    expect(other.text).not.toContain('/public/045/2023');
    expect(other.text).toContain('没有符合条件的已公开部门预算');
  });

  it('shows the published report read-only, with its publication date, sha256 and downloads', async () => {
    const page = await anonymous('/public/045/2023');
    expect(page.status).toBe(200);
    expect(page.setCookie).toEqual([]);
    expect(page.headers.get('content-security-policy')).toContain("'nonce-"); // the security headers of every page
    expect(page.text).toContain('柳林县行政审批服务管理局');
    expect(page.text).toContain(hash);
    expect(page.text).toContain('公开日期');
    expect(page.text).toContain('id="table-13"');
    expect(page.text).toContain('/api/public/report?department=045&amp;year=2023&amp;unit=');
    expect(page.text).not.toContain('勾稽关系校验'); // the internal check list stays inside
    const yuan = await anonymous(`/public/045/2023?unit=${encodeURIComponent('元')}`);
    expect(yuan.status).toBe(200);
    expect(yuan.text).toContain(hash);
  });

  it('downloads the xlsx and the HTML of the snapshot, anonymously', async () => {
    const book = await anonymous('/api/public/report?department=045&year=2023&format=xlsx');
    expect(book.status).toBe(200);
    expect(book.setCookie).toEqual([]);
    expect(book.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(book.bytes.buffer.slice(book.bytes.byteOffset, book.bytes.byteOffset + book.bytes.byteLength) as ArrayBuffer);
    expect(workbook.worksheets.length).toBeGreaterThanOrEqual(13);
    const html = await anonymous('/api/public/report?department=045&year=2023&format=html');
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.text).toContain('柳林县行政审批服务管理局');
    const json = await anonymous('/api/public/report?department=045&year=2023');
    expect(JSON.parse(json.text)).toMatchObject({ department: { code: '045' }, year: 2023, amountUnit: '万元' });
  });

  it('downloads the PDF of the snapshot anonymously, the same bytes on the second request, never the 勾稽校验报告', async () => {
    const first = await anonymous('/api/public/report?department=045&year=2023&format=pdf');
    expect(first.status).toBe(200);
    expect(first.setCookie).toEqual([]);
    expect(first.headers.get('content-type')).toBe('application/pdf');
    expect(new TextDecoder().decode(first.bytes.slice(0, 5))).toBe('%PDF-');
    const again = await anonymous('/api/public/report?department=045&year=2023&format=pdf');
    expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true); // made once per snapshot
    const checks = await anonymous('/api/public/report?department=045&year=2023&format=pdf&document=checks');
    expect(checks.status).toBe(200);
    expect(Buffer.from(checks.bytes).equals(Buffer.from(first.bytes))).toBe(true); // the public report, not the internal checks
    const page = await anonymous('/public/045/2023');
    expect(page.text).toContain('下载PDF');
  }, 60_000);

  it('answers every unpublished department-year with the same 404, by page and by download', async () => {
    // 099 报送 but not 批复; 777 unknown; 045/2024 pending without data; 045/2022 no year data.
    for (const [code, year] of [['099', 2023], ['777', 2023], ['045', 2024], ['045', 2022]] as const) {
      const page = await anonymous(`/public/${code}/${year}`);
      expect(page.status, `${code}/${year}`).toBe(404);
      expect(page.text).toContain(NOT_FOUND);
      expect(page.setCookie).toEqual([]);
      const download = await anonymous(`/api/public/report?department=${code}&year=${year}&format=xlsx`);
      expect(download.status, `${code}/${year}`).toBe(404);
      expect(JSON.parse(download.text)).toMatchObject({ code: 'NOT_FOUND', error: expect.stringContaining(NOT_FOUND) });
    }
    const malformed = await anonymous('/public/abc/20x3');
    expect(malformed.status).toBe(404);
    expect(malformed.text).toContain(NOT_FOUND);
    expect((await anonymous('/api/public/report?department=45&year=2023')).status).toBe(400);
  });

  it('does not list or serve a department accepted without a snapshot', async () => {
    await w.prisma.departmentSubmission.update({ where: { departmentId_year: { departmentId: w.dept099, year: YEAR } }, data: { status: 'ACCEPTED' } });
    expect((await anonymous('/public')).text).not.toContain('/public/099/');
    expect((await anonymous('/public/099/2023')).status).toBe(404);
    expect((await anonymous('/api/public/report?department=099&year=2023&format=html')).status).toBe(404);
  });

  it('refuses a POST to the public report', async () => {
    const res = await fetch(`${w.server.baseUrl}/api/public/report?department=045&year=2023`, { method: 'POST', headers: { 'content-type': 'application/json', origin: w.server.baseUrl }, body: '{}' });
    expect(res.status).toBe(405);
  });

  it('links the login page to 部门预算公开', async () => {
    expect((await anonymous('/login')).text).toContain('href="/public"');
  });

  it('shows the alarm, serves no download and audits when the snapshot was tampered with', async () => {
    const stored = await w.prisma.publishedReport.findFirstOrThrow({ where: { departmentId: w.dept045, year: YEAR }, orderBy: { version: 'desc' } });
    const tampered = (stored.content as string).replace('"1185.70"', '"1285.70"');
    expect(tampered).not.toBe(stored.content);
    await w.prisma.$transaction([
      w.prisma.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`),
      w.prisma.publishedReport.update({ where: { id: stored.id }, data: { content: tampered } }),
    ]);
    const page = await anonymous('/public/045/2023');
    expect(page.text).toContain('公开快照校验失败');
    expect(page.text).not.toContain('id="table-1"');
    const download = await anonymous('/api/public/report?department=045&year=2023&format=xlsx');
    expect(download.status).toBe(503);
    expect(JSON.parse(download.text)).toMatchObject({ code: 'SNAPSHOT_INTEGRITY' });
    expect(await w.prisma.auditLog.count({ where: { kind: 'SNAPSHOT_TAMPERED', departmentId: w.dept045 } })).toBeGreaterThanOrEqual(2);
  });
});
