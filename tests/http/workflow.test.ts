/**
 * The 报送流程 and the data it protects, through HTTP on the real server and PostgreSQL:
 * no lost updates under concurrent edits, input refused with a Chinese message naming the field,
 * every transition (and the illegal ones) end to end, the frozen report snapshot.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from './client';
import { acknowledgeAll } from './checks-flow';
import { YEAR, addLine, addProject, basicLine, createWorld, digest, performanceForm, type World } from './fixtures';

let w: World;
let caiwu: HttpClient;
let caiwu2: HttpClient;
let leader: HttpClient;
let reviewer: HttpClient;

beforeAll(async () => {
  w = await createWorld('http_workflow');
  [caiwu, caiwu2, leader, reviewer] = await Promise.all([w.signedIn('caiwu'), w.signedIn('caiwu2'), w.signedIn('lingdao'), w.signedIn('shenhe')]);
}, 600_000);

afterAll(async () => {
  await w?.close();
});

const auditRows = (entityId: string, kind: string) => w.prisma.auditLog.count({ where: { entityId, kind } });

describe('no lost updates', () => {
  it('two concurrent edits of one line with the same version: one wins, the other gets 409 and the audit log has one update', async () => {
    for (let round = 0; round < 5; round++) {
      const line = await addLine(w.prisma, w.units.own, '100.00');
      const other = await w.signedIn('caiwu');
      const [a, b] = await Promise.all([
        caiwu.patch(`/api/lines/${line.id}`, { version: line.version, amountYuan: '200.00' }),
        other.patch(`/api/lines/${line.id}`, { version: line.version, amountYuan: '300.00' }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const [winner, loser] = a.status === 200 ? [a, b] : [b, a];
      const stored = await w.prisma.budgetLine.findUniqueOrThrow({ where: { id: line.id } });
      expect(stored.amountYuan.toFixed(2)).toBe(winner.body.amountYuan);
      expect(stored.version).toBe(line.version + 1);
      expect(loser.body.code).toBe('STALE_VERSION');
      expect(loser.body.error).toBe(`当前金额为 ${stored.amountYuan.toFixed(2)} 元，已被 审批局财务 修改，请刷新后重试`);
      expect(await auditRows(line.id, 'LINE_UPDATE')).toBe(1);
    }
  });

  it('a stale version is refused for an update and a delete, showing the current amount', async () => {
    const line = await addLine(w.prisma, w.units.own, '12345.60');
    const first = await caiwu.patch(`/api/lines/${line.id}`, { version: 1, amountYuan: '23456.70' });
    expect(first.status).toBe(200);
    const before = await digest(w.prisma);
    const stale = await caiwu.patch(`/api/lines/${line.id}`, { version: 1, amountYuan: '1.00' });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toBe('当前金额为 23,456.70 元，已被 审批局财务 修改，请刷新后重试');
    const staleDelete = await caiwu.delete(`/api/lines/${line.id}`, { version: 1 });
    expect(staleDelete.status).toBe(409);
    expect(await digest(w.prisma)).toBe(before);
    const deleted = await caiwu.delete(`/api/lines/${line.id}`, { version: 2 });
    expect(deleted.status).toBe(200);
    const rows = await w.prisma.auditLog.findMany({ where: { entityId: line.id }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => r.kind)).toEqual(['LINE_UPDATE', 'LINE_DELETE']);
    expect(rows[0]!.before).toMatchObject({ amountYuan: '12345.60', version: 1 });
    expect(rows[0]!.after).toMatchObject({ amountYuan: '23456.70', version: 2 });
    expect(rows[1]!.after).toBeNull();
  });
});

describe('绩效目标申报表', () => {
  it('is created, then replaced only with the version the user saw', async () => {
    const project = await addProject(w.prisma, w.units.own, '绩效测试项目');
    const path = `/api/projects/${project.id}/performance`;
    const created = await caiwu.put(path, performanceForm('5000.00'));
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body.version).toBe(1);
    const missingVersion = await caiwu.put(path, performanceForm('6000.00'));
    expect(missingVersion.body).toMatchObject({ field: 'version' });
    expect((await caiwu.put(path, { ...performanceForm('6000.00'), version: 1 })).status).toBe(200);
    const stale = await caiwu.put(path, { ...performanceForm('7000.00'), version: 1 });
    expect(stale.status).toBe(409);
    const form = await w.prisma.performanceForm.findUniqueOrThrow({ where: { projectId: project.id }, include: { indicators: true } });
    expect(form.annualTotal.toFixed(2)).toBe('6000.00');
    expect(form.indicators).toHaveLength(2);
    expect(await auditRows(project.id, 'PERFORMANCE_UPDATE')).toBe(2);
  });

  it('refuses an indicator without a value, and a 二级指标 under the wrong 一级', async () => {
    const project = await addProject(w.prisma, w.units.own, '绩效校验项目');
    const base = performanceForm('1.00');
    const noValue = await caiwu.put(`/api/projects/${project.id}/performance`, {
      ...base,
      indicators: [{ scope: 'ANNUAL', level1: '产出指标', level2: '数量指标', name: '培训人次' }],
    });
    expect(noValue.body).toMatchObject({ field: 'indicators.0.value', error: '指标“培训人次”须填写符号和数值，或填写定性指标值' });
    const wrongLevel = await caiwu.put(`/api/projects/${project.id}/performance`, {
      ...base,
      indicators: [{ scope: 'ANNUAL', level1: '满意度指标', level2: '数量指标', name: '满意度', text: '满意' }],
    });
    expect(wrongLevel.body).toMatchObject({ field: 'indicators.0.level2', error: '“数量指标”不属于满意度指标' });
  });
});

describe('input is checked, in Chinese, naming the field', () => {
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    ['a 5-digit functional code', { functionalCode: '20103' }, 'functionalCode', /功能分类科目须为7位数字/],
    ['a functional code missing for the year', { functionalCode: '2010398' }, 'functionalCode', /功能分类科目 2010398 在2023年度不存在/],
    ['a dept-econ code missing for the year', { deptEconCode: '30298' }, 'deptEconCode', /部门经济分类科目 30298 在2023年度不存在/],
    ['three decimals', { amountYuan: '12.345' }, 'amountYuan', /金额须为不小于0、最多两位小数/],
    ['a negative amount', { amountYuan: '-1.00' }, 'amountYuan', /金额/],
    ['money as a number', { amountYuan: 12 }, 'amountYuan', /金额须为字符串/],
    ['a project line without project', { kind: 'PROJECT' }, 'projectId', /项目支出必须选择所属项目/],
    ['basic spending outside 301/302/303/310', { deptEconCode: '30901' }, 'deptEconCode', /基本支出只能使用部门经济分类 301、302、303、310 类/],
    ['an unknown funding source', { fundingSource: 'LOTTERY' }, 'fundingSource', /资金来源/],
    ['an unknown year', { year: 2031 }, 'year', /预算年度 2031 不存在/],
  ];
  for (const [name, patch, field, message] of cases) {
    it(`${name} → 400 on ${field}`, async () => {
      const before = await digest(w.prisma);
      const res = await caiwu.post('/api/lines', { ...basicLine(w.units.own), ...patch });
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.field).toBe(field);
      expect(res.body.error).toMatch(message);
      expect(await digest(w.prisma)).toBe(before);
    });
  }

  it('a body that is not JSON → 400', async () => {
    const res = await caiwu.raw('POST', '/api/lines', { body: '{', contentType: 'application/json' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toBe('请求内容须为有效的JSON');
  });

  it('a body not declared as JSON → 415 (no cross-site text/plain posts)', async () => {
    const before = await digest(w.prisma);
    const res = await caiwu.raw('POST', '/api/lines', { body: JSON.stringify(basicLine(w.units.own)), contentType: 'text/plain' });
    expect(res.status).toBe(415);
    expect(await digest(w.prisma)).toBe(before);
  });
});

describe("the domain's line rules decide on save (docs/domain.md §1.1)", () => {
  it('a project of another unit, or a 基本支出 with a project, is refused on projectId and changes nothing', async () => {
    const siblingProject = await addProject(w.prisma, w.units.sibling, '兄弟单位项目');
    const ownProject = await addProject(w.prisma, w.units.own, '本单位项目');
    const line = await addLine(w.prisma, w.units.own, '10.00');
    const before = await digest(w.prisma);
    const foreign = await caiwu.post('/api/lines', { ...basicLine(w.units.own), kind: 'PROJECT', projectId: siblingProject.id });
    expect(foreign.status).toBe(400);
    expect(foreign.body).toMatchObject({ field: 'projectId', error: '所选项目「兄弟单位项目」属于其他单位，不能用于本单位的预算行' });
    const basicWithProject = await caiwu.post('/api/lines', { ...basicLine(w.units.own), projectId: ownProject.id });
    expect(basicWithProject.status).toBe(400);
    expect(basicWithProject.body).toMatchObject({ field: 'projectId', error: '基本支出不能关联项目' });
    const patched = await caiwu.patch(`/api/lines/${line.id}`, { version: line.version, kind: 'PROJECT' });
    expect(patched.status).toBe(400);
    expect(patched.body).toMatchObject({ field: 'projectId', error: '项目支出必须选择所属项目' });
    expect(await digest(w.prisma)).toBe(before);
  });

  it('a 部门经济 款 without a 对照表 row for the unit side is refused until the administrator adds the row', async () => {
    const admin = await w.signedIn('admin');
    const mapping = { year: YEAR, deptEconCode: '30205', category: 'ORGAN' };
    expect((await admin.delete('/api/admin/reference/mapping', mapping)).status).toBe(200);
    const water = { ...basicLine(w.units.own), deptEconCode: '30205' };
    const before = await digest(w.prisma);
    const refused = await caiwu.post('/api/lines', water);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ field: 'deptEconCode', error: '部门经济分类 "30205" 在机关下没有对应的政府经济分类（请在对照表中补充）' });
    expect(await digest(w.prisma)).toBe(before);
    expect((await admin.put('/api/admin/reference/mapping', { ...mapping, govEconCode: '50201' })).status).toBe(200);
    const saved = await caiwu.post('/api/lines', water);
    expect(saved.status).toBe(201);
    await w.prisma.budgetLine.delete({ where: { id: String(saved.body.id) } });
  });
});

describe('a closed fiscal year', () => {
  it('refuses every edit until the administrator reopens it', async () => {
    const admin = await w.signedIn('admin');
    expect((await admin.patch(`/api/admin/fiscal-years/${YEAR}`, { status: 'CLOSED' })).status).toBe(200);
    await refused(() => caiwu.post('/api/lines', basicLine(w.units.own)), 409, '2023年度已关闭，不能修改');
    expect((await admin.patch(`/api/admin/fiscal-years/${YEAR}`, { status: 'OPEN' })).status).toBe(200);
    expect((await caiwu.post('/api/lines', basicLine(w.units.own))).status).toBe(201);
    const missing = await admin.patch('/api/admin/fiscal-years/2099', { status: 'OPEN' });
    expect(missing.status).toBe(404);
    expect(await w.prisma.auditLog.count({ where: { kind: 'REFERENCE_CHANGE', entityId: String(YEAR) } })).toBe(2);
  });
});

const unitAction = (c: HttpClient, action: string, unitId: string, reason?: string) =>
  c.post('/api/submissions/unit', { action, unitId, year: YEAR, ...(reason !== undefined && { reason }) });
const departmentAction = (c: HttpClient, action: string, reason?: string) =>
  c.post('/api/submissions/department', { action, departmentId: w.dept045, year: YEAR, ...(reason !== undefined && { reason }) });
const unitStatus = async (unitId: string) => (await w.prisma.unitSubmission.findUniqueOrThrow({ where: { unitId_year: { unitId, year: YEAR } } })).status;
const departmentStatus = async () =>
  (await w.prisma.departmentSubmission.findUniqueOrThrow({ where: { departmentId_year: { departmentId: w.dept045, year: YEAR } } })).status;

/** Asserts a refusal (status + message) that changes nothing. */
async function refused(call: () => Promise<{ status: number; body: { error?: string } }>, status: number, message: string) {
  const before = await digest(w.prisma);
  const res = await call();
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.error).toBe(message);
  expect(await digest(w.prisma)).toBe(before);
}

