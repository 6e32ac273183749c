/**
 * The daily workspace: 待办 on the dashboard per role, the landing year, the confirmations of
 * 报送财政 / 退回 in the app's dialog, the shell's year kept across links and remembered, the
 * warning before leaving unsaved 情况说明 edits, and the app icon.
 * Browser tests because they check what a user sees and clicks.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ApprovalPage } from './pages/ApprovalPage';
import { LinesPage } from './pages/LinesPage';
import { BUREAU_UNIT_CODE, CENTRE_UNIT_CODE, DEMO_DEPARTMENT, DEMO_YEAR, useJourney } from './support/journey';

const shots = process.env.E2E_SCREENS;
const DEPARTMENT = '045 柳林县行政审批服务管理局';
const PROCUREMENT_UNIT_CODE = '045003';
const reason = '三公经费增减原因未说明，请补充后重新报送';

const todo = (page: Page) => page.getByRole('list', { name: '待办事项' });
/** Where a signed-in user lands: / without a year (the first sign-in ends on 修改初始密码). */
async function land(page: Page): Promise<Page> {
  await page.goto('/');
  await page.getByRole('heading', { name: '首页', level: 1 }).waitFor();
  return page;
}
const path = (page: Page) => {
  const url = new URL(page.url());
  return url.pathname + url.search;
};

