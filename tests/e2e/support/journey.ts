/**
 * The frame of a journey file: the app and one browser for the file, a fresh context (cookies)
 * per signed-in user, and the users' current passwords (the first sign-in changes them).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
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

  beforeAll(async () => {
    app = await startApp(label);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  return {
    async signIn(username) {
      if (!app || !browser) throw new Error('the journey has not started');
      const context = await newUserContext(browser, app.baseUrl);
      const page = await context.newPage();
      await new LoginPage(page, credentials).signIn(username);
      return page;
    },
  };
}
