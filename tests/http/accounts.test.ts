/**
 * Accounts and sessions (issue 11) through HTTP on the real server: revocation by the per-user
 * session epoch and the absolute lifetime, the client address (TRUST_PROXY), the password rules,
 * lockout by the change form, the per-address throttle, `npm run admin -- unlock`.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient } from './client';
import { createWorld, digest, PASSWORD, type World } from './fixtures';
import { freePort, spawnNext, TEST_SECRET, waitForLogin } from './server';

let w: World;

beforeAll(async () => {
  w = await createWorld('http_accounts');
}, 600_000);

afterAll(async () => {
  await w?.close();
});

describe('session revocation and lifetime', () => {
  const EXPIRED = '登录已失效，请重新登录';

  it('signing out ends every session of the user, not only the one signing out', async () => {
    const [a, b] = [await w.signedIn('shenhe'), await w.signedIn('shenhe')];
    expect((await b.get('/api/audit?limit=1')).status).toBe(200);
    await a.signOut();
    const refused = await b.get('/api/audit?limit=1');
    expect(refused.status).toBe(401);
    expect(refused.body.error).toBe(EXPIRED);
    expect((await w.signedIn('shenhe').then((c) => c.get('/api/audit?limit=1'))).status).toBe(200);
  });

  it('a password change ends the other sessions and keeps this one; its audit row has the IP', async () => {
    const [a, b] = [await w.signedIn('lingdao99'), await w.signedIn('lingdao99')];
    const changed = await a.post('/api/account/password', { currentPassword: PASSWORD, newPassword: 'Changed2024x', confirmPassword: 'Changed2024x' });
    expect(changed.status).toBe(200);
    expect((await a.get('/api/audit?limit=1')).status).toBe(200);
    expect((await b.get('/api/audit?limit=1')).body.error).toBe(EXPIRED);
    const row = await w.prisma.auditLog.findFirstOrThrow({ where: { kind: 'PASSWORD_CHANGE', actorId: w.users.lingdao99 } });
    expect(row.ip).toMatch(/127\.0\.0\.1|::1/);
    // The kept session lasts until the next revocation: signing out anywhere ends it too.
    const c = new HttpClient(w.server.baseUrl);
    expect(await c.signIn('lingdao99', 'Changed2024x')).toBeNull();
    await c.signOut();
    expect((await a.get('/api/audit?limit=1')).body.error).toBe(EXPIRED);
  });

  it("an administrator's password reset ends the user's sessions", async () => {
    const admin = await w.signedIn('admin');
    const leader = await w.signedIn('lingdao');
    const reset = await admin.patch(`/api/admin/users/${w.users.lingdao}`, { resetPassword: 'Reset2024xyz' });
    expect(reset.status).toBe(200);
    expect((await leader.get('/api/audit?limit=1')).body.error).toBe(EXPIRED);
  });

  it('a lockout ends the sessions of the locked account', async () => {
    const accountant = await w.signedIn('caiwu2');
    expect((await accountant.get('/api/audit?limit=1')).status).toBe(403); // signed in, not allowed to read the log
    for (let i = 0; i < 5; i++) await w.client().signIn('caiwu2', `wrong-${i}-password`);
    const refused = await accountant.get('/api/audit?limit=1');
    expect(refused.status).toBe(401);
    expect(refused.body.error).toBe(EXPIRED);
  });

  it('a session ends 12 hours after sign-in however active; the renewed cookie never outlives that', async () => {
    const { sessionEpoch: epoch } = await w.prisma.user.findUniqueOrThrow({ where: { id: w.users.shenhe } });
    const now = Math.floor(Date.now() / 1000);
    const cookie = (authTime: number) => encode({ token: { sub: w.users.shenhe, name: '财政局审核员', epoch, authTime }, secret: TEST_SECRET, maxAge: 600 });
    const call = async (value: string, path = '/api/audit?limit=1') =>
      fetch(`${w.server.baseUrl}${path}`, { headers: { cookie: `next-auth.session-token=${value}` }, redirect: 'manual' });
    const old = await call(await cookie(now - 13 * 3600));
    expect(old.status).toBe(401);
    expect(((await old.json()) as { error: string }).error).toBe('登录已超过12小时，请重新登录');
    const page = await call(await cookie(now - 13 * 3600), '/report');
    expect(page.headers.get('location')).toContain('/login');
    const late = await call(await cookie(now - (12 * 3600 - 600)));
    expect(late.status).toBe(200);
    const renewed = late.headers.getSetCookie().find((c) => c.startsWith('next-auth.session-token='))!;
    const expires = new Date(/Expires=([^;]+)/i.exec(renewed)![1]!).getTime();
    expect((expires - Date.now()) / 60_000).toBeLessThanOrEqual(10);
  });
});

describe('client address (TRUST_PROXY)', () => {
  /** A failed sign-in sent with extra headers; returns the IP its audit row recorded. */
  async function failedSignInIp(baseUrl: string, username: string, headers: Record<string, string>): Promise<string | null> {
    const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const form = new URLSearchParams({ csrfToken, username, password: 'wrong-password-1', json: 'true' });
    await fetch(`${baseUrl}/api/auth/callback/credentials`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: form.toString(),
      redirect: 'manual',
    });
    const row = await w.prisma.auditLog.findFirstOrThrow({ where: { kind: 'SIGN_IN_FAILED', after: { path: ['username'], equals: username } }, orderBy: { id: 'desc' } });
    return row.ip;
  }

  it('off (the default): a client-sent X-Forwarded-For or X-Real-IP is not the recorded address', async () => {
    const ip = await failedSignInIp(w.server.baseUrl, 'spoof1', { 'x-forwarded-for': '203.0.113.77', 'x-real-ip': '203.0.113.78' });
    expect(ip).toMatch(/127\.0\.0\.1|::1/);
    const attempt = await w.prisma.loginAttempt.findFirstOrThrow({ where: { username: 'spoof1' } });
    expect(attempt.ip).toBe(ip);
  });

  it('on: the last hop of X-Forwarded-For (the one the trusted proxy appended) is recorded', async () => {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const { child, output } = spawnNext({ DATABASE_URL: w.db.url, NEXTAUTH_SECRET: TEST_SECRET, NEXTAUTH_URL: baseUrl, TRUST_PROXY: '1' }, port);
    try {
      await waitForLogin(baseUrl, output);
      expect(await failedSignInIp(baseUrl, 'spoof2', { 'x-forwarded-for': '203.0.113.77, 198.51.100.9' })).toBe('198.51.100.9');
    } finally {
      child.kill('SIGTERM');
    }
  });
});

