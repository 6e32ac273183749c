import type { Locator, Page } from 'playwright-core';

/** 审核 (/approval): the leader approves or returns units; the reviewer accepts or returns departments. */
export class ApprovalPage {
  constructor(private readonly page: Page) {}

  async goto(year?: number): Promise<void> {
    await this.page.goto(year ? `/approval?year=${year}` : '/approval');
    await this.page.getByRole('heading', { name: /审核报送/ }).waitFor();
  }

  /** The unit's row in 所属单位, found by its code (unit and department may share a name). */
  unitRow(unitCode: string): Locator {
    return this.page.locator('h2:has-text("所属单位") + table tr', { has: this.page.locator('td', { hasText: new RegExp(`^${unitCode} `) }) });
  }

  departmentRow(departmentCode: string): Locator {
    return this.page.locator('table').first().locator('tr', { has: this.page.locator('td', { hasText: new RegExp(`^${departmentCode} `) }) });
  }

  async unitStatus(unitCode: string): Promise<string> {
    return (await this.unitRow(unitCode).locator('td').nth(1).innerText()).trim();
  }

  async unitReturnReason(unitCode: string): Promise<string> {
    return (await this.unitRow(unitCode).locator('td').nth(2).innerText()).trim();
  }

  async approveUnit(unitCode: string): Promise<void> {
    await this.unitRow(unitCode).getByRole('button', { name: '审核通过' }).click();
    await this.unitRow(unitCode).locator('td').nth(1).filter({ hasText: '已审核' }).waitFor();
  }

  /** 退回 answers the reason prompt. */
  async returnUnit(unitCode: string, reason: string): Promise<void> {
    this.page.once('dialog', (dialog) => void dialog.accept(reason));
    await this.unitRow(unitCode).getByRole('button', { name: '退回' }).click();
    await this.unitRow(unitCode).locator('td').nth(1).filter({ hasText: '已退回' }).waitFor();
  }

  async departmentStatus(departmentCode: string): Promise<string> {
    return (await this.departmentRow(departmentCode).locator('td').nth(1).innerText()).trim();
  }

  /** The refusal a button left next to itself (role=alert), if any. */
  async lastError(): Promise<string | null> {
    const alert = this.page.getByRole('alert');
    return (await alert.count()) > 0 ? alert.first().innerText() : null;
  }
}
