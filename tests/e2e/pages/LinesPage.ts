import type { Page } from 'playwright-core';

export interface NewLine {
  /** 功能分类 项 code, e.g. "2010306". */
  functionalCode: string;
  /** 部门经济分类 款 code, e.g. "30201". */
  deptEconCode: string;
  kind?: 'BASIC' | 'PROJECT';
  /** The project's name, for a 项目支出 line. */
  project?: string;
  fundingSource?: 'GENERAL_PUBLIC' | 'GOV_FUND' | 'STATE_CAPITAL' | 'SPECIAL_ACCOUNT' | 'UNIT_FUNDS';
  carryover?: boolean;
  /** 元, e.g. "12300.00". */
  amount: string;
  note?: string;
}

/** 预算编制 (/lines): the unit's grid, its totals, the line form and 提交审核. */
export class LinesPage {
  constructor(private readonly page: Page) {}

  async goto(query: { unit?: string; year?: number } = {}): Promise<void> {
    const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
    await this.page.goto(`/lines${search.size ? `?${search}` : ''}`);
    await this.page.getByRole('heading', { name: '预算编制', level: 1 }).waitFor();
  }

  /** "045 … · 单位 · 2023年度 草稿". */
  subtitle(): Promise<string> {
    return this.page.getByTestId('page-subtitle').innerText();
  }

  async status(): Promise<string> {
    const text = await this.subtitle();
    return /(草稿|已提交|已审核|已退回)/.exec(text)?.[1] ?? '';
  }

  /** The 只读 notice, or null when the lines may be edited. */
  async readOnlyReason(): Promise<string | null> {
    const notice = this.page.getByRole('status').filter({ hasText: '只读' });
    return (await notice.count()) > 0 ? notice.first().innerText() : null;
  }

  totalYuan(): Promise<string> {
    return this.page.getByTestId('lines-total-yuan').innerText();
  }

  totalWan(): Promise<string> {
    return this.page.getByTestId('lines-total-wan').innerText();
  }

  rowCount(): Promise<number> {
    return this.page.locator('tr[data-line-id]').count();
  }

  async filter(column: '功能分类' | '部门经济分类' | '政府经济分类', text: string): Promise<void> {
    await this.page.getByLabel(`筛选${column}`).fill(text);
  }

  canAdd(): Promise<boolean> {
    return this.page.getByRole('link', { name: '新增明细行' }).isVisible();
  }

  /** Opens the form, fills it, saves, and waits until the grid is back. */
  async addLine(line: NewLine): Promise<void> {
    await this.page.getByRole('link', { name: '新增明细行' }).click();
    const form = this.page.getByRole('form', { name: '新增明细行' });
    await form.waitFor();
    await form.getByLabel('功能分类科目（项）').selectOption(line.functionalCode);
    await form.getByLabel('部门经济分类科目（款）').selectOption(line.deptEconCode);
    await form.getByLabel('支出类型').selectOption(line.kind ?? 'BASIC');
    if (line.project) await form.getByLabel('所属项目').selectOption({ label: line.project });
    await form.getByLabel('资金来源').selectOption(line.fundingSource ?? 'GENERAL_PUBLIC');
    await form.getByLabel('本年/上年结转').selectOption(line.carryover ? 'true' : 'false');
    await form.getByLabel('金额（元）').fill(line.amount);
    if (line.note) await form.getByLabel('备注').fill(line.note);
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'detached' });
  }

  /** The id of the grid's first line. */
  async firstLineId(): Promise<string> {
    return (await this.page.locator('tr[data-line-id]').first().getAttribute('data-line-id')) ?? '';
  }

  /** 修改 on the line's row: the form opens with the line as read now (and its version). */
  async openEdit(lineId: string): Promise<void> {
    await this.page.locator(`tr[data-line-id="${lineId}"]`).getByRole('link', { name: '修改' }).click();
    await this.editForm().waitFor();
  }

  editForm() {
    return this.page.getByRole('form', { name: '修改明细行' });
  }

  async amountInForm(): Promise<string> {
    return this.editForm().getByLabel('金额（元）').inputValue();
  }

  async setAmount(amount: string): Promise<void> {
    await this.editForm().getByLabel('金额（元）').fill(amount);
  }

  /** 保存 in the edit form; resolves once the form closed (saved) or a refusal shows (returned). */
  async saveEdit(): Promise<{ saved: true } | { saved: false; message: string }> {
    const form = this.editForm();
    await form.getByRole('button', { name: '保存' }).click();
    const refusal = form.getByRole('alert').first();
    await Promise.race([form.waitFor({ state: 'detached' }), refusal.waitFor()]);
    if ((await form.count()) === 0) return { saved: true };
    return { saved: false, message: await refusal.innerText() };
  }

  /** 载入最新数据 after a conflict: the form reopens with the current values and version. */
  async reloadLatest(): Promise<void> {
    await this.editForm().getByRole('button', { name: '载入最新数据' }).click();
    await this.editForm().getByRole('alert').waitFor({ state: 'detached' });
  }

  /** 提交审核, confirmed in the app's dialog. */
  private async confirmSubmit(): Promise<void> {
    await this.page.getByRole('button', { name: '提交审核' }).click();
    await this.page.getByRole('dialog', { name: /^提交审核：/ }).getByRole('button', { name: '确认提交' }).click();
  }

  /** 提交审核 (confirming the dialog), then waits for 已提交. */
  async submitForReview(): Promise<void> {
    await this.confirmSubmit();
    await this.page.getByTestId('page-subtitle').filter({ hasText: '已提交' }).waitFor();
  }

  /** 提交审核 (confirming the dialog) when something stops it: resolves with the refusal shown beside the button. */
  async submitRefused(): Promise<string> {
    await this.confirmSubmit();
    // The server's refusal ("…审核警告尚未确认…" / "…致命审核问题…"), not the panel's notice above the table.
    const refusal = this.page.getByRole('alert').filter({ hasText: /审核警告尚未确认|致命审核问题/ }).first();
    await refusal.waitFor();
    return refusal.innerText();
  }

  /** The 审核问题 table's rows as 级别 + 规则, e.g. "警告 项目重复填报". */
  async findings(): Promise<string[]> {
    const rows = await this.page.getByRole('table', { name: '审核问题' }).locator('tbody tr').all();
    const out: string[] = [];
    for (const row of rows) out.push(`${await row.locator('td').nth(0).innerText()} ${await row.locator('td').nth(1).innerText()}`);
    return out;
  }

  /** 确认 every open warning in the 审核问题 table, each with the note, one dialog at a time. */
  async acknowledgeWarnings(note: string): Promise<number> {
    const buttons = this.page.getByRole('table', { name: '审核问题' }).getByRole('button', { name: '确认', exact: true });
    let done = 0;
    for (let open = await buttons.count(); open > 0; open = await buttons.count()) {
      await buttons.first().click();
      const dialog = this.page.getByRole('dialog', { name: '确认审核警告' });
      await dialog.getByLabel('说明（可选）').fill(note);
      await dialog.getByRole('button', { name: '确认无误' }).click();
      await buttons.nth(open - 1).waitFor({ state: 'detached' });
      done += 1;
    }
    return done;
  }

  canSubmit(): Promise<boolean> {
    return this.page.getByRole('button', { name: '提交审核' }).isVisible();
  }
}
