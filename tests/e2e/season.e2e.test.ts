/**
 * Starting a season in the browser: the 系统管理员 creates a department and a unit on 部门与单位;
 * the 部门领导 enters 上年数 and sees the year-on-year comparison; the 单位财务 copies last year's
 * budget into the next year and sees the lines appear.
 */
import { describe, expect, it } from 'vitest';
import { LinesPage } from './pages/LinesPage';
import { DEMO_YEAR, useJourney } from './support/journey';

const shots = process.env.E2E_SCREENS;

describe('a new season', () => {
  const journey = useJourney('e2e_season');

  it('the admin creates a department and a unit, which the table then lists', async () => {
    const page = await journey.signIn('admin');
    await page.goto('/admin/organisation');
    const department = page.getByRole('form', { name: '新建部门' });
    await department.getByLabel('部门编码').fill('130');
    await department.getByLabel('部门名称').fill('柳林县浏览器测试局');
    await department.getByRole('button', { name: '新建部门' }).click();
    await expect.poll(() => department.getByRole('status').allInnerTexts()).toContain('已新建部门 130 柳林县浏览器测试局');
    const unit = page.getByRole('form', { name: '新建单位' });
    await unit.getByLabel('所属部门').selectOption('130');
    await unit.getByLabel('单位编码').fill('130001');
    await unit.getByLabel('单位名称').fill('柳林县浏览器测试局本级');
    await unit.getByRole('button', { name: '新建单位' }).click();
    await expect.poll(() => page.getByRole('table', { name: '部门与单位' }).innerText()).toContain('柳林县浏览器测试局本级');
    await unit.getByLabel('所属部门').selectOption('130');
    await unit.getByLabel('单位编码').fill('045009');
    await unit.getByLabel('单位名称').fill('错位的单位');
    await unit.getByRole('button', { name: '新建单位' }).click();
    await expect.poll(() => unit.getByRole('alert').allInnerTexts()).toContain('单位编码须以所属部门编码开头');
    if (shots) await page.screenshot({ path: `${shots}/organisation.png`, fullPage: true });
  });

  it('the leader enters 上年数 and the comparison appears', async () => {
    const page = await journey.signIn('lingdao');
    await page.goto(`/narrative?year=${DEMO_YEAR}`);
    const form = page.getByRole('form', { name: '上年数' });
    await form.getByLabel('上年收入总计').fill('10,000,000.00');
    await form.getByRole('button', { name: '保存上年数' }).click();
    await expect.poll(() => form.innerText()).toContain('比上年增加185.70万元、增长18.57%');
    if (shots) await page.screenshot({ path: `${shots}/narrative.png`, fullPage: true });
  });

  it('the accountant copies last year into the next year', async () => {
    const page = await journey.signIn('caiwu');
    const lines = new LinesPage(page);
    await lines.goto({ year: DEMO_YEAR + 1 });
    expect(await lines.rowCount()).toBe(0);
    await page.getByRole('button', { name: '复制上年预算' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '开始复制' }).click();
    await expect.poll(() => dialog.getByRole('status').innerText()).toMatch(/复制明细行\d+条/);
    if (shots) await page.screenshot({ path: `${shots}/copy.png`, fullPage: true });
    await lines.goto({ year: DEMO_YEAR + 1 });
    expect(await lines.rowCount()).toBeGreaterThan(0);
  });
});
