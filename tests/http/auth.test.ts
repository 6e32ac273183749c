/**
 * Sign-in and sessions through HTTP on the real server: failed sign-ins and the lockout, the
 * forced password change, deactivation taking effect on the next request, the idle timeout,
 * and the refusal to start without a usable NEXTAUTH_SECRET in production.
 */
import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient } from './client';
import { PASSWORD, createWorld, digest, type World } from './fixtures';
import { TEST_SECRET, freePort, spawnNext } from './server';

let w: World;

beforeAll(async () => {
  w = await createWorld('http_auth');
}, 600_000);

afterAll(async () => {
  await w?.close();
});

const audit = (kind: string, actorId?: string) => w.prisma.auditLog.count({ where: { kind, ...(actorId && { actorId }) } });

describe('sign-in', () => {
  it('a wrong password and an unknown user are refused alike, and logged', async () => {
    expect(await w.client().signIn('caiwu', 'wrong-password1')).toBe('INVALID');
    expect(await w.client().signIn('nobody', 'wrong-password1')).toBe('INVALID');
    expect(await audit('SIGN_IN_FAILED')).toBe(2);
    const success = await w.signedIn('shenhe');
    expect(success.cookie('next-auth.session-token')).toBeTruthy();
    expect(await audit('SIGN_IN', w.users.shenhe)).toBe(1);
  });

  it('locks the account after 5 failures in 15 minutes; the 6th attempt with the right password is refused', async () => {
    const results: (string | null)[] = [];
    for (let i = 0; i < 5; i++) results.push(await w.client().signIn('caiwu99', `wrong-${i}-password`));
    expect(results).toEqual(['INVALID', 'INVALID', 'INVALID', 'INVALID', 'LOCKED']);
    const sixth = w.client();
    expect(await sixth.signIn('caiwu99', PASSWORD)).toBe('LOCKED');
    expect(sixth.cookie('next-auth.session-token')).toBeUndefined();
    const lockouts = await w.prisma.auditLog.findMany({ where: { kind: 'LOCKOUT' } });
    expect(lockouts).toHaveLength(1);
    expect(lockouts[0]).toMatchObject({ entityId: w.users.caiwu99, departmentId: w.dept099 });
    const user = await w.prisma.user.findUniqueOrThrow({ where: { username: 'caiwu99' } });
    const minutes = (user.lockedUntil!.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    expect(await w.prisma.loginAttempt.count({ where: { username: 'caiwu99', success: false } })).toBe(6);
  });

  it('signs in again once the lock and the failures are 15 minutes old', async () => {
    const past = new Date(Date.now() - 16 * 60_000);
    await w.prisma.user.update({ where: { username: 'caiwu99' }, data: { lockedUntil: past } });
    await w.prisma.loginAttempt.updateMany({ where: { username: 'caiwu99' }, data: { at: past } });
    expect(await w.client().signIn('caiwu99', PASSWORD)).toBeNull();
  });

  it('the login page is in Chinese', async () => {
    const html = await (await w.client().raw('GET', '/login?error=LOCKED')).text();
    expect(html).toContain('部门预算编制与公开系统');
    expect(html).toContain('账户已锁定，请15分钟后再试');
  });
});

describe('first sign-in', () => {
  it('forces the password change before anything else', async () => {
    await w.prisma.user.update({ where: { username: 'lingdao' }, data: { mustChangePassword: true } });
    const leader = await w.signedIn('lingdao');
    const blocked = await leader.get('/api/audit');
    expect(blocked.status).toBe(403);
    expect(blocked.body).toMatchObject({ code: 'MUST_CHANGE_PASSWORD', error: '首次登录须先修改初始密码' });
    const page = await leader.raw('GET', '/approval');
    expect(page.status).toBe(307);
    expect(page.headers.get('location')).toContain('/account/password');

    const wrong = await leader.post('/api/account/password', { currentPassword: 'nope', newPassword: 'Better2024', confirmPassword: 'Better2024' });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ field: 'currentPassword', error: '当前密码不正确' });
    const weak = await leader.post('/api/account/password', { currentPassword: PASSWORD, newPassword: 'short', confirmPassword: 'short' });
    expect(weak.body).toMatchObject({ field: 'newPassword', error: '新密码至少10位' });
    const changed = await leader.post('/api/account/password', { currentPassword: PASSWORD, newPassword: 'Better2024', confirmPassword: 'Better2024' });
    expect(changed.status).toBe(200);

    expect((await leader.get('/api/audit')).status).toBe(200);
    expect(await w.client().signIn('lingdao', PASSWORD)).toBe('INVALID');
    expect(await w.client().signIn('lingdao', 'Better2024')).toBeNull();
    expect(await audit('PASSWORD_CHANGE', w.users.lingdao)).toBe(1);
  });

  it('a user created by the administrator must change the initial password too', async () => {
    const admin = await w.signedIn('admin');
    const created = await admin.post('/api/admin/users', { username: 'newreviewer', displayName: '新审核员', role: 'FINANCE_REVIEWER', password: 'Initial2024' });
    expect(created.status).toBe(201);
    expect(created.body).not.toHaveProperty('passwordHash');
    const user = new HttpClient(w.server.baseUrl);
    expect(await user.signIn('newreviewer', 'Initial2024')).toBeNull();
    expect((await user.get('/api/audit')).body.code).toBe('MUST_CHANGE_PASSWORD');
    expect(await audit('USER_CHANGE')).toBeGreaterThanOrEqual(1);
  });

  it('refuses inconsistent roles and scopes, naming the field', async () => {
    const admin = await w.signedIn('admin');
    const before = await digest(w.prisma);
    const noUnits = await admin.post('/api/admin/users', { username: 'acc1', displayName: '甲', role: 'UNIT_ACCOUNTANT', departmentId: w.dept045, password: 'Initial2024' });
    expect(noUnits.body).toMatchObject({ field: 'unitIds', error: '单位财务须至少选择一个负责单位' });
    const foreignUnit = await admin.post('/api/admin/users', {
      username: 'acc2', displayName: '乙', role: 'UNIT_ACCOUNTANT', departmentId: w.dept045, unitIds: ['u-099001'], password: 'Initial2024',
    });
    expect(foreignUnit.body).toMatchObject({ field: 'unitIds', error: '负责单位须属于所选部门' });
    const taken = await admin.post('/api/admin/users', { username: 'caiwu', displayName: '丙', role: 'ADMIN', password: 'Initial2024' });
    expect(taken.body).toMatchObject({ field: 'username', error: '用户名“caiwu”已存在' });
    const self = await admin.patch(`/api/admin/users/${w.users.admin}`, { active: false });
    expect(self.status).toBe(409);
    expect(await digest(w.prisma)).toBe(before);
  });
});

