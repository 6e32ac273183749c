/**
 * Pages of the workspace as served: the 用户管理 list shows each account's 停用 / 锁定 / 需改密
 * state (an expired lock is no lock), the dashboard lands on the year with work waiting.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from './fixtures';

let w: World;

beforeAll(async () => {
  w = await createWorld('http_workspace_pages');
}, 600_000);

afterAll(async () => {
  await w?.close();
});

/** The table row of a user on /admin/users, as HTML. */
const userRow = (html: string, username: string) => new RegExp(`<tr data-username="${username}".*?</tr>`, 's').exec(html)?.[0] ?? '';
const badges = (row: string) => [...row.matchAll(/<span class="[^"]*badge[^"]*"[^>]*>([^<]+)<\/span>/g)].map((m) => m[1]);

describe('用户管理', () => {
  it('shows 停用, 锁定 and 需改密 per account, and 正常 when none applies', async () => {
    const admin = await w.signedIn('admin');
    const soon = new Date(Date.now() + 10 * 60_000);
    const past = new Date(Date.now() - 60_000);
    await w.prisma.user.update({ where: { username: 'caiwu99' }, data: { lockedUntil: soon, mustChangePassword: false } });
    await w.prisma.user.update({ where: { username: 'lingdao99' }, data: { active: false, mustChangePassword: true } });
    await w.prisma.user.update({ where: { username: 'caiwu3' }, data: { mustChangePassword: true, lockedUntil: past } });
    await w.prisma.user.update({ where: { username: 'shenhe' }, data: { mustChangePassword: false, active: true, lockedUntil: null } });

    const html = await (await admin.raw('GET', '/admin/users')).text();
    expect(badges(userRow(html, 'caiwu99'))).toEqual(['锁定']);
    expect(badges(userRow(html, 'lingdao99'))).toEqual(['停用', '需改密']);
    expect(badges(userRow(html, 'caiwu3'))).toEqual(['需改密']);
    expect(badges(userRow(html, 'shenhe'))).toEqual(['正常']);
  });
});

describe('首页', () => {
  it('opens on the year of a returned unit, with the reason in 待办', async () => {
    await w.prisma.unitSubmission.update({ where: { unitId_year: { unitId: w.units.own, year: 2023 } }, data: { status: 'RETURNED', returnReason: '请核对差旅费' } });
    await w.prisma.unitSubmission.createMany({ data: [{ unitId: w.units.own, year: 2024, status: 'DRAFT' }], skipDuplicates: true });
    const html = await (await (await w.signedIn('caiwu')).raw('GET', '/dashboard')).text();
    expect(html).toContain('2023年度预算编制与报送概况');
    expect(html).toMatch(/退回原因：(<!-- -->)?请核对差旅费/);
  });
});
