/**
 * 财政局审核 (shenhe): the county list shows the demo department with its status; its report
 * reproduces the example (收入总计 1185.70 万元, 表7 本表无数据), explains the rounding gaps
 * and toggles to 元. A browser test because it checks the rendered report.
 */
import { describe, expect, it } from 'vitest';
import { LinesPage } from './pages/LinesPage';
import { ReportPage } from './pages/ReportPage';
import { DEMO_DEPARTMENT, DEMO_YEAR, useJourney } from './support/journey';

describe('财政局审核 journey', () => {
  const journey = useJourney('e2e_reviewer');

  it('sees the department in the county list and opens its report', async () => {
    const page = await journey.signIn('shenhe');
    const report = new ReportPage(page);
    await report.goto({ year: DEMO_YEAR });
    expect(await report.countyDepartments()).toContain('045 柳林县行政审批服务管理局');
    await report.openDepartment(DEMO_DEPARTMENT);

    expect(await report.incomeTotal()).toBe('1185.70');
    expect(await report.unitLabel(1)).toBe('单位：万元');
    expect(await report.isEmpty(7)).toBe(true);
    expect(await report.isEmpty(1)).toBe(false);
    // 表3 2010306 prints 1030.18 while its parts show 606.27 + 423.92: a marked, explained gap.
    expect(await report.value(3, '政务公开审批')).toBe('1030.18');
    expect(await report.roundingMarkers().count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('list', { name: '尾差说明' }).innerText()).toContain('属于舍入差异');
    expect(await report.reconciliationSummary()).toContain('未通过 0 项');
    await expect.poll(() => report.narrative().innerText()).toContain('1,185.70万元');

    // In 元 the cell is the exact sum, which rounds half-up to the 1185.70 万元 shown before.
    await report.switchUnit('元');
    expect(await report.incomeTotal()).toBe('11,856,970.06');
    expect(await report.roundingMarkers().count()).toBe(0);
  });

  it('全县汇总 and 审核报送 load in the browser without an error, showing the rows the server sent (their tables are built from texts on both sides)', async () => {
    const page = await journey.signIn('shenhe');
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (error) => errors.push(error.message));
    for (const path of [`/county?year=${DEMO_YEAR}`, `/approval?year=${DEMO_YEAR}`]) {
      const server = await (await page.request.get(path)).text();
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      // The row the server sent is the row the browser shows after hydration.
      const row = page.locator(`tr[data-department="${DEMO_DEPARTMENT}"]`).first();
      const shown = await row.evaluate((tr) => tr.outerHTML);
      expect(server).toContain(shown);
    }
    expect(errors).toEqual([]);
  });

  it('offers the workbook, the PDF, the print-ready page and the 勾稽校验报告 of the report', async () => {
    const report = new ReportPage(await journey.signIn('shenhe'));
    await report.goto({ department: DEMO_DEPARTMENT, year: DEMO_YEAR });
    const pdf = await report.fetchExport('下载PDF');
    expect(pdf.status).toBe(200);
    expect(pdf.contentType).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const checks = await report.fetchExport('勾稽校验报告');
    expect(checks.status).toBe(200);
    expect(checks.contentType).toBe('application/pdf');
    const html = await report.fetchExport('打印');
    expect(html.status).toBe(200);
    expect(html.contentType).toContain('text/html');
    expect(html.body.toString('utf8')).toContain('1185.70');
    const xlsx = await report.fetchExport('下载Excel');
    expect(xlsx.status).toBe(200);
    expect(xlsx.contentType).toContain('spreadsheetml');
    expect(xlsx.body.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('reads unit lines without being able to change them', async () => {
    const lines = new LinesPage(await journey.signIn('shenhe'));
    await lines.goto({ year: DEMO_YEAR });
    expect(await lines.readOnlyReason()).toContain('财政局审核只能查看，不能修改');
    expect(await lines.canAdd()).toBe(false);
  });
});
