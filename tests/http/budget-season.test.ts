/**
 * Starting a budget season through HTTP on the real server and PostgreSQL: 上年数 (PUT /api/prior-year)
 * by the department leader only, feeding the 情况说明's year-on-year sentences; 复制上年预算
 * (POST /api/copy-year) by the accountant for the own unit; every other caller 403 and nothing
 * changes; bad input 400 in Chinese.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { YEAR, createWorld, digest, type World } from './fixtures';

let w: World;

beforeAll(async () => {
  w = await createWorld('http_season');
}, 600_000);

afterAll(async () => {
  await w?.close();
});

const priorDigest = async () => {
  const rows = await w.prisma.$queryRawUnsafe<{ d: string | null }[]>(
    `SELECT string_agg("departmentId" || ':' || year || ':' || coalesce("totalIncome"::text, '-') || ':' || version, ',' ORDER BY 1) AS d FROM "PriorYearFigures"`,
  );
  return `${rows[0]?.d ?? ''}${await digest(w.prisma)}`;
};

const figures = {
  totalIncome: '10000000.00',
  totalExpenditure: '10000000.00',
  generalPublicCurrent: '10000000.00',
  abroad: '0.00',
  reception: '4000.00',
  vehiclePurchase: '0.00',
  vehicleOperation: '45000.00',
  organOperating: '500000.00',
};

describe('PUT /api/prior-year', () => {
  it('the leader enters 上年数; the report then compares with them, computed from 元', async () => {
    const leader = await w.signedIn('lingdao');
    const { version } = await w.prisma.priorYearFigures.findUniqueOrThrow({ where: { departmentId_year: { departmentId: w.dept045, year: YEAR } } });
    const res = await leader.put('/api/prior-year', { year: YEAR, version, figures });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const report = await leader.get(`/api/report?department=045&year=${YEAR}&format=json`);
    const text = (report.body.narrative as { sentences: string[] }).sentences.join('\n');
    // 收入总计 11,856,970.06 − 10,000,000.00 = 1,856,970.06 元 → 185.70 万元; 1,856,970.06 / 10,000,000 = 18.5697% → 18.57%
    expect(text).toContain('比上年增加185.70万元、增长18.57%');
    // 公务接待费 3,600.00 (0.36 万元 in the example) − 4,000.00 = −400 元 → 0.04 万元; 400 / 4,000 = 10.00%
    expect(text).toContain('公务接待费0.36万元，比上年减少0.04万元、下降10.00%');
    expect(text).toContain('上年数来源：收入总计、支出总计、一般公共预算当年拨款、因公出国（境）费、公务接待费、公务用车购置费、公务用车运行维护费、机关运行经费由部门填报。');
  });

  it('the 情况说明 page shows each 上年数 with its source and the comparison', async () => {
    const html = await (await w.signedIn('lingdao')).raw('GET', `/narrative?year=${YEAR}`).then((r) => r.text());
    for (const text of ['上年数与同比', '部门填报', '比上年增加185.70万元、增长18.57%', '保存上年数']) expect(html).toContain(text);
    const lines = await (await w.signedIn('caiwu')).raw('GET', `/lines?year=${YEAR}`).then((r) => r.text());
    expect(lines).toContain('复制上年预算');
  });

  it('bad input is 400 in Chinese; other roles 403; nothing changes', async () => {
    const leader = await w.signedIn('lingdao');
    const others = await Promise.all(['caiwu', 'shenhe', 'admin'].map((u) => w.signedIn(u)));
    const before = await priorDigest();
    const bad = await leader.put('/api/prior-year', { year: YEAR, version: 2, figures: { ...figures, reception: '12.345' } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'INVALID_INPUT', field: 'figures.reception' });
    expect(bad.body.error).toContain('上年公务接待费');
    for (const client of others) expect((await client.put('/api/prior-year', { year: YEAR, figures })).status).toBe(403);
    expect(await priorDigest()).toBe(before);
  });
});

describe('POST /api/copy-year', () => {
  it('reviewer, admin and another department’s accountant get 403; nothing changes', async () => {
    const clients = await Promise.all(['shenhe', 'admin', 'caiwu99'].map((u) => w.signedIn(u)));
    const leader99 = await w.signedIn('lingdao99');
    const before = await digest(w.prisma);
    for (const client of clients) expect((await client.post('/api/copy-year', { toYear: YEAR + 1, unitId: w.units.own, amounts: 'KEEP' })).status).toBe(403);
    expect((await leader99.post('/api/copy-year', { toYear: YEAR + 1, departmentCode: '045', amounts: 'KEEP' })).status).toBe(403);
    expect(await digest(w.prisma)).toBe(before);
  });

  it('bad input is 400 in Chinese and changes nothing', async () => {
    const caiwu = await w.signedIn('caiwu');
    const before = await digest(w.prisma);
    const both = await caiwu.post('/api/copy-year', { toYear: YEAR + 1, unitId: w.units.own, departmentCode: '045', amounts: 'KEEP' });
    expect(both.status).toBe(400);
    expect(both.body.error).toBe('须选择一个单位，或整个部门（二者选一）');
    const amounts = await caiwu.post('/api/copy-year', { toYear: YEAR + 1, unitId: w.units.own, amounts: 'HALF' });
    expect(amounts.status).toBe(400);
    expect(amounts.body.field).toBe('amounts');
    expect(await digest(w.prisma)).toBe(before);
  });

  it('the accountant copies the own unit into the next year; a second copy needs the replace confirmation', async () => {
    const caiwu = await w.signedIn('caiwu');
    const first = await caiwu.post('/api/copy-year', { toYear: YEAR + 1, unitId: w.units.own, amounts: 'KEEP' });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const copied = await w.prisma.budgetLine.count({ where: { unitId: w.units.own, year: YEAR + 1 } });
    expect(copied).toBe((first.body.units as { lines: number }[])[0]?.lines);
    expect(copied).toBeGreaterThan(0);
    const before = await digest(w.prisma);
    const again = await caiwu.post('/api/copy-year', { toYear: YEAR + 1, unitId: w.units.own, amounts: 'ZERO' });
    expect(again.status).toBe(409);
    expect(again.body.error).toContain('替换已有数据');
    expect(await digest(w.prisma)).toBe(before);
  });
});
