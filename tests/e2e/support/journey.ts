/**
 * The frame of a journey file: the app and one browser for the file, a fresh context (cookies)
 * per signed-in user, and the users' current passwords (the first sign-in changes them).
 */
import type { Browser, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { Credentials, LoginPage } from '../pages/LoginPage';
import { startApp, type App } from './app';
import { launchBrowser, newUserContext } from './browser';

export const DEMO_DEPARTMENT = '045';
export const DEMO_YEAR = 2023;
/** Demo units: 审批局 (caiwu's), 政务服务中心 (caiwu2's). */
export const BUREAU_UNIT_CODE = '045001';
export const CENTRE_UNIT_CODE = '045002';

export interface Journey {
  /** Signs `username` in, in a context of its own, and returns its page. */
  signIn(username: string): Promise<Page>;
}

export function useJourney(label: string): Journey {
  let app: App | undefined;
  let browser: Browser | undefined;
  const credentials = new Credentials();
  const pages: { username: string; page: Page }[] = [];

  beforeAll(async () => {
    app = await startApp(label);
    browser = await launchBrowser();
  });

  // A failed test leaves a screenshot of every page it opened: $TMPDIR/budget-e2e-screens/<test>-<n>-<user>.png
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') {
      const dir = join(tmpdir(), 'budget-e2e-screens');
      mkdirSync(dir, { recursive: true });
      const name = task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60);
      for (const [n, { username, page }] of pages.entries()) {
        await page.screenshot({ path: join(dir, `${name}-${n}-${username}.png`), fullPage: true }).catch(() => undefined);
      }
    }
    pages.length = 0;
  });

  afterAll(async () => {
    // E2E_SERVER_LOG=1 prints what the app's server printed (errors of pages and actions).
    if (process.env.E2E_SERVER_LOG && app) console.log(`--- ${label} server output ---\n${app.output()}`);
    await browser?.close();
    await app?.stop();
  });

  return {
    async signIn(username) {
      if (!app || !browser) throw new Error('the journey has not started');
      const context = await newUserContext(browser, app.baseUrl);
      const page = await context.newPage();
      if (process.env.E2E_SERVER_LOG) page.on('console', (m) => m.type() === 'error' && console.log(`[${username} browser] ${m.text()}`));
      page.on('pageerror', (error) => console.log(`[${username} page error] ${error.message}`));
      pages.push({ username, page });
      await new LoginPage(page, credentials).signIn(username);
      return page;
    },
  };
}
