/**
 * 单位财务 (caiwu) in the lines grid, keyboard first: types three lines without the mouse, codes
 * picked by typing part of a name; pastes ten rows copied from a spreadsheet with one bad row
 * (the error is on that row, nothing is saved, even on Ctrl+Enter), fixes the row in place and
 * saves all ten at once. A browser test because it is the user's hands on the grid.
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { LinesPage } from './pages/LinesPage';
import { DEMO_YEAR, useJourney } from './support/journey';

const plain = (text: string) => new Decimal(text.replaceAll(',', ''));

/** Ten rows as Excel copies them (header row, tab-separated, CRLF); the 4th names a 功能 项 that does not exist. */
const SHEET = [
  ['功能分类科目编码', '部门经济分类科目编码', '支出类型', '项目名称', '资金来源', '本年/上年结转', '金额（元）', '备注'],
  ...Array.from({ length: 10 }, (_, i) => [i === 3 ? '2010388' : '2010306', i % 2 === 0 ? '30201' : '30211', '基本支出', '', '一般公共预算', '本年', `${i + 1},000.50`, `粘贴${i + 1}`]),
]
  .map((r) => r.join('\t'))
  .join('\r\n');
/** 1,000.50 + 2,000.50 + … + 10,000.50 */
const PASTED_TOTAL = '55005.00';

describe('预算明细行 grid journey', () => {
  const journey = useJourney('e2e_grid');

  it('types three lines with the keyboard only, picking codes by name', async () => {
    const page = await journey.signIn('caiwu');
    const lines = new LinesPage(page);
    await lines.goto({ year: DEMO_YEAR });
    const rows = await lines.rowCount();
    const before = plain(await lines.totalYuan());

    await lines.typeLine({ functional: '政务公开审批', deptEcon: '基本工资', amount: '1,234.56', note: '键盘录入一' });
    await lines.typeLine({ functional: '政务公开审批', deptEcon: '差旅费', amount: '２００', note: '全角数字' });
    await lines.typeLine({ functional: '2010306', deptEcon: '3020', amount: '99.44' });

    expect(await lines.rowCount()).toBe(rows + 3);
    await expect.poll(async () => plain(await lines.totalYuan()).minus(before).toFixed(2), { timeout: 15_000 }).toBe('1534.00');
    // The typed names resolved to their codes, and 备注 is a column of the grid.
    await lines.filter('部门经济分类', '基本工资');
    await expect.poll(() => lines.grid().locator('tr[data-line-id]').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/2010306 政务公开审批\s+30101 基本工资[\s\S]*1,234\.56\s+键盘录入一/)]),
    );
  });

  it('pastes ten rows with one bad row: nothing saved until it is fixed, then all ten in one go', async () => {
    const page = await journey.signIn('caiwu');
    const lines = new LinesPage(page);
    await lines.goto({ year: DEMO_YEAR });
    const rows = await lines.rowCount();
    const before = plain(await lines.totalYuan());

    await lines.paste(SHEET);
    await expect.poll(() => lines.draftCount()).toBe(10);
    await expect.poll(() => lines.draftIssues()).toEqual(['功能分类：功能分类科目 2010388 在2023年度不存在']);
    await expect.poll(() => page.getByRole('status').allInnerTexts()).toContainEqual(expect.stringContaining('已粘贴10行'));

    await lines.saveDrafts();
    await page.waitForTimeout(300);
    expect(await lines.draftCount()).toBe(10);
    await page.getByRole('button', { name: '放弃新增行' }).click();
    await lines.goto({ year: DEMO_YEAR });
    expect(await lines.rowCount()).toBe(rows); // nothing was saved
    expect(plain(await lines.totalYuan()).equals(before)).toBe(true);

    await lines.paste(SHEET);
    await expect.poll(() => lines.draftCount()).toBe(10);
    const bad = lines.grid().locator('tr[data-draft]').nth(3);
    await bad.getByRole('gridcell', { name: '功能分类', exact: true }).click();
    await lines.grid().press('Enter');
    await lines.editor('功能分类').fill('2010306');
    await lines.editor('功能分类').press('Enter');
    await lines.editor('部门经济分类').press('Escape');
    await lines.saveDrafts();
    await expect.poll(() => lines.rowCount(), { timeout: 15_000 }).toBe(rows + 10);
    expect(await lines.draftCount()).toBe(0);
    await expect.poll(async () => plain(await lines.totalYuan()).minus(before).toFixed(2), { timeout: 15_000 }).toBe(PASTED_TOTAL);
  });

  it('deletes a line with Ctrl+Delete after the app’s confirmation', async () => {
    const page = await journey.signIn('caiwu');
    const lines = new LinesPage(page);
    await lines.goto({ year: DEMO_YEAR });
    const rows = await lines.rowCount();
    const id = await lines.firstLineId();
    await lines.deleteLine(id);
    expect(await lines.rowCount()).toBe(rows - 1);
    expect(await page.locator(`tr[data-line-id="${id}"]`).count()).toBe(0);
  });

  it('shows subtotals by 经济 款 and keeps the header and totals in view while scrolling', async () => {
    const page = await journey.signIn('caiwu');
    const lines = new LinesPage(page);
    await lines.goto({ year: DEMO_YEAR });
    await lines.ready();
    await page.getByLabel('小计方式').selectOption('econ');
    // Only the rows in view are drawn: the first group's subtotal is among them.
    await expect.poll(() => lines.grid().locator('tr[data-subtotal]').first().innerText()).toMatch(/^小计（款）\d{5} \S+（\d+行）\s+[\d,]+\.\d\d\s*$/);
    const grid = lines.grid();
    await grid.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    const box = await grid.boundingBox();
    const header = await grid.getByRole('columnheader', { name: '功能分类' }).boundingBox();
    const total = await page.getByTestId('lines-total-yuan').boundingBox();
    expect(box && header && header.y >= box.y - 1 && header.y < box.y + 40).toBe(true);
    expect(box && total && total.y + total.height <= box.y + box.height + 1).toBe(true);
  });
});
