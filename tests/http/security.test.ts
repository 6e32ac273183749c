/**
 * Security hardening (issue 11) through HTTP on the real server: CSRF (media type, Origin,
 * Sec-Fetch-Site), the size limit, the open redirect through callbackUrl, the security headers,
 * the audit of refused writes, session revocation (the per-user epoch) and the absolute lifetime.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient } from './client';
import { basicLine, createWorld, digest, PASSWORD, type World } from './fixtures';
import { freePort, spawnNext, TEST_SECRET } from './server';

let w: World;

beforeAll(async () => {
  w = await createWorld('http_security');
}, 600_000);

afterAll(async () => {
  await w?.close();
});

const FOREIGN = 'http://127.0.0.1:4199';

/** A request carrying the client's session cookie and any headers a browser (or attacker) would send. */
async function send(client: HttpClient, method: string, path: string, init: { headers?: Record<string, string>; body?: BodyInit } = {}) {
  const session = client.cookie('next-auth.session-token');
  const headers: Record<string, string> = { ...(session && { cookie: `next-auth.session-token=${session}` }), ...init.headers };
  const res = await fetch(w.server.baseUrl + path, { method, headers, body: init.body, redirect: 'manual', duplex: 'half' } as RequestInit);
  const text = await res.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = { text };
  }
  return { status: res.status, body, headers: res.headers };
}

const lineBody = () => JSON.stringify(basicLine(w.units.own, '12.34'));
const refusals = () => w.prisma.auditLog.findMany({ where: { kind: 'REQUEST_REFUSED' }, orderBy: { id: 'asc' } });

describe('audit of refusals', () => {
  it('a refused write is audited with the user, the IP and the action', async () => {
    const accountant = await w.signedIn('caiwu');
    const res = await accountant.post('/api/lines', basicLine(w.units.foreign));
    expect(res.status).toBe(403);
    const row = (await refusals()).at(-1)!;
    expect(row).toMatchObject({ actorId: w.users.caiwu, entityId: 'POST /api/lines', after: { operation: 'line.create', status: 403, code: 'FORBIDDEN' } });
    expect(row.ip).toMatch(/127\.0\.0\.1|::1/);
  });

});

describe('CSRF: media type', () => {
  it('refuses text/plain that merely mentions application/json, and other look-alikes; nothing changes', async () => {
    const caiwu = await w.signedIn('caiwu');
    const before = await digest(w.prisma);
    for (const contentType of ['text/plain; x=application/json', 'text/plain', 'application/jsonx', 'application/json; charset=latin1', 'application/json; x=1', 'multipart/form-data; boundary=x']) {
      const res = await send(caiwu, 'POST', '/api/lines', { headers: { 'content-type': contentType }, body: lineBody() });
      expect(res.status, contentType).toBe(415);
      expect(res.body.error).toBe('请求内容类型须为 application/json');
    }
    expect(await digest(w.prisma)).toBe(before);
  });

  it('accepts application/json with or without charset=utf-8', async () => {
    const caiwu = await w.signedIn('caiwu');
    for (const contentType of ['application/json', 'Application/JSON; charset=UTF-8', 'application/json;charset="utf-8"']) {
      const res = await send(caiwu, 'POST', '/api/lines', { headers: { 'content-type': contentType }, body: lineBody() });
      expect(res.status, contentType).toBe(201);
    }
  });
});

