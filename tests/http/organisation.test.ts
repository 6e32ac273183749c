/**
 * 部门与单位 through HTTP (/api/admin/departments, /api/admin/units) on the real Next.js server and
 * PostgreSQL: only the 系统管理员 may list, create, rename or deactivate; every other role gets 403
 * and nothing changes; bad input is a 400 in Chinese naming the field; a duplicate code is a 409;
 * a new department and unit enter the open years' workflow at once, and every change is audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from './client';
import { YEAR, createWorld, digest, type World } from './fixtures';

let w: World;
let admin: HttpClient;

beforeAll(async () => {
  w = await createWorld('http_organisation');
  admin = await w.signedIn('admin');
}, 600_000);

afterAll(async () => {
  await w?.close();
});

const DEPARTMENTS = '/api/admin/departments';
const UNITS = '/api/admin/units';

/** Departments, units and everything the fixture digest covers, in one comparable string. */
async function orgDigest(): Promise<string> {
  const rows = await w.prisma.$queryRawUnsafe<Record<string, string>[]>(`SELECT
    (SELECT string_agg(code || ':' || name || ':' || region || ':' || active, ',' ORDER BY code) FROM "Department") AS departments,
    (SELECT string_agg(code || ':' || name || ':' || type || ':' || active, ',' ORDER BY code) FROM "Unit") AS units`);
  return JSON.stringify(rows[0]) + (await digest(w.prisma));
}

describe('the 系统管理员', () => {
  it('creates a department, which is listed and has its 待报送 row for the open years', async () => {
    const created = await admin.post(DEPARTMENTS, { code: '120', name: '柳林县新设局', region: '柳林县' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ code: '120', name: '柳林县新设局', region: '柳林县', active: true });
    const listed = await admin.get(DEPARTMENTS);
    expect(listed.status).toBe(200);
    expect((listed.body.departments as { code: string }[]).map((d) => d.code)).toEqual(['045', '099', '120']);
    const submission = await w.prisma.departmentSubmission.findFirst({ where: { department: { code: '120' }, year: YEAR } });
    expect(submission?.status).toBe('PENDING');
    const audit = await w.prisma.auditLog.findFirstOrThrow({ where: { kind: 'ORGANISATION_CHANGE', entity: 'Department' }, orderBy: { id: 'desc' } });
    expect(audit).toMatchObject({ actorId: w.users.admin, reason: '新建部门', before: null });
  });

  it('creates a unit under it, renames and deactivates it; the unit list follows', async () => {
    const created = await admin.post(UNITS, { departmentCode: '120', code: '120001', name: '柳林县新设局', type: 'ADMINISTRATIVE' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ code: '120001', departmentCode: '120', type: 'ADMINISTRATIVE', govEconCategory: 'ORGAN' });
    expect(await w.prisma.unitSubmission.count({ where: { unit: { code: '120001' }, year: YEAR, status: 'DRAFT' } })).toBe(1);

    // Its accountant and leader are assigned like any other (users page / API).
    const unitId = String(created.body.id);
    const departmentId = String(created.body.departmentId);
    const accountant = await admin.post('/api/admin/users', { username: 'caiwu120', displayName: '新设局财务', role: 'UNIT_ACCOUNTANT', departmentId, unitIds: [unitId], password: 'Start12345' });
    expect(accountant.status, JSON.stringify(accountant.body)).toBe(201);
    const leader = await admin.post('/api/admin/users', { username: 'lingdao120', displayName: '新设局领导', role: 'DEPT_LEADER', departmentId, password: 'Start12345' });
    expect(leader.status, JSON.stringify(leader.body)).toBe(201);

    const renamed = await admin.patch(`${UNITS}/120001`, { name: '柳林县新设局机关' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: '柳林县新设局机关' });

    expect((await admin.patch(`${UNITS}/120001`, { active: false })).status).toBe(200);
    const active = await admin.get(`${UNITS}?department=120`);
    expect(active.body.units).toEqual([]);
    const all = await admin.get(`${UNITS}?department=120&includeInactive=true`);
    expect(all.body.units).toEqual([expect.objectContaining({ code: '120001', name: '柳林县新设局机关', active: false })]);
    const audit = await w.prisma.auditLog.findFirstOrThrow({ where: { kind: 'ORGANISATION_CHANGE', entity: 'Unit' }, orderBy: { id: 'desc' } });
    expect(audit).toMatchObject({ reason: '停用单位', before: expect.objectContaining({ active: true }), after: expect.objectContaining({ active: false }) });
  });

  it('renames a department and deactivates it once its units are deactivated', async () => {
    const renamed = await admin.patch(`${DEPARTMENTS}/120`, { name: '柳林县新设管理局' });
    expect(renamed.status).toBe(200);
    expect((await admin.patch(`${DEPARTMENTS}/120`, { active: false })).status).toBe(200);
    expect((await admin.get(DEPARTMENTS)).body.departments).not.toContainEqual(expect.objectContaining({ code: '120' }));
  });
});

