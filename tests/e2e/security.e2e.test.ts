/**
 * Issue 11 in a real browser: a page of another origin on the same host (another port, so the
 * session cookie is sent) can neither show the app in a frame nor create a line with a
 * `no-cors` fetch; and the app's own pages run under the nonce CSP without a violation.
 */
import { createServer, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../http/server';
import { Credentials, LoginPage } from './pages/LoginPage';
import { startApp, type App } from './support/app';
import { launchBrowser, newUserContext } from './support/browser';

let app: App;
let browser: Browser;
let attacker: Server;
let attackerUrl: string;
let page: Page;
const cspViolations: string[] = [];

/** The attacker's pages: one frames the app, one posts a line to it. */
function attackerPages(baseUrl: string, unitId: string): Record<string, string> {
  const line = { unitId, year: 2023, functionalCode: '2010301', deptEconCode: '30201', kind: 'BASIC', fundingSource: 'GENERAL_PUBLIC', carryover: false, amountYuan: '666.00' };
  return {
    '/frame': `<!doctype html><title>frame</title><iframe id="app" src="${baseUrl}/lines" width="800" height="600"></iframe>`,
    '/csrf': `<!doctype html><title>csrf</title><script>
      fetch('${baseUrl}/api/lines', { method: 'POST', mode: 'no-cors', credentials: 'include',
        headers: { 'Content-Type': 'text/plain; x=application/json' }, body: ${JSON.stringify(JSON.stringify(line))} })
        .finally(() => { document.title = 'sent'; });
    </script>`,
  };
}

beforeAll(async () => {
  app = await startApp('e2e_security');
  browser = await launchBrowser();
  const caiwu = await app.db.prisma.user.findUniqueOrThrow({ where: { username: 'caiwu' }, include: { unitScopes: true } });
  const pages = attackerPages(app.baseUrl, caiwu.unitScopes[0]!.unitId);
  const port = await freePort();
  attackerUrl = `http://127.0.0.1:${port}`;
  attacker = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(pages[req.url ?? ''] ?? '');
  });
  await new Promise<void>((resolve) => attacker.listen(port, '127.0.0.1', resolve));
  page = await (await newUserContext(browser, app.baseUrl)).newPage();
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  await new LoginPage(page, new Credentials()).signIn('caiwu');
});

afterAll(async () => {
  attacker?.close();
  await browser?.close();
  await app?.stop();
});

describe('another origin on the same host', () => {
  it('cannot show the signed-in app in a frame', async () => {
    await page.goto(`${attackerUrl}/frame`);
    await page.waitForTimeout(1500);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    const shown = frame ? await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '') : '';
    expect(shown).not.toContain('预算');
  });

  it('cannot create a line with a no-cors fetch carrying the session cookie', async () => {
    const before = await app.db.prisma.budgetLine.count();
    await page.goto(`${attackerUrl}/csrf`);
    await page.waitForFunction(() => document.title === 'sent');
    expect(await app.db.prisma.budgetLine.count()).toBe(before);
    expect(await app.db.prisma.budgetLine.count({ where: { amountYuan: '666.00' } })).toBe(0);
    expect(await app.db.prisma.auditLog.count({ where: { kind: 'REQUEST_REFUSED', reason: '请求来源不是本系统，已拒绝（跨站请求）' } })).toBe(1);
  });
});

describe('the app under its CSP', () => {
  it('pages render and run their scripts without a CSP violation', async () => {
    cspViolations.length = 0; // the framing test's refusal was one, as it should be
    await page.goto('/lines?year=2023');
    await expect.poll(() => page.getByRole('heading').first().innerText()).toBeTruthy();
    await page.goto('/report');
    await page.waitForLoadState('networkidle');
    expect(cspViolations).toEqual([]);
  });
});