describe('CSRF: origin', () => {
  it('refuses a write from another origin (another port of the same host) with a Chinese 403, audited', async () => {
    const caiwu = await w.signedIn('caiwu');
    const before = await digest(w.prisma);
    const res = await send(caiwu, 'POST', '/api/lines', { headers: { 'content-type': 'application/json', origin: FOREIGN }, body: lineBody() });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'FORBIDDEN', error: '请求来源不是本系统，已拒绝（跨站请求）' });
    const nullOrigin = await send(caiwu, 'POST', '/api/lines', { headers: { 'content-type': 'application/json', origin: 'null' }, body: lineBody() });
    expect(nullOrigin.status).toBe(403);
    const crossSite = await send(caiwu, 'POST', '/api/lines', { headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-site' }, body: lineBody() });
    expect(crossSite.status).toBe(403);
    expect(await digest(w.prisma)).toBe(before);
    const rows = (await refusals()).filter((r) => r.reason === '请求来源不是本系统，已拒绝（跨站请求）');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ actorId: w.users.caiwu, entityId: 'POST /api/lines', after: { operation: 'line.create', status: 403 } });
  });

  it('accepts the own origin and same-origin fetch metadata', async () => {
    const caiwu = await w.signedIn('caiwu');
    const own = await send(caiwu, 'POST', '/api/lines', { headers: { 'content-type': 'application/json', origin: w.server.baseUrl }, body: lineBody() });
    expect(own.status).toBe(201);
    const meta = await send(caiwu, 'POST', '/api/lines', { headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' }, body: lineBody() });
    expect(meta.status).toBe(201);
  });

  it('a server action posted from another origin is a 403, not a 500', async () => {
    const caiwu = await w.signedIn('caiwu');
    const res = await send(caiwu, 'POST', '/lines', {
      headers: { origin: FOREIGN, 'next-action': '0'.repeat(42), 'content-type': 'text/plain;charset=UTF-8' },
      body: '[]',
    });
    expect(res.status).toBe(403);
    expect(res.body.error).toBe('请求来源不是本系统，已拒绝（跨站请求）');
  });

  it("next-auth's own endpoints refuse a foreign origin too (no forced sign-in or sign-out)", async () => {
    const res = await send(w.client(), 'POST', '/api/auth/signout', { headers: { origin: FOREIGN, 'content-type': 'application/x-www-form-urlencoded' }, body: 'json=true' });
    expect(res.status).toBe(403);
  });
});

describe('body size', () => {
  it('a JSON body over 10 MB is a 413, by Content-Length or by what is streamed', async () => {
    const caiwu = await w.signedIn('caiwu');
    const big = JSON.stringify({ ...basicLine(w.units.own), padding: 'x'.repeat(10 * 1024 * 1024) });
    const declared = await send(caiwu, 'POST', '/api/lines', { headers: { 'content-type': 'application/json' }, body: big });
    expect(declared.status).toBe(413);
    expect(declared.body.error).toBe('请求内容不得超过 10 MB');
    const chunk = new TextEncoder().encode('x'.repeat(1024 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 20) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await send(caiwu, 'POST', '/api/lines', { headers: { 'content-type': 'application/json' }, body: stream });
    expect(streamed.status).toBe(413);
  });

  it('a server action over 1 MB is a 413, not a 500', async () => {
    const caiwu = await w.signedIn('caiwu');
    const res = await send(caiwu, 'POST', '/lines', {
      headers: { origin: w.server.baseUrl, 'next-action': '0'.repeat(42), 'content-type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify(['x'.repeat(1536 * 1024)]),
    });
    expect(res.status).toBe(413);
    expect(res.body.error).toBe('请求内容不得超过 1 MB');
  });
});

describe('open redirect', () => {
  it('the login page keeps only a same-origin path as callbackUrl', async () => {
    for (const evil of ['/\\127.0.0.1:4199/pwned', '//127.0.0.1:4199/pwned', 'http://127.0.0.1:4199/pwned', '/\t/127.0.0.1:4199/pwned']) {
      const html = await (await w.client().raw('GET', `/login?callbackUrl=${encodeURIComponent(evil)}`)).text();
      expect(html, evil).not.toContain('127.0.0.1:4199');
    }
    const html = await (await w.client().raw('GET', `/login?callbackUrl=${encodeURIComponent('/lines?year=2023')}`)).text();
    expect(html).toContain('/lines?year=2023');
  });

  it("next-auth's redirect after sign-in stays on this origin", async () => {
    const client = w.client();
    const csrf = (await (await client.raw('GET', '/api/auth/csrf')).json()) as { csrfToken: string };
    for (const evil of ['/\\127.0.0.1:4199/pwned', 'http://127.0.0.1:4199/pwned']) {
      const form = new URLSearchParams({ csrfToken: csrf.csrfToken, username: 'shenhe', password: PASSWORD, json: 'true', callbackUrl: evil });
      const res = await client.raw('POST', '/api/auth/callback/credentials', { body: form.toString(), contentType: 'application/x-www-form-urlencoded' });
      const { url } = (await res.json()) as { url: string };
      expect(url, evil).toBe(`${w.server.baseUrl}/`);
    }
  });
});

describe('security headers', () => {
  const expectHeaders = (headers: Headers) => {
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp.split(';').find((d) => d.trim().startsWith('script-src'))).not.toContain('unsafe-inline');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('same-origin');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('strict-transport-security')).toBeNull(); // served over http here
  };

  it('on pages, redirects and API responses; each page carries its nonce on its scripts', async () => {
    const shenhe = await w.signedIn('shenhe');
    const login = await w.client().raw('GET', '/login');
    expectHeaders(login.headers);
    const nonce = /'nonce-([^']+)'/.exec(login.headers.get('content-security-policy') ?? '')![1]!;
    const html = await login.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => !s.includes(`nonce="${nonce}"`))).toEqual([]);
    const report = await shenhe.raw('GET', '/report');
    expect(report.status).toBe(200);
    expectHeaders(report.headers);
    expectHeaders((await w.client().raw('GET', '/lines')).headers); // the redirect to /login
    expectHeaders((await shenhe.raw('GET', '/api/audit?limit=1')).headers);
    const other = (await w.client().raw('GET', '/login')).headers.get('content-security-policy');
    expect(other).not.toContain(nonce);
  });
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

