/**
 * Security hardening (issue 11) through HTTP on the real server: CSRF (media type, Origin,
 * Sec-Fetch-Site), the size limit, the open redirect through callbackUrl, the security headers,
 * the audit of refused writes, and errors (bad dates, the database down, 404/405, usernames in
 * any letter case). Sessions, client addresses and passwords: tests/http/accounts.test.ts.
 */
import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient } from './client';
import { basicLine, createWorld, digest, PASSWORD, type World } from './fixtures';
import { freePort, spawnNext, TEST_SECRET, waitForLogin } from './server';

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

  it('a server action streamed without Content-Length is a 411, not a 500', async () => {
    const caiwu = await w.signedIn('caiwu');
    const chunk = new TextEncoder().encode('x'.repeat(512 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 3) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await send(caiwu, 'POST', '/lines', {
      headers: { origin: w.server.baseUrl, 'next-action': '0'.repeat(42), 'content-type': 'text/plain;charset=UTF-8' },
      body: stream,
    });
    expect(res.status).toBe(411);
    expect(res.body.error).toMatch(/Content-Length/);
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
