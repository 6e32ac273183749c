/**
 * Every page as each role sees it, as CI artifacts: /login, then per role every page of its side
 * navigation (and the pages reached from them: a project, a line's 修改历史, the account page),
 * each checked for its title and for no error page, and saved full-page to
 * test-artifacts/screenshots/<role>-<page>.png (gitignored; CI keeps the folder).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/snapshot';
import { newUserContext } from './support/browser';
import { useJourney } from './support/journey';

const DIR = join(ROOT, 'test-artifacts', 'screenshots');

/** The <h1> each page shows (an unknown page fails: add it here). */
const TITLES: Readonly<Record<string, string>> = {
  '/dashboard': '首页',
  '/lines': '预算编制',
  '/projects': '项目与绩效目标',
  '/procurement': '政府采购',
  '/report': '公开报表',
  '/county': '全县汇总',
  '/narrative': '情况说明',
  '/approval': '审核报送',
  '/rules': '审核规则',
  '/audit': '审计日志',
  '/admin/users': '用户管理',
  '/admin/reference': '分类科目与对照表',
  '/admin/organisation': '部门与单位',
  '/admin/import': '导入工作簿',
  '/account/password': '修改密码',
  '/history': '修改历史',
  '/projects/[id]': '绩效目标申报表',
};

const ROLES = [
  ['accountant', 'caiwu'],
  ['leader', 'lingdao'],
  ['reviewer', 'shenhe'],
  ['admin', 'admin'],
] as const;

async function shoot(page: Page, name: string, key: string): Promise<void> {
  await page.waitForLoadState('load');
  const h1 = page.getByRole('heading', { level: 1 }).first();
  await h1.waitFor();
  const body = await page.locator('body').innerText();
  expect(body, `${name}: error page`).not.toContain('系统错误，请稍后重试');
  expect(body, `${name}: not found`).not.toContain('页面不存在');
  expect(await h1.innerText(), `${name}: title`).toBe(TITLES[key]);
  await page.screenshot({ path: join(DIR, `${name}.png`), fullPage: true });
}

describe('screenshots of every page', () => {
  const journey = useJourney('e2e_screens');
  mkdirSync(DIR, { recursive: true });

  it('the sign-in page', async () => {
    const page = await journey.signIn('caiwu');
    const login = await newUserContext(page.context().browser()!, new URL(page.url()).origin);
    const anonymous = await login.newPage();
    await anonymous.goto('/login');
    await anonymous.getByRole('button', { name: '登录' }).waitFor();
    await anonymous.screenshot({ path: join(DIR, 'login.png'), fullPage: true });
    await login.close();
  });

  for (const [role, username] of ROLES) {
    it(`every page of the ${role} (${username})`, async () => {
      const page = await journey.signIn(username);
      await page.goto('/dashboard');
      const links = page.getByRole('navigation', { name: '主导航' }).getByRole('link');
      const hrefs = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).filter(Boolean);
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) {
        const path = new URL(href, page.url()).pathname;
        expect(TITLES[path], `no expected title for ${path}`).toBeDefined();
        await page.goto(href);
        await shoot(page, `${role}${path.replaceAll('/', '-')}`, path);
      }
      await page.goto('/account/password');
      await shoot(page, `${role}-account-password`, '/account/password');

      if (role === 'accountant' || role === 'leader') {
        await page.goto('/projects');
        const project = page.locator('a[href^="/projects/"]:not([href*="/edit"])').first();
        if ((await project.count()) > 0) {
          await project.click();
          await page.waitForURL((url) => /^\/projects\/[^/]+$/.test(url.pathname));
          await shoot(page, `${role}-project`, '/projects/[id]');
        }
        await page.goto('/lines');
        const history = page.getByRole('link', { name: '历史' }).first();
        await history.click();
        await page.waitForURL((url) => url.pathname === '/history');
        await shoot(page, `${role}-history`, '/history');
      }
    });
  }
});