async function waitForLogin(baseUrl: string, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (await fetch(`${baseUrl}/login`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`next start did not answer:\n${output()}`);
}

describe('errors', () => {
  it('an impossible date in the audit filter is a 400 in Chinese, on the API and on the /audit page', async () => {
    const reviewer = await w.signedIn('shenhe');
    const from = await reviewer.get('/api/audit?from=2023-99-99');
    expect(from.status).toBe(400);
    expect(from.body).toMatchObject({ field: 'from', error: '起始日期不是有效的日期' });
    const to = await reviewer.get('/api/audit?to=0000-00-00');
    expect(to.status).toBe(400);
    expect(to.body).toMatchObject({ field: 'to', error: '截止日期不是有效的日期' });
    expect((await reviewer.get('/api/audit?from=2024-02-30')).status).toBe(400);
    expect((await reviewer.get('/api/audit?from=2024-02-29')).status).toBe(200);
    const page = await reviewer.raw('GET', '/audit?from=2023-99-99');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('起始日期不是有效的日期');
  });

  it('an unknown page is a 404 in Chinese', async () => {
    const res = await (await w.signedIn('shenhe')).raw('GET', '/no-such-page');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('页面不存在');
  });

  it('GET of the credentials callback is a 405 in Chinese, not a 500', async () => {
    const res = await w.client().get('/api/auth/callback/credentials');
    expect(res.status).toBe(405);
    expect(res.body.error).toBe('请通过登录页面提交用户名和密码');
  });

  it('usernames are case-insensitive: sign-in in any case, no second user differing only in case', async () => {
    expect(await w.client().signIn('ShenHe', PASSWORD)).toBeNull();
    const admin = await w.signedIn('admin');
    const before = await digest(w.prisma);
    const taken = await admin.post('/api/admin/users', { username: 'CAIWU', displayName: '重复', role: 'FINANCE_REVIEWER', password: 'Initial2024x' });
    expect(taken.status).toBe(400);
    expect(taken.body).toMatchObject({ field: 'username', error: '用户名“CAIWU”已存在' });
    expect(await digest(w.prisma)).toBe(before);
    const hash = (await w.prisma.user.findUniqueOrThrow({ where: { username: 'caiwu' } })).passwordHash;
    await expect(w.prisma.user.create({ data: { username: 'Caiwu', displayName: '重复', role: 'ADMIN', passwordHash: hash } })).rejects.toMatchObject({ code: 'P2002' });
  });

  it('with the database down, sign-in and API calls answer one Chinese line, never the database error', async () => {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const { child, output } = spawnNext({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:9/unreachable', NEXTAUTH_SECRET: TEST_SECRET, NEXTAUTH_URL: baseUrl }, port);
    try {
      await waitForLogin(baseUrl, output);
      const client = new HttpClient(baseUrl);
      expect(await client.signIn('caiwu', PASSWORD)).toBe('UNAVAILABLE');
      const token = await encode({ token: { sub: w.users.shenhe, name: '审核', epoch: 0, authTime: Math.floor(Date.now() / 1000) }, secret: TEST_SECRET, maxAge: 600 });
      const res = await fetch(`${baseUrl}/api/audit`, { headers: { cookie: `next-auth.session-token=${token}` } });
      const text = await res.text();
      expect(res.status).toBe(500);
      const body = JSON.parse(text) as { error: string; requestId: string };
      expect(body.error).toBe(`系统错误，请稍后重试（请求编号 ${body.requestId}）`);
      expect(text).not.toMatch(/prisma|127\.0\.0\.1|ECONNREFUSED|invocation/i);
      expect(output()).toContain(body.requestId);
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