describe('the submission workflow end to end', () => {
  let lineId: string;
  beforeAll(async () => {
    // The 绩效 tests above left a 6,000.00元 form on a project without lines: PERF_FUNDS (FATAL) would
    // stop 提交 (tests/http/checks.test.ts shows that); this flow starts from consistent data.
    await w.prisma.performanceForm.deleteMany({ where: { project: { unitId: w.units.own, name: '绩效测试项目' } } });
  });
  /** 提交 after acknowledging the unit's open warnings (the demo's own, and lines the tests above added). */
  const submit = async (c: HttpClient, unitId: string) => {
    await acknowledgeAll(c, unitId);
    return unitAction(c, 'submit', unitId);
  };
  const editLine = async (c: HttpClient, amountYuan: string) => {
    const { version } = await w.prisma.budgetLine.findUniqueOrThrow({ where: { id: lineId } });
    return c.patch(`/api/lines/${lineId}`, { version, amountYuan });
  };
  const thirdUnit = async () =>
    (await w.prisma.unit.findFirstOrThrow({ where: { departmentId: w.dept045, id: { notIn: [w.units.own, w.units.sibling] } } })).id;

  it('a unit accountant submits; the submitted unit is frozen', async () => {
    const created = await caiwu.post('/api/lines', basicLine(w.units.own, '500.00'));
    expect(created.status).toBe(201);
    lineId = String(created.body.id);
    expect((await submit(caiwu, w.units.own)).status).toBe(200);
    expect(await unitStatus(w.units.own)).toBe('SUBMITTED');
    await refused(() => editLine(caiwu, '600.00'), 409, '单位预算已提交，不能修改');
    await refused(() => unitAction(caiwu, 'submit', w.units.own), 409, '单位预算已提交，不能重复提交');
  });

  it('approving a draft is refused; approving a submitted unit freezes it', async () => {
    await refused(() => unitAction(leader, 'approve', w.units.sibling), 409, '单位预算为草稿状态，只有已提交的单位预算才能审核');
    expect((await unitAction(leader, 'approve', w.units.own)).status).toBe(200);
    await refused(() => editLine(caiwu, '600.00'), 409, '单位预算已审核，不能修改');
    await refused(() => caiwu.delete(`/api/lines/${lineId}`, { version: 2 }), 409, '单位预算已审核，不能修改');
    await refused(() => caiwu.post('/api/lines', basicLine(w.units.own)), 409, '单位预算已审核，不能修改');
  });

  it('the department is not submitted while a unit is still a draft', async () => {
    const res = await departmentAction(leader, 'submit');
    expect(res.status).toBe(409);
    expect(res.body.error).toMatch(/^尚有单位预算未审核：.*（草稿）.*，不能报送财政$/);
    expect(await departmentStatus()).toBe('PENDING');
  });

  it('returning needs a reason; a returned unit is edited and resubmitted', async () => {
    const noReason = await unitAction(leader, 'return', w.units.own, '  ');
    expect(noReason.status).toBe(400);
    expect(noReason.body).toMatchObject({ field: 'reason', error: '退回时必须填写原因' });
    expect(await unitStatus(w.units.own)).toBe('APPROVED');
    expect((await unitAction(leader, 'return', w.units.own, '办公费偏高，请核减')).status).toBe(200);
    expect(await unitStatus(w.units.own)).toBe('RETURNED');
    expect((await editLine(caiwu, '450.00')).status).toBe(200);
    expect((await submit(caiwu, w.units.own)).status).toBe(200);
    const returned = await w.prisma.auditLog.findFirstOrThrow({ where: { kind: 'WORKFLOW', reason: '办公费偏高，请核减' } });
    expect(returned).toMatchObject({ entity: 'UnitSubmission', unitId: w.units.own, before: { status: 'APPROVED' }, after: { status: 'RETURNED', action: 'return' } });
  });

  it('once every unit is approved the leader submits the department; its units are then frozen', async () => {
    expect((await submit(caiwu2, w.units.sibling)).status).toBe(200);
    const third = await thirdUnit();
    await w.prisma.unitSubmission.update({ where: { unitId_year: { unitId: third, year: YEAR } }, data: { status: 'SUBMITTED' } });
    for (const unitId of [w.units.own, w.units.sibling, third]) expect((await unitAction(leader, 'approve', unitId)).status).toBe(200);
    expect((await departmentAction(leader, 'submit')).status).toBe(200);
    expect(await departmentStatus()).toBe('SUBMITTED');
    await refused(() => unitAction(leader, 'return', w.units.own, '再核对'), 409, '部门预算已报送财政，不能退回单位预算');
    await refused(() => editLine(caiwu, '1.00'), 409, '部门预算已报送财政，不能修改');
    await refused(() => leader.put('/api/narrative', { year: YEAR, key: 'otherNotes', body: '改', version: 1 }), 409, '部门预算已报送财政，不能修改情况说明');
  });

  it('the finance bureau returns the department with a reason; the leader can then return a unit', async () => {
    const noReason = await departmentAction(reviewer, 'return');
    expect(noReason.status).toBe(400);
    expect(noReason.body.field).toBe('reason');
    expect((await departmentAction(reviewer, 'return', '三公经费说明不完整')).status).toBe(200);
    expect(await departmentStatus()).toBe('RETURNED');
    expect((await unitAction(leader, 'return', w.units.own, '按财政意见修改')).status).toBe(200);
    expect((await editLine(caiwu, '480.00')).status).toBe(200);
    expect((await submit(caiwu, w.units.own)).status).toBe(200);
    expect((await unitAction(leader, 'approve', w.units.own)).status).toBe(200);
    expect((await departmentAction(leader, 'submit')).status).toBe(200);
  });

  it('accepting freezes the report as a snapshot with its sha256; nothing changes afterwards', async () => {
    const res = await departmentAction(reviewer, 'accept');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const snapshot = await w.prisma.publishedReport.findUniqueOrThrow({ where: { departmentId_year_version: { departmentId: w.dept045, year: YEAR, version: 1 } } });
    expect(typeof snapshot.content).toBe('string'); // v2: the stored JSON text is what the sha256 covers
    const hash = createHash('sha256').update(snapshot.content as string, 'utf8').digest('hex');
    expect(snapshot.contentHash).toBe(hash);
    expect(res.body.published).toEqual({ contentHash: hash, version: 1 });
    expect(JSON.stringify(snapshot.content)).toContain('柳林县行政审批服务管理局');
    await refused(() => editLine(caiwu, '1.00'), 409, '部门预算已批复，不能修改');
    await refused(() => departmentAction(reviewer, 'accept'), 409, '部门预算为已批复状态，只有已报送财政的部门预算才能批复');
    await refused(() => departmentAction(reviewer, 'return', '重新审核'), 409, '部门预算为已批复状态，不能退回');
    await refused(() => unitAction(leader, 'return', w.units.own, '重新审核'), 409, '部门预算已批复，不能退回单位预算');
  });

  it('every transition is in the audit log with its reason, readable by the leader for the department only', async () => {
    const res = await leader.get('/api/audit?kind=WORKFLOW&limit=500');
    expect(res.status).toBe(200);
    const entries = res.body.entries as { reason: string | null; departmentId: string; entity: string }[];
    expect(entries.every((e) => e.departmentId === w.dept045)).toBe(true);
    expect(entries.filter((e) => e.entity === 'DepartmentSubmission').map((e) => e.reason)).toContain('三公经费说明不完整');
    const outsider = await w.signedIn('lingdao99');
    const foreign = await outsider.get('/api/audit?kind=WORKFLOW&limit=500');
    expect(foreign.body.entries).toEqual([]);
    const forbidden = await outsider.get(`/api/audit?departmentId=${w.dept045}`);
    expect(forbidden.status).toBe(403);
    const publish = await reviewer.get(`/api/audit?kind=PUBLISH&departmentId=${w.dept045}`);
    expect(publish.body.entries).toHaveLength(1);
    const ofUnit = (await leader.get(`/api/audit?unitId=${w.units.own}&limit=500`)).body.entries as { unitId: string; kind: string }[];
    expect(ofUnit.length).toBeGreaterThan(0);
    expect(ofUnit.every((e) => e.unitId === w.units.own)).toBe(true);
    // The acknowledgements of warnings before each 提交 are the unit's too (audited, visible to the leader).
    expect(new Set(ofUnit.map((e) => e.kind))).toEqual(new Set(['LINE_CREATE', 'LINE_UPDATE', 'LINE_DELETE', 'PERFORMANCE_UPDATE', 'FINDING_ACKNOWLEDGE', 'WORKFLOW']));
  });

  it('撤销批复: the reviewer reopens with a reason, audited; the old snapshot stays, lines change again, the next 批复 is version 2', async () => {
    const before = await digest(w.prisma);
    expect((await departmentAction(leader, 'reopen', '要修改')).status).toBe(403);
    const noReason = await departmentAction(reviewer, 'reopen', ' ');
    expect(noReason.status).toBe(400);
    expect(noReason.body).toMatchObject({ field: 'reason', error: '撤销批复时必须填写原因' });
    expect(await digest(w.prisma)).toBe(before);
    const first = await w.prisma.publishedReport.findUniqueOrThrow({ where: { departmentId_year_version: { departmentId: w.dept045, year: YEAR, version: 1 } } });

    const reopened = await departmentAction(reviewer, 'reopen', '批复后发现办公费口径错误');
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'RETURNED', published: null });
    expect(await departmentStatus()).toBe('RETURNED');
    const audit = await w.prisma.auditLog.findFirstOrThrow({ where: { kind: 'WORKFLOW', reason: '批复后发现办公费口径错误' } });
    expect(audit).toMatchObject({
      entity: 'DepartmentSubmission',
      departmentId: w.dept045,
      actorId: w.users.shenhe,
      before: { status: 'ACCEPTED', snapshotVersion: 1, contentHash: first.contentHash },
      after: { status: 'RETURNED', action: 'reopen' },
    });
    expect(await w.prisma.publishedReport.findMany({ where: { departmentId: w.dept045, year: YEAR } })).toEqual([first]);
    await refused(() => departmentAction(reviewer, 'reopen', '再撤销'), 409, '部门预算为已退回状态，只有已批复的部门预算才能撤销批复');

    expect((await unitAction(leader, 'return', w.units.own, '按撤销批复意见修改')).status).toBe(200);
    expect((await editLine(caiwu, '52000.00')).status).toBe(200);
    expect((await unitAction(caiwu, 'submit', w.units.own)).status).toBe(200);
    expect((await unitAction(leader, 'approve', w.units.own)).status).toBe(200);
    expect((await departmentAction(leader, 'submit')).status).toBe(200);
    const again = await departmentAction(reviewer, 'accept');
    expect(again.status, JSON.stringify(again.body)).toBe(200);

    const snapshots = await w.prisma.publishedReport.findMany({ where: { departmentId: w.dept045, year: YEAR }, orderBy: { version: 'asc' } });
    expect(snapshots.map((s) => s.version)).toEqual([1, 2]);
    expect(snapshots[0]).toEqual(first);
    const second = snapshots[1]!;
    expect(second.contentHash).toBe(createHash('sha256').update(second.content as string, 'utf8').digest('hex'));
    expect(second.contentHash).not.toBe(first.contentHash);
    expect(again.body.published).toEqual({ contentHash: second.contentHash, version: 2 });
    await refused(() => editLine(caiwu, '1.00'), 409, '部门预算已批复，不能修改');
  });
});
