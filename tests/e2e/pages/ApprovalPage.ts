import type { Locator, Page } from 'playwright-core';

/** 审核 (/approval): the leader approves or returns units and 报送财政; the reviewer 批复 or returns departments. Every step confirms in the app's dialog. */
export class ApprovalPage {
  constructor(private readonly page: Page) {}

  async goto(year?: number): Promise<void> {
    await this.page.goto(year ? `/approval?year=${year}` : '/approval');
    await this.waitFor();
  }

  async waitFor(): Promise<void> {
    await this.page.getByRole('heading', { name: '审核报送', level: 1 }).waitFor();
  }

  /** "2023年度 · …". */
  subtitle(): Promise<string> {
    return this.page.getByTestId('page-subtitle').innerText();
  }

  /** The unit's row in 所属单位, found by its code (unit and department may share a name). */
  unitRow(unitCode: string): Locator {
    return this.page.getByRole('table', { name: '所属单位' }).locator(`tr[data-unit="${unitCode}"]`);
  }

  departmentRow(departmentCode: string): Locator {
    return this.page.getByRole('table', { name: '部门报送' }).locator(`tr[data-department="${departmentCode}"]`);
  }

  async unitStatus(unitCode: string): Promise<string> {
    return (await this.unitRow(unitCode).locator('td').nth(1).innerText()).trim();
  }

  /** Columns: 单位, 状态, 本年, 上年结转, 合计, 退回原因, 操作. */
  async unitReturnReason(unitCode: string): Promise<string> {
    return (await this.unitRow(unitCode).locator('td').nth(5).innerText()).trim();
  }

  /** 合计（万元） of the unit. */
  async unitTotal(unitCode: string): Promise<string> {
    return (await this.unitRow(unitCode).locator('td').nth(4).innerText()).trim();
  }

  async departmentStatus(departmentCode: string): Promise<string> {
    return (await this.departmentRow(departmentCode).locator('td').nth(1).innerText()).trim();
  }

  /** The open confirmation. */
  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Opens the step's dialog from the row, fills the reason when given, and confirms. */
  private async confirm(row: Locator, label: string, reason?: string): Promise<void> {
    await row.getByRole('button', { name: label, exact: true }).click();
    const dialog = this.dialog();
    if (reason !== undefined) await dialog.getByLabel('退回原因（必填）').fill(reason);
    await dialog.getByRole('button', { name: `确认${label}` }).click();
  }

  async approveUnit(unitCode: string): Promise<void> {
    await this.confirm(this.unitRow(unitCode), '审核通过');
    await this.unitRow(unitCode).locator('td').nth(1).filter({ hasText: '已审核' }).waitFor();
  }

  async returnUnit(unitCode: string, reason: string): Promise<void> {
    await this.confirm(this.unitRow(unitCode), '退回', reason);
    await this.unitRow(unitCode).locator('td').nth(1).filter({ hasText: '已退回' }).waitFor();
  }

  async submitDepartment(departmentCode: string): Promise<void> {
    await this.confirm(this.departmentRow(departmentCode), '报送财政');
    await this.departmentRow(departmentCode).locator('td').nth(1).filter({ hasText: '已报送财政' }).waitFor();
  }

  /** Opens 退回 on the department, without confirming. */
  async openDepartmentReturn(departmentCode: string): Promise<Locator> {
    await this.departmentRow(departmentCode).getByRole('button', { name: '退回', exact: true }).click();
    return this.dialog();
  }

  async returnDepartment(departmentCode: string, reason: string): Promise<void> {
    await this.confirm(this.departmentRow(departmentCode), '退回', reason);
    await this.departmentRow(departmentCode).locator('td').nth(1).filter({ hasText: '已退回' }).waitFor();
  }

  /** The refusal a step left (role=alert), if any. */
  async lastError(): Promise<string | null> {
    const alert = this.page.getByRole('alert');
    return (await alert.count()) > 0 ? alert.first().innerText() : null;
  }
}