describe('sessions', () => {
  it("a deactivated user's session stops working at the next request", async () => {
    const outsider = await w.signedIn('lingdao99');
    expect((await outsider.get('/api/audit')).status).toBe(200);
    const admin = await w.signedIn('admin');
    const res = await admin.patch(`/api/admin/users/${w.users.lingdao99}`, { active: false });
    expect(res.status).toBe(200);
    const refused = await outsider.get('/api/audit');
    expect(refused.status).toBe(401);
    expect(refused.body.error).toBe('账户已停用');
    const page = await outsider.raw('GET', '/approval');
    expect(page.headers.get('location')).toContain('/login');
    expect(await w.client().signIn('lingdao99', PASSWORD)).toBe('INACTIVE');
    const change = await w.prisma.auditLog.findFirstOrThrow({ where: { kind: 'USER_CHANGE', entityId: w.users.lingdao99 } });
    expect(change).toMatchObject({ reason: '停用账户', before: { active: true }, after: { active: false } });
  });

  it('idle sessions expire after 30 minutes; each request moves the expiry forward', async () => {
    const { sessionEpoch: epoch } = await w.prisma.user.findUniqueOrThrow({ where: { id: w.users.shenhe } });
    const authTime = Math.floor(Date.now() / 1000);
    const cookie = async (maxAge: number) => encode({ token: { sub: w.users.shenhe, name: '财政局审核员', epoch, authTime }, secret: TEST_SECRET, maxAge });
    const call = async (value: string) =>
      fetch(`${w.server.baseUrl}/api/audit?limit=1`, { headers: { cookie: `next-auth.session-token=${value}` }, redirect: 'manual' });
    expect((await call(await cookie(-60))).status).toBe(401);
    const fresh = await call(await cookie(60));
    expect(fresh.status).toBe(200);
    const renewed = fresh.headers.getSetCookie().find((c) => c.startsWith('next-auth.session-token='));
    expect(renewed).toBeDefined();
    const expires = new Date(/Expires=([^;]+)/i.exec(renewed!)![1]!).getTime();
    expect((expires - Date.now()) / 60_000).toBeGreaterThan(29);
    expect((expires - Date.now()) / 60_000).toBeLessThanOrEqual(30);
  });

  it('a forged, tampered or foreign-secret cookie is no session; a cookie split into chunks is read whole', async () => {
    const { sessionEpoch: epoch } = await w.prisma.user.findUniqueOrThrow({ where: { id: w.users.shenhe } });
    const token = { sub: w.users.shenhe, name: '财政局审核员', epoch, authTime: Math.floor(Date.now() / 1000) };
    const valid = await encode({ token, secret: TEST_SECRET, maxAge: 600 });
    const call = async (cookie: string) => (await fetch(`${w.server.baseUrl}/api/audit?limit=1`, { headers: { cookie }, redirect: 'manual' })).status;
    expect(await call(`next-auth.session-token=${valid}`)).toBe(200);
    const flipped = `${valid.slice(0, -6)}${valid.slice(-6, -5) === 'A' ? 'B' : 'A'}${valid.slice(-5)}`;
    expect(await call(`next-auth.session-token=${flipped}`)).toBe(401);
    expect(await call(`next-auth.session-token=${await encode({ token, secret: `${TEST_SECRET}-other`, maxAge: 600 })}`)).toBe(401);
    expect(await call('next-auth.session-token=not-a-token')).toBe(401);
    const half = Math.floor(valid.length / 2);
    expect(await call(`next-auth.session-token.1=${valid.slice(half)}; next-auth.session-token.0=${valid.slice(0, half)}`)).toBe(200);
  });

  it('signing out ends the session and is logged', async () => {
    const reviewer = await w.signedIn('shenhe');
    await reviewer.signOut();
    expect((await reviewer.get('/api/audit')).status).toBe(401);
    expect(await audit('SIGN_OUT', w.users.shenhe)).toBe(1);
  });
});