describe('the daily workspace', () => {
  const journey = useJourney('e2e_workspace');

  it('warns the leader before leaving unsaved 情况说明 edits', async () => {
    const page = await journey.signIn('lingdao');
    await page.goto(`/narrative?year=${DEMO_YEAR}`);
    const text = page.locator('textarea').first();
    const before = await text.inputValue();
    await text.fill(`${before}（草稿）`);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '首页' }).click();
    const dialog = page.getByRole('dialog', { name: '有未保存的修改' });
    await expect.poll(() => dialog.innerText()).toContain('离开本页将丢失这些修改');
    await dialog.getByRole('button', { name: '继续编辑' }).click();
    expect(new URL(page.url()).pathname).toBe('/narrative');
    expect(await text.inputValue()).toBe(`${before}（草稿）`);

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '首页' }).click();
    await dialog.getByRole('button', { name: '放弃修改并离开' }).click();
    await page.getByRole('heading', { name: '首页', level: 1 }).waitFor();
  });

  it('the leader finds the submitted units in 待办, approves them and 报送财政 after a confirmation', async () => {
    for (const accountant of ['caiwu', 'caiwu2', 'caiwu3']) {
      const lines = new LinesPage(await journey.signIn(accountant));
      await lines.goto({ year: DEMO_YEAR });
      // 提交 needs every 审核警告 acknowledged first (the rule catalogue's gate).
      await lines.acknowledgeWarnings('已核实');
      await lines.submitForReview();
    }
    const page = await land(await journey.signIn('lingdao'));
    expect(await page.getByTestId('page-subtitle').innerText()).toContain(`${DEMO_YEAR}年度`);
    await expect.poll(() => todo(page).innerText()).toContain('柳林县政务服务中心：已提交，待审核');
    await todo(page).getByRole('link').first().click();
    const approval = new ApprovalPage(page);
    await approval.waitFor();
    expect(path(page)).toBe(`/approval?year=${DEMO_YEAR}`);
    // The amounts of the example report (收入总计 1,185.70 万元 = 本年 1,069.78 + 上年结转 115.92).
    const amounts = await approval.departmentRow(DEMO_DEPARTMENT).locator('td').allInnerTexts();
    expect(amounts.slice(2, 5)).toEqual(['1,069.78', '115.92', '1,185.70']);

    for (const unit of [BUREAU_UNIT_CODE, CENTRE_UNIT_CODE, PROCUREMENT_UNIT_CODE]) await approval.approveUnit(unit);
    // 报送财政 says what happens and does nothing until confirmed.
    await approval.departmentRow(DEMO_DEPARTMENT).getByRole('button', { name: '报送财政', exact: true }).click();
    expect(await approval.dialog().innerText()).toContain('部门及所属单位的预算数据不能再修改');
    await approval.dialog().getByRole('button', { name: '取消' }).click();
    expect(await approval.departmentStatus(DEMO_DEPARTMENT)).toBe('待报送');
    await approval.submitDepartment(DEMO_DEPARTMENT);
    if (shots) await page.screenshot({ path: `${shots}/approval-leader.png`, fullPage: true });
  });

  it('the reviewer lands on the waiting department’s year, opens it from the county overview and returns it with a required reason', async () => {
    const page = await land(await journey.signIn('shenhe'));
    expect(new URL(page.url()).searchParams.get('year')).toBeNull();
    expect(await page.getByTestId('page-subtitle').innerText()).toContain(`${DEMO_YEAR}年度`);
    expect(await page.getByLabel('预算年度（全局）').inputValue()).toBe(String(DEMO_YEAR));
    await expect.poll(() => todo(page).innerText()).toContain(`${DEPARTMENT}：已报送财政，待审核`);
    if (shots) await page.screenshot({ path: `${shots}/dashboard-reviewer.png`, fullPage: true });

    // The county overview (the shell's year, no picker of its own): filtered to 已报送财政 by the GET form, the department opens its report.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '全县汇总' }).click();
    await page.waitForURL((url) => url.pathname === '/county');
    expect(new URL(page.url()).searchParams.get('year')).toBe(String(DEMO_YEAR));
    const filter = page.getByRole('form', { name: '按报送状态筛选部门' });
    await filter.getByLabel('部门报送状态').selectOption('SUBMITTED');
    await filter.getByRole('button', { name: '筛选' }).click();
    await page.waitForURL((url) => url.searchParams.get('state') === 'SUBMITTED');
    const overview = page.getByRole('table', { name: '全县部门概况' });
    const row = overview.locator(`tr[data-department="${DEMO_DEPARTMENT}"]`);
    expect(await row.locator('td').nth(1).innerText()).toBe('已报送财政');
    // 单位: 草稿/已提交/已审核/已退回/合计 — the three demo units all 已审核; 合计 1,185.70 万元 as in the example report.
    expect((await row.locator('td').allInnerTexts()).slice(2, 7)).toEqual(['', '', '3', '', '3']);
    expect(await row.locator('td').nth(11).innerText()).toBe('1,185.70');
    // Against the 上年数 866.51 万元 the example's 情况说明 quotes: 增加319.19万元, 36.84% (docs/domain.md §7).
    expect((await row.locator('td').allInnerTexts()).slice(12, 15)).toEqual(['866.51', '+319.19', '+36.84%']);
    await row.getByRole('link', { name: /查看.*部门预算报表/ }).click();
    await page.waitForURL((url) => url.pathname === '/report' && url.searchParams.get('department') === DEMO_DEPARTMENT);
    expect(new URL(page.url()).searchParams.get('year')).toBe(String(DEMO_YEAR));
    await page.getByRole('heading', { name: '公开报表', level: 1 }).waitFor();

    await land(page);
    await todo(page).getByRole('link', { name: `${DEPARTMENT}：已报送财政，待审核` }).click();
    const approval = new ApprovalPage(page);
    await approval.waitFor();
    expect(path(page)).toBe(`/approval?year=${DEMO_YEAR}`);
    expect(await approval.departmentStatus(DEMO_DEPARTMENT)).toBe('已报送财政');

    const dialog = await approval.openDepartmentReturn(DEMO_DEPARTMENT);
    expect(await dialog.innerText()).toContain('退回原因将显示给部门领导');
    await dialog.getByRole('button', { name: '确认退回' }).click();
    await expect.poll(() => dialog.getByRole('alert').allInnerTexts()).toContain('请填写退回原因');
    expect(await approval.departmentStatus(DEMO_DEPARTMENT)).toBe('已报送财政');
    await dialog.getByLabel('退回原因（必填）').fill(reason);
    await dialog.getByRole('button', { name: '确认退回' }).click();
    await approval.departmentRow(DEMO_DEPARTMENT).locator('td').nth(1).filter({ hasText: '已退回' }).waitFor();
    expect(await approval.departmentRow(DEMO_DEPARTMENT).locator('td').nth(5).innerText()).toBe(reason);
    if (shots) await page.screenshot({ path: `${shots}/approval-reviewer.png`, fullPage: true });
  });

  it('the leader sees the return and its reason in 待办', async () => {
    const page = await land(await journey.signIn('lingdao'));
    await expect.poll(() => todo(page).innerText()).toContain('柳林县行政审批服务管理局：部门预算已被财政退回，请修改后重新报送');
    expect(await todo(page).innerText()).toContain(`退回原因：${reason}`);
    await todo(page).getByRole('link', { name: /部门预算已被财政退回/ }).click();
    await new ApprovalPage(page).waitFor();
    expect(path(page)).toBe(`/approval?year=${DEMO_YEAR}`);
  });

  it('keeps the year chosen in the shell across the side links, and remembers it for typed addresses', async () => {
    const page = await land(await journey.signIn('lingdao'));
    const nav = page.getByRole('navigation', { name: '主导航' });
    await page.getByLabel('预算年度（全局）').selectOption(String(DEMO_YEAR + 1));
    await page.waitForURL((url) => url.searchParams.get('year') === String(DEMO_YEAR + 1));
    await expect.poll(() => page.getByTestId('page-subtitle').innerText()).toContain(`${DEMO_YEAR + 1}年度`);

    await nav.getByRole('link', { name: '预算编制' }).click();
    await page.waitForURL((url) => url.pathname === '/lines');
    expect(new URL(page.url()).searchParams.get('year')).toBe(String(DEMO_YEAR + 1));
    await expect.poll(() => page.getByTestId('page-subtitle').innerText()).toContain(`${DEMO_YEAR + 1}年度`);
    await nav.getByRole('link', { name: '情况说明' }).click();
    await page.waitForURL((url) => url.pathname === '/narrative');
    expect(new URL(page.url()).searchParams.get('year')).toBe(String(DEMO_YEAR + 1));

    await page.goto('/approval');
    expect(path(page)).toBe(`/approval?year=${DEMO_YEAR + 1}`);
    expect(await new ApprovalPage(page).subtitle()).toContain(`${DEMO_YEAR + 1}年度`);
  });

  it('serves the app icon', async () => {
    const page = await journey.signIn('caiwu');
    expect(await page.locator('link[rel="icon"]').count()).toBeGreaterThan(0);
    const ico = await page.request.get('/favicon.ico');
    expect(ico.status()).toBe(200);
    expect((await ico.body()).subarray(0, 4).toString('hex')).toBe('00000100');
    const svg = await page.request.get('/icon.svg');
    expect(svg.status()).toBe(200);
    expect(await svg.text()).toContain('<svg');
  });
});
