/**
 * 分类科目 and the 对照表 through HTTP (/api/admin/reference/…) on the real Next.js server and a real
 * PostgreSQL database: a new code is usable by a line at once; a missing parent and a code still
 * in use are refused and change nothing; a 对照表 change shows in the next 表6 (which also proves
 * the server's reference cache is dropped on change); 创建新年度 copies codes and 对照表; only the
 * 系统管理员 may do any of it, and every change leaves its before/after in the audit log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from './client';
import { YEAR, basicLine, createWorld, digest, type World } from './fixtures';

let w: World;
let admin: HttpClient;

beforeAll(async () => {
  w = await createWorld('http_reference');
  admin = await w.signedIn('admin');
}, 600_000);

afterAll(async () => {
  await w?.close();
});

const CODES = '/api/admin/reference/codes';
const MAPPING = '/api/admin/reference/mapping';
const YEARS = '/api/admin/reference/years';

/** The reference tables in one comparable string (the fixture digest covers everything else). */
async function referenceDigest(): Promise<string> {
  const rows = await w.prisma.$queryRawUnsafe<Record<string, string>[]>(`SELECT
    (SELECT string_agg(year || ':' || code || ':' || name, ',' ORDER BY year, code) FROM "FunctionalCode") AS functional,
    (SELECT string_agg(year || ':' || code || ':' || name, ',' ORDER BY year, code) FROM "DeptEconCode") AS dept,
    (SELECT string_agg(year || ':' || code || ':' || name, ',' ORDER BY year, code) FROM "GovEconCode") AS gov,
    (SELECT string_agg(year || ':' || "deptEconCode" || ':' || category || ':' || "govEconCode", ',' ORDER BY 1) FROM "EconMapping") AS mapping,
    (SELECT string_agg(year || ':' || status, ',' ORDER BY year) FROM "FiscalYear") AS years`);
  return JSON.stringify(rows[0]) + (await digest(w.prisma));
}

const lastAudit = (entity: string, entityId: string) =>
  w.prisma.auditLog.findFirstOrThrow({ where: { kind: 'REFERENCE_CHANGE', entity, entityId }, orderBy: { id: 'desc' } });

interface Row {
  code: string | null;
  govCode?: string;
}

/** The 款 rows of 表6 for a 部门经济 款, as the leader reads them. */
async function table6GovCodes(deptEconCode: string): Promise<string[]> {
  const leader = await w.signedIn('lingdao');
  const report = await leader.get(`/api/report?department=045&year=${YEAR}&format=json`);
  expect(report.status).toBe(200);
  const tables = report.body.tables as { number: number; sections: { rows: Row[] }[] }[];
  const table6 = tables.find((t) => t.number === 6);
  return (table6?.sections ?? []).flatMap((s) => s.rows).filter((r) => r.code === deptEconCode).map((r) => r.govCode ?? '').sort();
}

