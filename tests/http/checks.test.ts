/**
 * Checks that gate submission, through HTTP on the real server and PostgreSQL: 提交 is refused
 * (409, Chinese, listing the FATAL findings) until the data is fixed, then until each WARN is
 * acknowledged (audited, visible to the leader); 报送财政 is refused on a department-level FATAL;
 * the finance bureau sets a rule per year.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from './client';
import { acknowledgeAll, unitFindings, type FindingBody } from './checks-flow';
import { YEAR, createWorld, digest, type World } from './fixtures';

let w: World;
let caiwu: HttpClient;
let leader: HttpClient;
let reviewer: HttpClient;

beforeAll(async () => {
  w = await createWorld('http_checks');
  [caiwu, leader, reviewer] = await Promise.all([w.signedIn('caiwu'), w.signedIn('lingdao'), w.signedIn('shenhe')]);
}, 600_000);

afterAll(async () => {
  await w?.close();
});

const submit = () => caiwu.post('/api/submissions/unit', { action: 'submit', unitId: w.units.own, year: YEAR });
const unitStatus = async () => (await w.prisma.unitSubmission.findUniqueOrThrow({ where: { unitId_year: { unitId: w.units.own, year: YEAR } } })).status;
const ruleIds = (body: Record<string, unknown>) => (body.findings as FindingBody[]).map((f) => f.ruleId);

const form = (total: string, extra: Record<string, unknown> = {}) => {
  const funds = { total, central: '0.00', provincial: '0.00', cityCounty: total, selfRaised: '0.00', other: null };
  return {
    funds: { period: funds, annual: funds },
    overview: '建设政务服务信息系统',
    basis: '县政府常务会议纪要',
    necessity: '提升政务服务效率',
    safeguards: '专人负责，按制度支付',
    plan: '上半年招标，下半年验收',
    goalPeriod: '系统上线运行',
    goalAnnual: '完成系统建设',
    indicators: [
      { scope: 'ANNUAL', level1: '产出指标', level2: '数量指标', name: '建成系统', operator: '≥', value: '1', measureUnit: '套' },
      { scope: 'ANNUAL', level1: '效益指标', level2: '社会效益指标', name: '办事效率', text: '提升' },
      { scope: 'ANNUAL', level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', operator: '≥', value: '95', measureUnit: '%' },
    ],
    ...extra,
  };
};

describe('unit 提交', () => {
  let projectId = '';

  it('a project of 150,000.00元 without a 绩效目标申报表: 提交 is refused with the FATAL finding and changes nothing', async () => {
    const project = await caiwu.post('/api/projects', { unitId: w.units.own, year: YEAR, name: '政务信息系统建设', attribute: 'ONE_OFF' });
    expect(project.status, JSON.stringify(project.body)).toBe(201);
    projectId = String(project.body.id);
    const line = await caiwu.post('/api/lines', {
      unitId: w.units.own, year: YEAR, functionalCode: '2010301', deptEconCode: '30201', kind: 'PROJECT', projectId, fundingSource: 'GENERAL_PUBLIC', carryover: false, amountYuan: '150000.00',
    });
    expect(line.status, JSON.stringify(line.body)).toBe(201);
    const before = await digest(w.prisma);
    const res = await submit();
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('STATE');
    expect(res.body.error).toMatch(/^柳林县行政审批服务管理局有1项致命审核问题，修正后才能提交：\n1\. 绩效目标申报表未填报 · 柳林县行政审批服务管理局 › 项目「政务信息系统建设」：项目本年预算150,000.00元，未填报绩效目标申报表$/);
    expect(ruleIds(res.body)).toEqual(['PERF_FORM_REQUIRED']);
    expect(await digest(w.prisma)).toBe(before);
    expect(await unitStatus()).toBe('DRAFT');
  });

  it('a blank form with the wrong funds: every FATAL is listed, the equation with both sides in 元', async () => {
    const saved = await caiwu.put(`/api/projects/${projectId}/performance`, {
      ...form('100000.00'), basis: '', plan: '', indicators: form('0').indicators.slice(0, 1),
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const res = await submit();
    expect(res.status).toBe(409);
    expect(ruleIds(res.body)).toEqual(['PERF_FORM_FIELDS', 'PERF_INDICATORS', 'PERF_FUNDS']);
    const funds = (res.body.findings as FindingBody[]).find((f) => f.ruleId === 'PERF_FUNDS');
    expect(funds).toMatchObject({ left: '100000.00', right: '150000.00', severity: 'FATAL' });
    expect(res.body.error).toContain('未填写：立项依据、项目实施计划');
    expect(res.body.error).toContain('绩效指标不足：效益指标0个（至少1个），满意度指标0个（至少1个）');
    expect(res.body.error).toContain('（左边100000.00元，右边150000.00元）');
  });

  it('once the form is complete only warnings remain: 提交 is refused until each is acknowledged', async () => {
    const { version } = await w.prisma.performanceForm.findUniqueOrThrow({ where: { projectId } });
    expect((await caiwu.put(`/api/projects/${projectId}/performance`, { ...form('150000.00'), version })).status).toBe(200);
    const findings = await unitFindings(caiwu, w.units.own);
    expect(findings.filter((f) => f.severity === 'FATAL')).toEqual([]);
    const warnings = findings.filter((f) => f.severity === 'WARN');
    expect(warnings.map((f) => f.ruleId)).toContain('PERF_DUPLICATE'); // the demo's 0-元 duplicate filing
    const res = await submit();
    expect(res.status).toBe(409);
    expect(res.body.error).toMatch(new RegExp(`^柳林县行政审批服务管理局有${warnings.length}项审核警告尚未确认，请逐项确认后再提交：`));
    expect(await unitStatus()).toBe('DRAFT');
  });

  it('an acknowledgement is audited with its note, cannot be repeated, and a FATAL cannot be acknowledged', async () => {
    const [first] = (await unitFindings(caiwu, w.units.own)).filter((f) => f.ruleId === 'PERF_DUPLICATE');
    const ack = await caiwu.post('/api/checks/acknowledge', { unitId: w.units.own, year: YEAR, ruleId: first!.ruleId, findingKey: first!.key, note: '0元重复申报表，待财政系统删除' });
    expect(ack.status, JSON.stringify(ack.body)).toBe(201);
    const row = await w.prisma.auditLog.findFirstOrThrow({ where: { kind: 'FINDING_ACKNOWLEDGE', entityId: String(ack.body.id) } });
    expect(row).toMatchObject({ unitId: w.units.own, actorName: '审批局财务', after: { ruleId: 'PERF_DUPLICATE', note: '0元重复申报表，待财政系统删除' } });
    const again = await caiwu.post('/api/checks/acknowledge', { unitId: w.units.own, year: YEAR, ruleId: first!.ruleId, findingKey: first!.key });
    expect(again).toMatchObject({ status: 409, body: { error: '该审核警告已确认' } });
    const gone = await caiwu.post('/api/checks/acknowledge', { unitId: w.units.own, year: YEAR, ruleId: 'PERF_FUNDS', findingKey: 'no-such-finding' });
    expect(gone.status).toBe(404);
    const sibling = await caiwu.post('/api/checks/acknowledge', { unitId: w.units.sibling, year: YEAR, ruleId: 'PERF_SATISFACTION_BOUND', findingKey: 'x' });
    expect(sibling.status).toBe(403);
  });

  it('the leader sees the acknowledgement; after acknowledging the rest, 提交 is accepted', async () => {
    const seen = (await unitFindings(leader, w.units.own)).find((f) => f.ruleId === 'PERF_DUPLICATE');
    expect(seen?.acknowledgement).toMatchObject({ note: '0元重复申报表，待财政系统删除', userName: '审批局财务' });
    await acknowledgeAll(caiwu, w.units.own);
    const res = await submit();
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(await unitStatus()).toBe('SUBMITTED');
  });
});

describe('department 报送财政', () => {
  it('a placeholder left in the 情况说明 is a department-level FATAL: refused until the text is fixed', async () => {
    await w.prisma.unitSubmission.updateMany({ where: { unit: { departmentId: w.dept045 }, year: YEAR }, data: { status: 'APPROVED' } });
    const section = await w.prisma.narrativeSection.findUniqueOrThrow({ where: { departmentId_year_key: { departmentId: w.dept045, year: YEAR, key: 'changeReason' } } });
    const put = await leader.put('/api/narrative', { year: YEAR, key: 'changeReason', body: '本年度因XX原因增加', version: section.version });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const res = await leader.post('/api/submissions/department', { action: 'submit', departmentId: w.dept045, year: YEAR });
    expect(res.status).toBe(409);
    expect(res.body.error).toBe('柳林县行政审批服务管理局有1项致命审核问题，修正后才能报送财政：\n1. 情况说明含占位符 · 情况说明 › 收支变动主要原因：含未替换的占位符：“XX”');
    const ofDepartment = await reviewer.get(`/api/checks?year=${YEAR}&departmentId=${w.dept045}`);
    expect(ofDepartment.status).toBe(200);
    const findings = ofDepartment.body.findings as FindingBody[];
    expect(findings.filter((f) => f.severity === 'FATAL').map((f) => [f.ruleId, f.unitId])).toEqual([['NARRATIVE_PLACEHOLDER', null]]);
    expect(findings.find((f) => f.ruleId === 'PERF_DUPLICATE')?.acknowledgement).toMatchObject({ userName: '审批局财务' }); // seen by the finance bureau too
    const fixed = await leader.put('/api/narrative', { year: YEAR, key: 'changeReason', body: '本年度新增政务信息系统建设项目。', version: section.version + 1 });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    const ok = await leader.post('/api/submissions/department', { action: 'submit', departmentId: w.dept045, year: YEAR });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
  });
});

describe('rules per fiscal year', () => {
  const put = (c: HttpClient, body: Record<string, unknown>) => c.put('/api/rules', { year: 2024, ruleId: 'LINE_LARGE_AMOUNT', enabled: true, severity: 'FATAL', ...body });

  it('the finance bureau lowers 单笔金额上限 and makes it FATAL for 2024 only; audited; versions guard concurrent edits', async () => {
    const bad = await put(reviewer, { params: { maxYuan: '1,000' } });
    expect(bad).toMatchObject({ status: 400, body: { field: 'params.maxYuan', error: '单笔金额上限须为不小于0、最多两位小数的数（元）' } });
    const saved = await put(reviewer, { params: { maxYuan: '1000.00' } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ ruleId: 'LINE_LARGE_AMOUNT', severity: 'FATAL', params: { maxYuan: '1000.00' }, version: 1 });
    expect((await put(reviewer, { params: { maxYuan: '2000.00' } })).status).toBe(409); // no version: someone saved first
    expect(await w.prisma.auditLog.count({ where: { kind: 'RULE_CHANGE', entityId: '2024:LINE_LARGE_AMOUNT' } })).toBe(1);
    expect((await put(caiwu, { params: { maxYuan: '1.00' } })).status).toBe(403);

    // Typed in full-width digits with a full-width separator: stored exactly as 1000.01.
    const line = await caiwu.post('/api/lines', { unitId: w.units.own, year: 2024, functionalCode: '2010301', deptEconCode: '30201', kind: 'BASIC', fundingSource: 'GENERAL_PUBLIC', carryover: false, amountYuan: '１，０００．０１' });
    expect(line.status, JSON.stringify(line.body)).toBe(201);
    expect(line.body.amountYuan).toBe('1000.01');
    const found = await unitFindings(caiwu, w.units.own, 2024);
    expect(found.filter((f) => f.ruleId === 'LINE_LARGE_AMOUNT').map((f) => [f.severity, f.left, f.right])).toEqual([['FATAL', '1000.01', '1000.00']]);
    // 2023's lines are in the system: the unit's total falls by more than 30 % (a warning, with both totals).
    expect(found.find((f) => f.ruleId === 'UNIT_TOTAL_CHANGE')).toMatchObject({ severity: 'WARN', left: '1000.01' });
    expect((await unitFindings(caiwu, w.units.own, YEAR)).some((f) => f.ruleId === 'LINE_LARGE_AMOUNT')).toBe(false);
  });
});

describe('pages', () => {
  it('the lines page lists the unit\'s findings with their severity; the rules page is the finance bureau\'s, not the accountant\'s', async () => {
    const lines = await (await caiwu.raw('GET', `/lines?unit=${w.units.own}&year=${YEAR}`)).text();
    expect(lines).toContain('审核问题');
    expect(lines).toContain('项目重复填报');
    expect(lines).toContain('已确认（审批局财务）');
    const rules = await (await reviewer.raw('GET', '/rules?year=2024')).text();
    expect(rules).toContain('单笔金额过大');
    expect(rules).toContain('起报金额');
    const refused = await (await caiwu.raw('GET', '/rules')).text();
    expect(refused).toContain('单位财务无权设置年度审核规则（启用、严重程度、参数）');
    expect(refused).not.toContain('单笔金额过大');
  });
});