describe('NEXTAUTH_SECRET in production', () => {
  for (const [name, secret] of [['missing', undefined], ['shorter than 32 characters', 'too-short-secret']] as const) {
    it(`${name} → the server refuses to start with a clear message`, async () => {
      const env: Record<string, string> = { DATABASE_URL: w.db.url, NEXTAUTH_URL: 'http://127.0.0.1' };
      if (secret) env.NEXTAUTH_SECRET = secret;
      else env.NEXTAUTH_SECRET = '';
      const { child, output } = spawnNext(env, await freePort());
      const code = await new Promise<number | null>((resolve) => {
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          resolve(null);
        }, 30_000);
        child.once('exit', (c) => {
          clearTimeout(timer);
          resolve(c);
        });
      });
      expect(code, output()).toBe(1);
      expect(output()).toContain('Refusing to start: NEXTAUTH_SECRET');
    });
  }
});

describe('audit log filters', () => {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + 86_400_000));
  type Entry = { kind: string; actorId: string | null; departmentId: string | null };

  it('filters by user, kind and date range', async () => {
    const reviewer = await w.signedIn('shenhe');
    const res = await reviewer.get(`/api/audit?kind=SIGN_IN&userId=${w.users.shenhe}&from=${today}&to=${today}`);
    expect(res.status).toBe(200);
    const entries = res.body.entries as Entry[];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.kind === 'SIGN_IN' && e.actorId === w.users.shenhe)).toBe(true);
    expect((await reviewer.get(`/api/audit?from=${tomorrow}`)).body.entries).toEqual([]);
    const bad = await reviewer.get('/api/audit?from=2023/01/01');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ field: 'from', error: '起始日期格式须为 YYYY-MM-DD' });
  });

  it('a leader reads the own department only; the reviewer the whole county', async () => {
    const leader = new HttpClient(w.server.baseUrl);
    expect(await leader.signIn('lingdao', 'Better2024')).toBeNull();
    const own = (await leader.get('/api/audit?limit=500')).body.entries as Entry[];
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((e) => e.departmentId === w.dept045)).toBe(true);
    const reviewer = await w.signedIn('shenhe');
    const all = (await reviewer.get('/api/audit?limit=500')).body.entries as Entry[];
    expect(all.some((e) => e.departmentId === w.dept099)).toBe(true);
    expect(all.length).toBeGreaterThan(own.length);
  });
});
