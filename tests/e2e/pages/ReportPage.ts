import type { Locator, Page } from 'playwright-core';

/** 公开报表 (/report): the county list, a department's 13 tables, checks and notes. */
export class ReportPage {
  constructor(private readonly page: Page) {}

  async goto(query: { department?: string; year?: number; unit?: '万元' | '元' } = {}): Promise<void> {
    const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
    await this.page.goto(`/report${search.size ? `?${search}` : ''}`);
    await this.page.getByRole('heading', { name: '公开报表', level: 1 }).waitFor();
  }

  table(number: number): Locator {
    return this.page.locator(`section[data-table="${number}"]`);
  }

  /** The data rows of table `number`: the name and the amount cells (without their ※ markers). */
  async rows(number: number): Promise<{ name: string; values: string[] }[]> {
    // Runs in the page: no named helper functions (the test transpiler would wrap them in __name).
    const rows = await this.table(number)
      .locator('tr:has(td[data-name])')
      .evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.querySelectorAll('td[data-name], td[data-col]')).map((td) => (td.querySelector('[data-amount]') ?? td).textContent ?? '')),
      );
    return rows.map(([name = '', ...values]) => ({ name: name.trim(), values: values.map((v) => v.trim()) }));
  }

  /** A value of the first row named `name` (column index among the amount columns). */
  async value(number: number, name: string, column = 0): Promise<string | null> {
    const row = (await this.rows(number)).find((r) => r.name === name);
    return row?.values[column] ?? null;
  }

  /** 表1 收入总计 in the shown unit. */
  incomeTotal(): Promise<string | null> {
    return this.value(1, '收入总计');
  }

  async isEmpty(number: number): Promise<boolean> {
    return (await this.table(number).getByText('本表无数据').count()) > 0;
  }

  async unitLabel(number: number): Promise<string> {
    return this.table(number).getByText(/^单位：/).innerText();
  }

  roundingMarkers(): Locator {
    return this.page.locator('a[href^="#rounding-"]');
  }

  async reconciliationSummary(): Promise<string> {
    return this.page.getByTestId('reconciliation-summary').innerText();
  }

  narrative(): Locator {
    return this.page.getByRole('region', { name: '情况说明' });
  }

  async switchUnit(unit: '万元' | '元'): Promise<void> {
    await this.page.getByRole('group', { name: '金额单位' }).getByRole('link', { name: unit, exact: true }).click();
    await this.table(1).getByText(`单位：${unit}`).waitFor();
  }

  /** Fetches what 下载Excel, 下载PDF, 打印 or 勾稽校验报告 points at, with the page's session. */
  async fetchExport(button: '下载Excel' | '下载PDF' | '打印' | '勾稽校验报告'): Promise<{ status: number; contentType: string; body: Buffer }> {
    const href = await this.page.getByRole('link', { name: button, exact: true }).getAttribute('href');
    const response = await this.page.request.get(href ?? '');
    return { status: response.status(), contentType: response.headers()['content-type'] ?? '', body: await response.body() };
  }

  /** County view: the departments listed (code + name) for the finance reviewer. */
  async countyDepartments(): Promise<string[]> {
    return this.page.getByRole('table', { name: '部门预算概况' }).locator('tbody tr td:first-child').allInnerTexts();
  }

  async openDepartment(code: string): Promise<void> {
    await this.page.locator(`tr[data-department="${code}"]`).getByRole('link', { name: '查看公开报表' }).click();
    await this.table(1).waitFor();
  }
}
