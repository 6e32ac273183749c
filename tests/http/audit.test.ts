/**
 * 审计日志 and 修改历史 on the real server: GET /api/audit pages (page, limit, total); the /audit
 * page filters by unit and user through pickers of the caller's scope, by kind and dates, shows 50
 * rows a page with page links and words instead of JSON; a leader sees only the department's rows;
 * /history shows a line's changes before → after in 元, to its own unit's accountant and not to
 * another department.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from './client';
import { basicLine, createWorld, type World } from './fixtures';

let w: World;
let leader: HttpClient;
let lineId: string;
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const tomorrow = new Date(Date.now() + 32 * 3600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  w = await createWorld('http_audit');
  leader = await w.signedIn('lingdao');
  const caiwu = await w.signedIn('caiwu');
  const created = await caiwu.post('/api/lines', basicLine(w.units.own, '1000.00'));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  lineId = created.body.id as string;
  const updated = await caiwu.patch(`/api/lines/${lineId}`, { version: created.body.version, amountYuan: '1234.50', note: '按定员调整' });
  expect(updated.status, JSON.stringify(updated.body)).toBe(200);
  // 120 narrative rows of department 045 by its leader, 5 of department 099: enough for three pages.
  const row = (departmentId: string, i: number, actor: string) => ({
    kind: 'NARRATIVE_UPDATE', actorId: w.users[actor]!, actorName: actor, entity: 'NarrativeSection', entityId: `k${i}`, departmentId, year: 2023,
    before: { body: `旧${i}` }, after: { body: `新${i}` },
  });
  await w.prisma.auditLog.createMany({ data: Array.from({ length: 120 }, (_, i) => row(w.dept045, i, 'lingdao')) });
  await w.prisma.auditLog.createMany({ data: Array.from({ length: 5 }, (_, i) => row(w.dept099, i, 'lingdao99')) });
}, 600_000);

afterAll(async () => {
  await w?.close();
});

type Entry = { id: string; departmentId: string; kind: string };

describe('GET /api/audit paging', () => {
  it('pages the filtered rows newest first and counts them all, the leader’s department only', async () => {
    const page = (n: number) => leader.get(`/api/audit?kind=NARRATIVE_UPDATE&limit=50&page=${n}`);
    const [one, two, three] = [await page(1), await page(2), await page(3)];
    expect([one.body.total, two.body.total, three.body.total]).toEqual([120, 120, 120]);
    const lists = [one, two, three].map((r) => r.body.entries as Entry[]);
    expect(lists.map((l) => l.length)).toEqual([50, 50, 20]);
    const ids = lists.flat().map((e) => BigInt(e.id));
    expect(new Set(ids).size).toBe(120);
    expect(ids.every((id, i) => i === 0 || id < ids[i - 1]!)).toBe(true);
    expect(lists.flat().every((e) => e.departmentId === w.dept045)).toBe(true);
    const outsider = await w.signedIn('lingdao99');
    expect((await outsider.get('/api/audit?kind=NARRATIVE_UPDATE')).body.total).toBe(5);
  });

  it('refuses a bad page number, naming the field', async () => {
    const res = await leader.get('/api/audit?page=0');
    expect(res.status).toBe(400);
    expect(res.body.field).toBe('page');
  });
});

describe('/audit page', () => {
  it('offers units and users of the leader’s department by name, and pages 50 rows with links', async () => {
    const html = await (await leader.raw('GET', '/audit')).text();
    expect(html).toContain('审批局财务（caiwu）');
    expect(html).not.toContain('测试局领导');
    expect(html).not.toContain('柳林县测试中心');
    expect(html).toMatch(/共 \d+ 条，第 1–50 条/);
    expect(html).toContain('href="/audit?page=2"');
    expect(html.match(/data-audit-kind=/g)).toHaveLength(50);
    expect(html).not.toContain('&quot;amountYuan&quot;');
  });

  it('filters by user and kind, shows the change in words and 元, and keeps the filter in page links', async () => {
    const html = await (await leader.raw('GET', `/audit?userId=${w.users.caiwu}&kind=LINE_UPDATE&from=${today}&to=${today}`)).text();
    expect(html.match(/data-audit-kind="LINE_UPDATE"/g)).toHaveLength(1);
    expect(html).toContain('金额：1,000.00 元 → 1,234.50 元');
    expect(html).toContain('备注：（空） → 按定员调整');
    expect(html).toContain(`/history?entity=line&amp;id=${lineId}`);
    const later = await (await leader.raw('GET', `/audit?from=${tomorrow}`)).text();
    expect(later).toContain('没有符合条件的记录');
    const narrative = await (await leader.raw('GET', `/audit?kind=NARRATIVE_UPDATE&page=3`)).text();
    expect(narrative.match(/data-audit-kind="NARRATIVE_UPDATE"/g)).toHaveLength(20);
    expect(narrative).toContain('href="/audit?kind=NARRATIVE_UPDATE&amp;page=2"');
  });

  it('shows another department’s leader nothing of this department, even asked by unit', async () => {
    const outsider = await w.signedIn('lingdao99');
    const html = await (await outsider.raw('GET', `/audit?unitId=${w.units.own}`)).text();
    expect(html).toContain('没有符合条件的记录');
  });
});

describe('/history of a line', () => {
  it('shows its accountant who changed what, before → after in 元', async () => {
    const caiwu = await w.signedIn('caiwu');
    const html = await (await caiwu.raw('GET', `/history?entity=line&id=${lineId}`)).text();
    expect(html).toContain('共 2 次操作');
    expect(html).toContain('新增明细行');
    expect(html).toContain('修改明细行');
    expect(html).toContain('审批局财务');
    expect(html).toMatch(/<del[^>]*>1,000.00 元<\/del> → <span>1,234.50 元<\/span>/);
  });

  it('shows nothing to another department or another unit’s accountant', async () => {
    for (const username of ['caiwu99', 'caiwu2']) {
      const html = await (await (await w.signedIn(username)).raw('GET', `/history?entity=line&id=${lineId}`)).text();
      expect(html, username).toContain('没有可查看的修改记录');
    }
  });
});
