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

/** A line as typed into the grid: codes or names for the pickers. */
export interface TypedLine {
  functional: string;
  deptEcon: string;
  project?: string;
  amount: string;
  note?: string;
}

/** 预算编制 (/lines): the unit's grid (edited in place), its totals and 提交审核. */
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

  /** The grid (role grid, 预算明细行). */
  grid() {
    return this.page.getByRole('grid', { name: '预算明细行' });
  }

  /** Waits until the grid is hydrated (data-ready): input before that would be lost or reset by React. */
  async ready(): Promise<void> {
    await this.page.locator('[role="grid"][aria-label="预算明细行"][data-ready]').waitFor();
  }

  /** The number of saved lines (the grid draws only the rows in view). */
  async rowCount(): Promise<number> {
    return Number(await this.grid().getAttribute('data-line-count'));
  }

  async filter(column: '功能分类' | '部门经济分类' | '政府经济分类', text: string): Promise<void> {
    await this.page.getByLabel(`筛选${column}`).fill(text);
  }

  canAdd(): Promise<boolean> {
    return this.page.getByRole('button', { name: '新增行', exact: true }).isVisible();
  }

  /** The editor open in the active cell (a code combobox, a select or a text box). */
  editor(column: string) {
    return this.grid().getByLabel(`编辑${column}`, { exact: true });
  }

  /**
   * Types a new line with the keyboard only: 新增行 opens the first cell; each Enter takes the
   * cell and opens the next; codes are picked by typing a code or a name into the combobox; the
   * Enter on 备注 saves the row. Resolves when the grid shows one more saved line.
   */
  async typeLine(line: TypedLine): Promise<void> {
    const before = await this.rowCount();
    await this.enterLine(line);
    await this.page.waitForFunction((n) => Number(document.querySelector('[role=grid]')?.getAttribute('data-line-count')) > n, before);
  }

  /** typeLine without waiting for the save (for a row the grid refuses). */
  async enterLine(line: TypedLine): Promise<void> {
    await this.page.getByRole('button', { name: '新增行', exact: true }).click();
    await this.enterCode('功能分类', line.functional);
    await this.enterCode('部门经济分类', line.deptEcon);
    await this.editor('政府经济分类').press('Enter'); // 按对照表
    const kind = this.editor('支出类型');
    if (line.project) await kind.press('ArrowDown'); // 项目支出
    await kind.press('Enter');
    const project = this.editor('所属项目');
    if (line.project) await project.selectOption({ label: line.project });
    await project.press('Enter');
    await this.editor('资金来源').press('Enter');
    await this.editor('本年/上年结转').press('Enter');
    await this.editor('金额（元）').pressSequentially(line.amount);
    await this.editor('金额（元）').press('Enter');
    if (line.note) await this.editor('备注').pressSequentially(line.note);
    await this.editor('备注').press('Enter');
  }

  /** In the open code combobox: types the text, waits for the option, takes it with Enter. */
  private async enterCode(column: string, text: string): Promise<void> {
    const box = this.editor(column);
    await box.pressSequentially(text);
    await this.page.getByRole('listbox', { name: `编辑${column}候选` }).getByRole('option').first().waitFor();
    await box.press('Enter');
  }

  /** Adds a line through the grid (codes typed as codes). */
  async addLine(line: NewLine): Promise<void> {
    await this.typeLine({ functional: line.functionalCode, deptEcon: line.deptEconCode, project: line.project, amount: line.amount, note: line.note });
  }

  /** The id of the grid's first line. */
  async firstLineId(): Promise<string> {
    return (await this.page.locator('tr[data-line-id]').first().getAttribute('data-line-id')) ?? '';
  }

  cell(lineId: string, column: string) {
    return this.page.locator(`tr[data-line-id="${lineId}"]`).getByRole('gridcell', { name: column, exact: true });
  }

  /**
   * Edits one cell of a saved line in place: click it, Enter, type, Enter (which saves). Resolves
   * once saved, or with the refusal shown on the row.
   */
  async editCell(lineId: string, column: string, text: string): Promise<{ saved: true } | { saved: false; message: string }> {
    await this.cell(lineId, column).click();
    await this.grid().press('Enter');
    const editor = this.editor(column);
    await editor.fill(text);
    await editor.press('Enter');
    const refusal = this.page.locator(`tr[data-issues-for="${lineId}"]`).getByRole('alert');
    await this.page.waitForFunction(
      (id) => document.querySelector(`tr[data-issues-for="${id}"]`) !== null || document.querySelector('[role=grid]')?.getAttribute('data-dirty') === 'false',
      lineId,
    );
    if ((await refusal.count()) === 0) return { saved: true };
    return { saved: false, message: await refusal.innerText() };
  }

  /** Ctrl+Delete on a saved line, confirmed in the app's dialog; resolves once the grid has one line less. */
  async deleteLine(lineId: string): Promise<void> {
    const before = await this.rowCount();
    await this.cell(lineId, '金额（元）').click();
    await this.grid().press('Control+Delete');
    await this.page.getByRole('dialog', { name: '删除明细行' }).getByRole('button', { name: '确定删除' }).click();
    await this.page.waitForFunction((n) => Number(document.querySelector('[role=grid]')?.getAttribute('data-line-count')) < n, before);
  }

  /** 载入最新数据 on the row after a conflict: the row shows the current values. */
  async reloadLatest(lineId: string): Promise<void> {
    await this.page.locator(`tr[data-issues-for="${lineId}"]`).getByRole('button', { name: '载入最新数据' }).click();
    await this.page.locator(`tr[data-issues-for="${lineId}"]`).waitFor({ state: 'detached' });
  }

  /**
   * Pastes spreadsheet text into the grid as the browser does on Ctrl+V (a paste event with
   * text/plain on the focused grid).
   */
  async paste(text: string): Promise<void> {
    await this.grid().focus();
    await this.grid().evaluate((grid, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data);
      grid.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, text);
  }

  /** The draft rows' issues as shown under each, in order. */
  async draftIssues(): Promise<string[]> {
    return this.grid().locator('tr[data-issues-for^="draft-"] [role=alert]').allInnerTexts();
  }

  /** Draft rows (typed or pasted, not saved yet). */
  async draftCount(): Promise<number> {
    return Number(await this.grid().getAttribute('data-draft-count'));
  }

  /** Ctrl+Enter on the grid: saves every draft row together (only when all pass). */
  async saveDrafts(): Promise<void> {
    await this.grid().focus();
    await this.grid().press('Control+Enter');
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