describe('分类科目', () => {
  it('adds a 项 under an existing 款, and a new line can use it at once', async () => {
    const created = await admin.post(CODES, { year: YEAR, kind: 'functional', code: '2010370', name: '测试新增项' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: '2010370', name: '测试新增项', parentCode: '20103' });

    const listed = await admin.get(`${CODES}?year=${YEAR}&kind=functional`);
    expect(listed.status).toBe(200);
    expect(listed.body.codes).toContainEqual({ code: '2010370', name: '测试新增项', parentCode: '20103' });

    const accountant = await w.signedIn('caiwu');
    const line = await accountant.post('/api/lines', { ...basicLine(w.units.own, '321.00'), functionalCode: '2010370' });
    expect(line.status, JSON.stringify(line.body)).toBe(201);

    const audit = await lastAudit('FunctionalCode', '2010370');
    expect(audit).toMatchObject({ year: YEAR, actorId: w.users.admin, before: null, after: { kind: 'functional', code: '2010370', name: '测试新增项', parentCode: '20103' } });
  });

  it('refuses a 项 whose 款 is missing, and a code of the wrong length, with 400 naming the field', async () => {
    const before = await referenceDigest();
    const orphan = await admin.post(CODES, { year: YEAR, kind: 'functional', code: '2010901', name: '无上级的项' });
    expect(orphan.status).toBe(400);
    expect(orphan.body).toMatchObject({ code: 'INVALID_INPUT', field: 'code' });
    expect(orphan.body.error).toContain('上级科目 20109');
    const wrongLength = await admin.post(CODES, { year: YEAR, kind: 'deptEcon', code: '3020101', name: '经济分类没有项' });
    expect(wrongLength.status).toBe(400);
    expect(wrongLength.body.field).toBe('code');
    const duplicate = await admin.post(CODES, { year: YEAR, kind: 'functional', code: '2010301', name: '重复' });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.error).toContain('已存在');
    expect(await referenceDigest()).toBe(before);
  });

  it('renames a code, with before and after in the audit log', async () => {
    const renamed = await admin.patch(`${CODES}/functional/2010370`, { year: YEAR, name: '测试新增项（改名）' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe('测试新增项（改名）');
    const audit = await lastAudit('FunctionalCode', '2010370');
    expect(audit.before).toMatchObject({ name: '测试新增项' });
    expect(audit.after).toMatchObject({ name: '测试新增项（改名）' });
    expect(audit.reason).toBe('修改科目名称');
    expect((await admin.patch(`${CODES}/functional/2010398`, { year: YEAR, name: '不存在' })).status).toBe(404);
  });

  it('refuses to delete a code still in use, naming what uses it, and changes nothing', async () => {
    const before = await referenceDigest();
    const used = await admin.delete(`${CODES}/functional/2010370`, { year: YEAR });
    expect([400, 409]).toContain(used.status);
    expect(used.body.error).toMatch(/不能删除功能分类科目 2010370 .*预算明细行 1 条/);
    const parent = await admin.delete(`${CODES}/functional/20103`, { year: YEAR });
    expect(parent.status).toBe(409);
    expect(parent.body.error).toContain('下级科目');
    const mapped = await admin.delete(`${CODES}/govEcon/50201`, { year: YEAR });
    expect(mapped.status).toBe(409);
    expect(mapped.body.error).toContain('经济分类对照表');
    expect(await referenceDigest()).toBe(before);
  });

  it('deletes an unused code, auditing what it was', async () => {
    expect((await admin.post(CODES, { year: YEAR, kind: 'functional', code: '2010372', name: '待删除' })).status).toBe(201);
    const removed = await admin.delete(`${CODES}/functional/2010372`, { year: YEAR });
    expect(removed.status).toBe(200);
    expect(await w.prisma.functionalCode.findUnique({ where: { year_code: { year: YEAR, code: '2010372' } } })).toBeNull();
    const audit = await lastAudit('FunctionalCode', '2010372');
    expect(audit.before).toMatchObject({ code: '2010372', name: '待删除' });
    expect(audit.after).toBeNull();
  });
});

describe('经济分类对照表', () => {
  it('a changed row changes the derived 政府经济 code of the affected 表6 rows, and only those', async () => {
    // Read first, so that the server has the 对照表 cached when it changes.
    expect(await table6GovCodes('30201')).toEqual(['50201', '50502']);
    const listed = await admin.get(`${MAPPING}?year=${YEAR}`);
    expect(listed.body.rows).toContainEqual({ deptEconCode: '30201', category: 'ORGAN', govEconCode: '50201' });

    const changed = await admin.put(MAPPING, { year: YEAR, deptEconCode: '30201', category: 'ORGAN', govEconCode: '50202' });
    expect(changed.status).toBe(200);
    expect(await table6GovCodes('30201')).toEqual(['50202', '50502']);

    const audit = await lastAudit('EconMapping', '30201|ORGAN');
    expect(audit.before).toEqual({ deptEconCode: '30201', category: 'ORGAN', govEconCode: '50201' });
    expect(audit.after).toEqual({ deptEconCode: '30201', category: 'ORGAN', govEconCode: '50202' });

    expect((await admin.put(MAPPING, { year: YEAR, deptEconCode: '30201', category: 'ORGAN', govEconCode: '50201' })).status).toBe(200);
    expect(await table6GovCodes('30201')).toEqual(['50201', '50502']);
  });

  it('refuses unknown codes (400) and removing a row that lines still depend on (409)', async () => {
    const before = await referenceDigest();
    const unknown = await admin.put(MAPPING, { year: YEAR, deptEconCode: '30201', category: 'ORGAN', govEconCode: '59999' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.field).toBe('govEconCode');
    const inUse = await admin.delete(MAPPING, { year: YEAR, deptEconCode: '30201', category: 'ORGAN' });
    expect(inUse.status).toBe(409);
    expect(inUse.body.error).toContain('预算明细行');
    expect(await referenceDigest()).toBe(before);
  });
});

describe('预算年度', () => {
  it('创建新年度 copies the codes and the 对照表, once', async () => {
    const copied = await admin.post(YEARS, { fromYear: YEAR, toYear: 2031 });
    expect(copied.status).toBe(201);
    const count = async (year: number) => [
      await w.prisma.functionalCode.count({ where: { year } }),
      await w.prisma.deptEconCode.count({ where: { year } }),
      await w.prisma.govEconCode.count({ where: { year } }),
      await w.prisma.econMapping.count({ where: { year } }),
    ];
    const source = await count(YEAR);
    expect(await count(2031)).toEqual(source);
    expect(copied.body).toMatchObject({ year: 2031, status: 'OPEN', copiedFrom: YEAR, functional: source[0], mappings: source[3] });
    expect((await lastAudit('FiscalYear', '2031')).after).toMatchObject({ copiedFrom: YEAR });

    const again = await admin.post(YEARS, { fromYear: YEAR, toYear: 2031 });
    expect(again.status).toBe(409);
    expect((await admin.post(YEARS, { fromYear: 1999, toYear: 2032 })).body.field).toBe('fromYear');
  });

  it('a closed year refuses changes to its reference data', async () => {
    expect((await admin.patch('/api/admin/fiscal-years/2031', { status: 'CLOSED' })).status).toBe(200);
    const refused = await admin.post(CODES, { year: 2031, kind: 'functional', code: '2010373', name: '关闭年度' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toContain('已关闭');
  });
});

describe('the page', () => {
  it('shows the administrator each tab for the chosen year, and other roles a refusal', async () => {
    const codes = await (await admin.raw('GET', `/admin/reference?year=${YEAR}&tab=functional`)).text();
    expect(codes).toContain('分类科目与对照表');
    expect(codes).toContain('2010301');
    const mapping = await admin.raw('GET', `/admin/reference?year=${YEAR}&tab=mapping`);
    expect(mapping.status).toBe(200);
    expect(await mapping.text()).toContain('政府经济分类款（机关）');
    const leader = await (await w.signedIn('lingdao')).raw('GET', '/admin/reference');
    expect(await leader.text()).toContain('部门领导无权管理预算年度、分类科目与对照表');
  });
});

describe('access', () => {
  const CALLS: [string, (c: HttpClient) => ReturnType<HttpClient['get']>][] = [
    ['GET codes', (c) => c.get(`${CODES}?year=${YEAR}&kind=functional`)],
    ['POST codes', (c) => c.post(CODES, { year: YEAR, kind: 'functional', code: '2010374', name: '越权新增' })],
    ['PATCH code', (c) => c.patch(`${CODES}/functional/2010301`, { year: YEAR, name: '越权改名' })],
    ['DELETE code', (c) => c.delete(`${CODES}/functional/2019999`, { year: YEAR })],
    ['GET mapping', (c) => c.get(`${MAPPING}?year=${YEAR}`)],
    ['PUT mapping', (c) => c.put(MAPPING, { year: YEAR, deptEconCode: '30201', category: 'ORGAN', govEconCode: '50202' })],
    ['DELETE mapping', (c) => c.delete(MAPPING, { year: YEAR, deptEconCode: '30299', category: 'ORGAN' })],
    ['POST years', (c) => c.post(YEARS, { fromYear: YEAR, toYear: 2040 })],
  ];

  it('refuses every other role with 403 on every route, and anonymous with 401; nothing changes', async () => {
    const usernames = ['caiwu', 'lingdao', 'shenhe', 'caiwu99', 'lingdao99'];
    // Signed in before the digest: a sign-in writes its own audit row.
    const clients = await Promise.all(usernames.map((username) => w.signedIn(username)));
    const before = await referenceDigest();
    for (const [index, client] of clients.entries()) {
      const username = usernames[index];
      for (const [name, call] of CALLS) {
        const result = await call(client);
        expect(result.status, `${username} ${name}`).toBe(403);
        expect(result.body.code).toBe('FORBIDDEN');
      }
    }
    for (const [name, call] of CALLS) expect((await call(w.client())).status, `anonymous ${name}`).toBe(401);
    expect(await referenceDigest()).toBe(before);
  });
});
