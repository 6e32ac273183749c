import type { Page } from 'playwright-core';

/** The demo users' initial password (forced change at first sign-in). */
export const DEMO_PASSWORD = 'Demo@2023';

/**
 * Current passwords of the users of one test database: the first sign-in replaces the initial
 * password, later sign-ins (another context, after 退出登录) use the new one.
 */
export class Credentials {
  private readonly changed = new Map<string, string>();
  passwordOf(username: string): string {
    return this.changed.get(username) ?? DEMO_PASSWORD;
  }
  replace(username: string): string {
    // The password rules refuse one containing the username.
    const next = `Journey#2023-${[...username].reverse().join('')}`;
    this.changed.set(username, next);
    return next;
  }
}

/** /login, and the forced 修改初始密码 that follows a first sign-in. */
export class LoginPage {
  constructor(
    private readonly page: Page,
    private readonly credentials: Credentials,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto('/login');
  }

  /** Signs in and, if asked to, replaces the initial password; ends on a signed-in page. */
  async signIn(username: string): Promise<void> {
    await this.goto();
    await this.page.getByLabel('用户名', { exact: true }).fill(username);
    await this.page.getByLabel('密码', { exact: true }).fill(this.credentials.passwordOf(username));
    await this.page.getByRole('button', { name: '登录' }).click();
    await this.page.waitForURL((url) => !url.pathname.startsWith('/login'));
    if (new URL(this.page.url()).pathname === '/account/password') await this.changeInitialPassword(username);
  }

  async error(): Promise<string | null> {
    const alert = this.page.getByRole('alert');
    return (await alert.count()) > 0 ? alert.first().innerText() : null;
  }

  private async changeInitialPassword(username: string): Promise<void> {
    const current = this.credentials.passwordOf(username);
    const next = this.credentials.replace(username);
    await this.page.getByLabel('当前密码').fill(current);
    await this.page.getByLabel(/^新密码（/).fill(next);
    await this.page.getByLabel('再次输入新密码').fill(next);
    await this.page.getByRole('button', { name: '修改密码' }).click();
    await this.page.getByText('密码已修改').waitFor();
  }
}
