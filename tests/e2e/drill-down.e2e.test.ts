/**
 * Drill-down on the report page (docs/domain.md §13): 部门领导 clicks an amount of 表3, in 万元
 * and in 元, and sees the lines behind it, their exact sum and the rounding to the cell; the
 * keyboard opens it too. A browser test because the dialog is UI.
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { DrillDownDialog } from './pages/DrillDownDialog';
import { ReportPage } from './pages/ReportPage';
import { DEMO_DEPARTMENT, DEMO_YEAR, useJourney } from './support/journey';

describe('drill-down journey', () => {
  const journey = useJourney('e2e_drill');

  it('lists the lines of an amount whose exact sum rounds to it, in 万元 and 元', async () => {
    const page = await journey.signIn('lingdao');
    const report = new ReportPage(page);
    const drill = new DrillDownDialog(page);
    await report.goto({ department: DEMO_DEPARTMENT, year: DEMO_YEAR });

    const shownWan = await report.value(3, '合计', 0);
    expect(shownWan).toMatch(/^\d+\.\d{2}$/);
    await drill.open(3, '合计', 0);
    expect(await drill.place()).toContain('表3');
    const { amounts, sum } = await drill.lines();
    expect(amounts.length).toBeGreaterThan(1);
    const total = amounts.reduce((acc, a) => acc.plus(a), new Decimal(0));
    expect(sum).toBe(total.toFixed(2));
    expect(total.div(10000).toFixed(2, Decimal.ROUND_HALF_UP)).toBe(shownWan);
    expect(await drill.rounding('万元')).toContain(`= ${shownWan} 万元`);
    if (process.env.DRILL_SCREENSHOT) await page.screenshot({ path: `${process.env.DRILL_SCREENSHOT}.dialog.png` });
    await drill.close();

    await report.switchUnit('元');
    const shown = (await report.value(3, '合计', 0)) ?? '';
    expect(shown).toMatch(/^\d{1,3}(,\d{3})*\.\d{2}$/); // the 元 view groups thousands
    const shownYuan = shown.replaceAll(',', '');
    expect(shownYuan).toBe(total.toFixed(2));
    await drill.open(3, '合计', 0, 'keyboard');
    expect((await drill.lines()).sum).toBe(shownYuan);
    await drill.close();
  });

  it('the amount link itself (the path without JavaScript) leads to a page with the same lines', async () => {
    const page = await journey.signIn('caiwu');
    const report = new ReportPage(page);
    const drill = new DrillDownDialog(page);
    await report.goto({ department: DEMO_DEPARTMENT, year: DEMO_YEAR });
    const shownWan = await report.value(6, '合计', 0);
    const href = await drill.amount(6, '合计', 0).getAttribute('href');
    expect(href).toMatch(/^\/report\/cell\?/);
    await page.goto(href ?? '');
    await page.getByRole('heading', { name: '数据构成：预算明细', level: 1 }).waitFor();
    const amounts = await page.locator('tr[data-line] td:last-child').allInnerTexts();
    const total = amounts.reduce((acc, a) => acc.plus(a.trim()), new Decimal(0));
    expect(await page.locator('[data-sum]').innerText()).toBe(total.toFixed(2));
    expect(total.div(10000).toFixed(2, Decimal.ROUND_HALF_UP)).toBe(shownWan);
    if (process.env.DRILL_SCREENSHOT) await page.screenshot({ path: process.env.DRILL_SCREENSHOT, fullPage: true });
  });
});
