/**
 * 增减变动原因 through HTTP on the real server and PostgreSQL (docs/domain.md §11,
 * ITEM_CHANGE_REASON): a 三公 item moving ≥ 10.00 % from its 上年数 refuses 报送财政 until the leader
 * enters its reason (versioned, audited); the 情况说明 then quotes it; after 批复 last year's 功能 项
 * totals are the next year's 上年数 per 项.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLines } from '@/prisma/seed/demo/liulin-2023/lines';
import type { HttpClient } from './client';
import { acknowledgeAll, type FindingBody } from './checks-flow';
import { YEAR, createWorld, digest, type World } from './fixtures';

let w: World;
let leader: HttpClient;
let reviewer: HttpClient;
let caiwu: HttpClient;

beforeAll(async () => {
  w = await createWorld('http_change_reasons');
  [leader, reviewer, caiwu] = await Promise.all([w.signedIn('lingdao'), w.signedIn('shenhe'), w.signedIn('caiwu')]);
  // The accountant acknowledges the own unit's warnings (the summary shows who, when, the note);
  // then every unit is approved by the leader: 报送财政 is the step under test.
  await acknowledgeAll(caiwu, w.units.own, '已核对：0元重复申报表');
  await w.prisma.unitSubmission.updateMany({ where: { unit: { departmentId: w.dept045 }, year: YEAR }, data: { status: 'APPROVED' } });
}, 600_000);

afterAll(async () => {
  await w?.close();
});

const submitDepartment = () => leader.post('/api/submissions/department', { action: 'submit', departmentId: w.dept045, year: YEAR });
const departmentFindings = async (year: number) => {
  const res = await reviewer.get(`/api/checks?year=${year}&departmentId=${w.dept045}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.findings as FindingBody[];
};

describe('报送财政 and the reason of a 三公 item', () => {
  it('公务接待费 3,600.00 against an entered 上年数 of 3,000.00 (+20.00 %): 报送财政 is refused, naming the item, and nothing changes', async () => {
    const row = await w.prisma.priorYearFigures.findUniqueOrThrow({ where: { departmentId_year: { departmentId: w.dept045, year: YEAR } } });
    const figures = {
      totalIncome: '8665083.27', totalExpenditure: '8665083.27', generalPublicCurrent: '8665083.27',
      abroad: '0.00', reception: '3000.00', vehiclePurchase: '0.00', vehicleOperation: '45000.00', organOperating: null,
    };
    const put = await leader.put('/api/prior-year', { year: YEAR, figures, version: row.version });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const before = await digest(w.prisma);
    const res = await submitDepartment();
    expect(res.status).toBe(409);
    expect(res.body.error).toBe(
      '柳林县行政审批服务管理局有1项致命审核问题，修正后才能报送财政：\n' +
        '1. 项级科目及三公各项增减须说明原因 · 情况说明 › 增减变动原因 › 三公经费 公务接待费：公务接待费本年3,600.00元，上年3,000.00元，增加20.00%，请在情况说明页填写变动原因（左边3600.00元，右边3000.00元）',
    );
    expect(await digest(w.prisma)).toBe(before);
  });

  it('only the leader enters the reason; it is audited and versioned (a missing or stale version is refused)', async () => {
    const body = { year: YEAR, subject: 'threePublic:reception', text: '新增招商引资接待任务' };
    expect((await caiwu.put('/api/change-reasons', body)).status).toBe(403);
    expect((await leader.put('/api/change-reasons', { ...body, subject: 'functional:201' })).status).toBe(400);
    const saved = await leader.put('/api/change-reasons', body);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ subject: 'threePublic:reception', text: '新增招商引资接待任务', version: 1 });
    const audit = await w.prisma.auditLog.findFirstOrThrow({ where: { kind: 'NARRATIVE_UPDATE', entity: 'ChangeReason', entityId: 'threePublic:reception' } });
    expect(audit).toMatchObject({ departmentId: w.dept045, year: YEAR, before: null, after: { text: '新增招商引资接待任务', version: 1 } });
    expect((await leader.put('/api/change-reasons', body)).status).toBe(400); // no version: the leader did not see the saved one
    const stale = await leader.put('/api/change-reasons', { ...body, text: '别的原因', version: 7 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toBe('该变动原因已被他人修改，请刷新后重试');
  });

  it('the finding is closed, the 情况说明 quotes the reason, the page shows it, and 报送财政 is accepted', async () => {
    expect((await departmentFindings(YEAR)).filter((f) => f.ruleId === 'ITEM_CHANGE_REASON')).toEqual([]);
    const report = await leader.get(`/api/report?department=045&year=${YEAR}`);
    expect(report.status).toBe(200);
    const sentences = (report.body.narrative as { sentences: string[] }).sentences.join('\n');
    // 3,600 − 3,000 = 600 元 = 0.06万元; 600 / 3,000 = 20.00 %.
    expect(sentences).toContain('公务接待费0.36万元，比上年增加0.06万元、增长20.00%，主要原因是新增招商引资接待任务；');
    const page = await (await leader.raw('GET', `/narrative?year=${YEAR}`)).text();
    expect(page).toContain('增减变动原因');
    expect(page).toContain('新增招商引资接待任务');
    const ok = await submitDepartment();
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
  });

  it('the approval page summarises findings per unit with the counts, for the leader and the finance bureau', async () => {
    for (const client of [leader, reviewer]) {
      const html = await (await client.raw('GET', `/approval?year=${YEAR}`)).text();
      expect(html).toContain('审核问题汇总');
      expect(html).toContain('部门层面（情况说明、增减变动原因）');
      expect(html).toContain('柳林县政务服务中心');
      expect(html).toContain('项目重复填报 · 柳林县行政审批服务管理局');
      expect(html).toMatch(/审批局财务 于 \d{4}\/\d{2}\/\d{2} \d{2}:\d{2} 确认，说明：已核对：0元重复申报表/);
    }
  });
});

describe('after 批复: last year\'s 功能 项 totals are the 上年数 per 项', () => {
  it('in 2024, each 2023 项 missing from the (empty) new year needs a reason, with last year\'s exact 项 total', async () => {
    const accepted = await reviewer.post('/api/submissions/department', { action: 'accept', departmentId: w.dept045, year: YEAR });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    // Frozen with the year: the reason cannot change any more.
    const row = await w.prisma.changeReason.findFirstOrThrow({ where: { departmentId: w.dept045, year: YEAR } });
    expect((await leader.put('/api/change-reasons', { year: YEAR, subject: row.subject, text: '改', version: row.version })).status).toBe(409);

    // Expected from the demo's source lines, not from the code under test.
    const totals = new Map<string, bigint>();
    for (const l of demoLines) totals.set(l.functionalCode, (totals.get(l.functionalCode) ?? 0n) + BigInt(l.amountYuan.replace('.', '')));
    const expected = [...totals.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, fen]) => [`functional:${code}`, 'FATAL', '0.00', `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`]);
    const found = (await departmentFindings(YEAR + 1)).filter((f) => f.ruleId === 'ITEM_CHANGE_REASON' && f.key.startsWith('functional:'));
    expect(found.map((f) => [f.key, f.severity, f.left, f.right])).toEqual(expected);
    expect(found[0]!.message).toContain('减少100.00%');
  });
});
