/**
 * 单位财务 (caiwu): a new 预算明细行 moves the 公开报表 by exactly its amount, the grid refuses
 * what the line rules refuse, a stale edit shows the current value, and 提交审核 makes the unit read-only.
 * A browser test because it checks what the user sees: the grid, its totals and the rendered report.
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { LinesPage } from './pages/LinesPage';
import { ReportPage } from './pages/ReportPage';
import { DEMO_DEPARTMENT, DEMO_YEAR, useJourney } from './support/journey';

describe('单位财务 journey', () => {
  const journey = useJourney('e2e_accountant');

  it('adds a line and sees 收入总计 grow by exactly that amount in 万元', async () => {
    const page = await journey.signIn('caiwu');
    const report = new ReportPage(page);
    await report.goto({ department: DEMO_DEPARTMENT, year: DEMO_YEAR });
    const before = await report.incomeTotal();
    expect(before).toBe('1185.70');

    const lines = new LinesPage(page);
    await lines.goto({ year: DEMO_YEAR });
    const rows = await lines.rowCount();
    const gridBefore = await lines.totalYuan();
    await lines.addLine({ functionalCode: '2010306', deptEconCode: '30201', amount: '12300.00', note: '浏览器测试' });
    expect(await lines.rowCount()).toBe(rows + 1);
    const gridAfter = await lines.totalYuan();
    expect(new Decimal(gridAfter.replaceAll(',', '')).minus(gridBefore.replaceAll(',', '')).toFixed(2)).toBe('12300.00');

    await report.goto({ department: DEMO_DEPARTMENT, year: DEMO_YEAR });
    const after = await report.incomeTotal();
    expect(after).toBe('1186.93');
    expect(new Decimal(after ?? '0').minus(before ?? '0').toFixed(2)).toBe('1.23');
  });

  it('refuses an amount with more than two decimals, in Chinese, on the row, saving nothing', async () => {
    const page = await journey.signIn('caiwu');
    const lines = new LinesPage(page);
    await lines.goto({ year: DEMO_YEAR });
    const rows = await lines.rowCount();
    await lines.enterLine({ functional: '2010306', deptEcon: '30201', amount: '10.005' });
    await expect.poll(() => lines.draftIssues()).toEqual(['金额（元）：金额最多两位小数（分），“10.005”有3位']);
    await lines.goto({ year: DEMO_YEAR });
    expect(await lines.rowCount()).toBe(rows);
  });

  it('shows the current value when someone else saved the line first', async () => {
    const first = new LinesPage(await journey.signIn('caiwu'));
    const second = new LinesPage(await journey.signIn('caiwu'));
    await first.goto({ year: DEMO_YEAR });
    await second.goto({ year: DEMO_YEAR });
    const id = await first.firstLineId();

    expect(await first.editCell(id, '金额（元）', '1000.00')).toEqual({ saved: true });
    const refused = await second.editCell(id, '金额（元）', '2000.00');
    expect(refused.saved).toBe(false);
    expect(refused.saved ? '' : refused.message).toContain('当前金额为 1,000.00 元，已被 审批局财务 修改');

    await second.reloadLatest(id);
    await expect.poll(() => second.cell(id, '金额（元）').innerText(), { timeout: 15_000 }).toBe('1,000.00');
  });

  it('is stopped at 提交 by an open warning, acknowledges it with a note, and submits; the lines are then read-only', async () => {
    const page = await journey.signIn('caiwu');
    const lines = new LinesPage(page);
    await lines.goto({ year: DEMO_YEAR });
    expect(await lines.status()).toBe('草稿');
    expect(await lines.findings()).toContain('警告 项目重复填报'); // the demo's 0-元 duplicate filing
    expect(await lines.submitRefused()).toMatch(/^柳林县行政审批服务管理局有\d+项审核警告尚未确认，请逐项确认后再提交：/);
    expect(await lines.status()).toBe('草稿');
    expect(await lines.acknowledgeWarnings('0元重复申报表，已与财政局核对')).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('table', { name: '审核问题' }).innerText()).toContain('已确认（审批局财务）：0元重复申报表，已与财政局核对');
    await lines.submitForReview();
    await lines.goto({ year: DEMO_YEAR });
    expect(await lines.status()).toBe('已提交');
    expect(await lines.readOnlyReason()).toContain('单位预算已提交，不能修改');
    expect(await lines.canAdd()).toBe(false);
    expect(await lines.canSubmit()).toBe(false);
  });

  it('cannot open another department’s report', async () => {
    const page = await journey.signIn('caiwu');
    await new ReportPage(page).goto({ department: '999', year: DEMO_YEAR });
    await expect.poll(() => page.getByRole('alert').allInnerTexts()).toContain('无权查看该部门的公开报表，或该部门不存在。');
  });
});