describe('passwords and refusals', () => {
  it('refuses short, two-class, common and username-containing passwords; accepts a long passphrase', async () => {
    const accountant = await w.signedIn('caiwu');
    const change = (newPassword: string) => accountant.post('/api/account/password', { currentPassword: PASSWORD, newPassword, confirmPassword: newPassword });
    const refusals: Record<string, string> = {
      password1: '新密码至少10位',
      abcdefghij: '新密码须包含大写字母、小写字母、数字、符号中的至少三类（或使用16位以上的口令短语）',
      'P@ssw0rd123': '新密码过于常见，请换一个',
      'Caiwu-Strong-2024': '新密码不能包含用户名',
    };
    const before = await digest(w.prisma);
    for (const [password, message] of Object.entries(refusals)) {
      const res = await change(password);
      expect(res.status, password).toBe(400);
      expect(res.body, password).toMatchObject({ field: 'newPassword', error: message });
    }
    expect(await digest(w.prisma)).toBe(before);
    const admin = await w.signedIn('admin');
    const created = await admin.post('/api/admin/users', { username: 'reviewer7', displayName: '审核七', role: 'FINANCE_REVIEWER', password: 'Reviewer7-2024' });
    expect(created.body).toMatchObject({ field: 'password', error: '初始密码不能包含用户名' });
    expect((await change('correct horse battery staple')).status).toBe(200);
  });

  it('wrong current passwords on the change form count towards the lockout; `npm run admin -- unlock` lets the user back in', async () => {
    const accountant = await w.signedIn('caiwu99');
    const wrong = () => accountant.post('/api/account/password', { currentPassword: 'not-my-password', newPassword: 'Another-2024x', confirmPassword: 'Another-2024x' });
    for (let i = 0; i < 4; i++) expect((await wrong()).body.error).toBe('当前密码不正确');
    const fifth = await wrong();
    expect(fifth.status).toBe(401);
    expect(fifth.body.error).toBe('账户已锁定，请15分钟后再试');
    expect((await accountant.get('/api/audit?limit=1')).status).toBe(401); // the lockout ended the session
    expect(await w.client().signIn('caiwu99', PASSWORD)).toBe('LOCKED');

    const run = await adminCommand(['unlock', 'CAIWU99']);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('已解除锁定');
    expect(await w.client().signIn('caiwu99', PASSWORD)).toBeNull();
    expect(await w.prisma.auditLog.count({ where: { kind: 'USER_CHANGE', entityId: w.users.caiwu99, reason: '服务器命令解除锁定' } })).toBe(1);
  }, 120_000);

  it('sign-in is throttled per address as well as per account', async () => {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const { child, output } = spawnNext({ DATABASE_URL: w.db.url, NEXTAUTH_SECRET: TEST_SECRET, NEXTAUTH_URL: baseUrl, TRUST_PROXY: '1' }, port);
    try {
      await waitForLogin(baseUrl, output);
      const from = (ip: string) => ({ 'x-forwarded-for': ip });
      for (let i = 0; i < 30; i++) expect(await signInVia(baseUrl, `nobody${i}`, 'wrong-password-1', from('198.51.100.50'))).toBe('INVALID');
      expect(await signInVia(baseUrl, 'shenhe', PASSWORD, from('198.51.100.50'))).toBe('THROTTLED');
      expect(await signInVia(baseUrl, 'shenhe', PASSWORD, from('198.51.100.51'))).toBeNull();
      const shenhe = await w.prisma.user.findUniqueOrThrow({ where: { username: 'shenhe' } });
      expect(shenhe.lockedUntil).toBeNull(); // the throttled attempt counted against no account
    } finally {
      child.kill('SIGTERM');
    }
  }, 120_000);

  it('the demo users do not share one password hash', async () => {
    const users = await w.prisma.user.findMany({ where: { username: { in: ['caiwu', 'caiwu2', 'lingdao', 'shenhe', 'admin'] } } });
    expect(new Set(users.map((u) => u.passwordHash)).size).toBe(users.length);
  });
});

/** `npm run admin -- …` on the test database: exit code and everything it printed. */
function adminCommand(args: string[]): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: w.db.url };
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/admin.ts', ...args], { cwd: join(import.meta.dirname, '..', '..'), env });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

/** Signs in through next-auth with extra headers; null on success, else the refusal code. */
async function signInVia(baseUrl: string, username: string, password: string, headers: Record<string, string>): Promise<string | null> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const form = new URLSearchParams({ csrfToken, username, password, json: 'true' });
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: form.toString(),
    redirect: 'manual',
  });
  const { url } = (await res.json()) as { url: string };
  return new URL(url, baseUrl).searchParams.get('error');
}