describe('pages', () => {
  it('部门与单位 lists every department and unit with its people; other roles see a refusal', async () => {
    const html = await (await admin.raw('GET', '/admin/organisation')).text();
    for (const text of ['新建部门', '新建单位', '柳林县政府采购中心', '单位财务 1 人', '参公事业单位', '柳林县测试中心', '无单位财务']) expect(html).toContain(text);
    const refused = await (await (await w.signedIn('lingdao')).raw('GET', '/admin/organisation')).text();
    expect(refused).toContain('部门领导无权管理部门与单位');
    expect(refused).not.toContain('新建部门');
  });

  it('基础数据 compares the year with the year before', async () => {
    const html = await (await admin.raw('GET', `/admin/reference?year=${YEAR}`)).text();
    expect(html).toContain(`${YEAR}年度科目与${YEAR - 1}年度比较`);
  });
});

describe('refusals change nothing', () => {
  it('a duplicate department or unit code is 409', async () => {
    const before = await orgDigest();
    const department = await admin.post(DEPARTMENTS, { code: '045', name: '重复的局', region: '柳林县' });
    expect(department.status).toBe(409);
    expect(department.body.error).toContain('部门编码 045 已存在');
    const unit = await admin.post(UNITS, { departmentCode: '045', code: '045001', name: '重复的单位', type: 'ADMINISTRATIVE' });
    expect(unit.status).toBe(409);
    expect(unit.body.error).toContain('单位编码 045001 已存在');
    expect(await orgDigest()).toBe(before);
  });

  it('bad input is 400 with a Chinese message naming the field', async () => {
    const before = await orgDigest();
    const cases: [string, unknown, string, RegExp][] = [
      [DEPARTMENTS, { code: '45', name: '局', region: '柳林县' }, 'code', /部门编码须为3位数字/],
      [DEPARTMENTS, { code: '130', name: '  ', region: '柳林县' }, 'name', /部门名称不能为空/],
      [UNITS, { departmentCode: '045', code: '099009', name: '错位单位', type: 'ADMINISTRATIVE' }, 'code', /须以所属部门编码开头/],
      [UNITS, { departmentCode: '045', code: '045009', name: '类型错误', type: 'SCHOOL' }, 'type', /单位类型须为/],
      [UNITS, { departmentCode: '777', code: '777001', name: '无部门', type: 'ADMINISTRATIVE' }, 'departmentCode', /部门编码 777 不存在/],
    ];
    for (const [url, body, field, message] of cases) {
      const res = await admin.post(url, body);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body).toMatchObject({ code: 'INVALID_INPUT', field });
      expect(res.body.error).toMatch(message);
    }
    const empty = await admin.patch(`${DEPARTMENTS}/045`, {});
    expect(empty.status).toBe(400);
    expect(empty.body.error).toBe('没有要修改的内容');
    expect((await admin.patch(`${UNITS}/045999`, { name: '不存在' })).status).toBe(404);
    expect(await orgDigest()).toBe(before);
  });

  for (const username of ['caiwu', 'lingdao', 'shenhe']) {
    it(`${username} gets 403 on every endpoint and nothing changes`, async () => {
      const client = await w.signedIn(username);
      const before = await orgDigest();
      const calls = [
        client.get(DEPARTMENTS),
        client.post(DEPARTMENTS, { code: '131', name: '越权局', region: '柳林县' }),
        client.patch(`${DEPARTMENTS}/045`, { name: '越权改名' }),
        client.get(UNITS),
        client.post(UNITS, { departmentCode: '045', code: '045009', name: '越权单位', type: 'ADMINISTRATIVE' }),
        client.patch(`${UNITS}/045001`, { active: false }),
      ];
      for (const res of await Promise.all(calls)) {
        expect(res.status).toBe(403);
        expect(res.body.error).toMatch(/无权管理部门与单位/);
      }
      expect(await orgDigest()).toBe(before);
    });
  }

  it('anonymous is 401', async () => {
    expect((await w.client().get(DEPARTMENTS)).status).toBe(401);
    expect((await w.client().post(UNITS, {})).status).toBe(401);
  });
});
