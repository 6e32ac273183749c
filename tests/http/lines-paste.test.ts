/**
 * POST /api/lines/paste on the real server and PostgreSQL: rows pasted into the grid are saved
 * together, all or none, with one LINE_CREATE audit row each. A row the line rules refuse, a
 * unit out of scope, a submitted unit and an accepted (frozen) department are refused, and
 * every refusal leaves the database as it was (digest before/after).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { YEAR, basicLine, createWorld, digest, resetSubmissions, type World } from './fixtures';

let w: World;

beforeAll(async () => {
  w = await createWorld('http_lines_paste');
}, 600_000);

afterAll(async () => {
  await w?.close();
});

/** A 基本支出 line of the unit without unitId/year, as the grid sends it. */
const row = (amountYuan: string, change: Record<string, unknown> = {}) => {
  const { unitId: _unit, year: _year, ...line } = basicLine('x', amountYuan);
  return { ...line, ...change };
};

describe('POST /api/lines/paste', () => {
  it('saves every row in one go, each with its LINE_CREATE audit row', async () => {
    const c = await w.signedIn('caiwu');
    const before = await w.prisma.budgetLine.count({ where: { unitId: w.units.own } });
    const res = await c.post('/api/lines/paste', { unitId: w.units.own, year: YEAR, lines: [row('1,234.50'), row('２００．００', { note: '粘贴' })] });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.created).toBe(2);
    const ids = res.body.ids as string[];
    const saved = await w.prisma.budgetLine.findMany({ where: { id: { in: ids } }, orderBy: { amountYuan: 'asc' } });
    expect(saved.map((l) => [l.amountYuan.toFixed(2), l.note])).toEqual([
      ['200.00', '粘贴'],
      ['1234.50', null],
    ]);
    expect(await w.prisma.budgetLine.count({ where: { unitId: w.units.own } })).toBe(before + 2);
    expect(await w.prisma.auditLog.count({ where: { kind: 'LINE_CREATE', entityId: { in: ids } } })).toBe(2);
  });

  it('refuses the whole paste when one row breaks a line rule, naming that row, saving nothing', async () => {
    const c = await w.signedIn('caiwu');
    const before = await digest(w.prisma);
    const res = await c.post('/api/lines/paste', { unitId: w.units.own, year: YEAR, lines: [row('1.00'), row('2.00', { functionalCode: '2010388' }), row('3.00')] });
    expect(res.status).toBe(400);
    expect(res.body.field).toBe('lines.1.functionalCode');
    expect(res.body.error).toBe('第2行：功能分类科目 2010388 在2023年度不存在。没有保存任何一行，请修正后重试');
    expect(await digest(w.prisma)).toBe(before);
  });

  it('refuses a malformed amount before anything runs', async () => {
    const c = await w.signedIn('caiwu');
    const before = await digest(w.prisma);
    const res = await c.post('/api/lines/paste', { unitId: w.units.own, year: YEAR, lines: [row('1.005')] });
    expect(res.status).toBe(400);
    expect(await digest(w.prisma)).toBe(before);
  });

  it('refuses a unit of another department and the other roles with 403, changing nothing', async () => {
    const accountant = await w.signedIn('caiwu');
    const others = await Promise.all(['lingdao', 'shenhe', 'admin'].map((user) => w.signedIn(user)));
    const before = await digest(w.prisma);
    expect((await accountant.post('/api/lines/paste', { unitId: w.units.foreign, year: YEAR, lines: [row('1.00')] })).status).toBe(403);
    expect((await accountant.post('/api/lines/paste', { unitId: w.units.sibling, year: YEAR, lines: [row('1.00')] })).status).toBe(403);
    for (const c of others) expect((await c.post('/api/lines/paste', { unitId: w.units.own, year: YEAR, lines: [row('1.00')] })).status).toBe(403);
    expect(await digest(w.prisma)).toBe(before);
  });

  it('refuses a submitted unit and an accepted (frozen) department with 409, changing nothing', async () => {
    const c = await w.signedIn('caiwu');
    await w.prisma.unitSubmission.update({ where: { unitId_year: { unitId: w.units.own, year: YEAR } }, data: { status: 'SUBMITTED' } });
    let before = await digest(w.prisma);
    let res = await c.post('/api/lines/paste', { unitId: w.units.own, year: YEAR, lines: [row('1.00')] });
    expect(res.status).toBe(409);
    expect(await digest(w.prisma)).toBe(before);

    await w.prisma.unitSubmission.update({ where: { unitId_year: { unitId: w.units.own, year: YEAR } }, data: { status: 'APPROVED' } });
    await w.prisma.departmentSubmission.update({ where: { departmentId_year: { departmentId: w.dept045, year: YEAR } }, data: { status: 'ACCEPTED' } });
    before = await digest(w.prisma);
    res = await c.post('/api/lines/paste', { unitId: w.units.own, year: YEAR, lines: [row('1.00')] });
    expect(res.status).toBe(409);
    expect(await digest(w.prisma)).toBe(before);
    await resetSubmissions(w.prisma);
  });

  it('refuses a text/plain body (415) and anonymous callers (401)', async () => {
    const c = await w.signedIn('caiwu');
    const before = await digest(w.prisma);
    const anonymous = w.client();
    expect((await anonymous.post('/api/lines/paste', { unitId: w.units.own, year: YEAR, lines: [row('1.00')] })).status).toBe(401);
    const res = await c.raw('POST', '/api/lines/paste', { body: JSON.stringify({ unitId: w.units.own, year: YEAR, lines: [row('1.00')] }), contentType: 'text/plain' });
    expect(res.status).toBe(415);
    expect(await digest(w.prisma)).toBe(before);
  });
});
