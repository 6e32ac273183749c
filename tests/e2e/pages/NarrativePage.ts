import type { Locator, Page } from 'playwright-core';

/** 情况说明 (/narrative): the sections, the 上年数 form and the 增减变动原因 panel of the leader's department. */
export class NarrativePage {
  constructor(private readonly page: Page) {}

  async goto(year: number): Promise<void> {
    await this.page.goto(`/narrative?year=${year}`);
    await this.page.getByRole('heading', { name: '情况说明', level: 1 }).waitFor();
  }

  /** Types one 上年数 (label as in the form, e.g. 公务接待费) and saves the form. */
  async enterPriorYear(label: string, amount: string): Promise<void> {
    const form = this.page.getByRole('form', { name: '上年数' });
    await form.getByLabel(`上年${label}`, { exact: true }).fill(amount);
    await form.getByRole('button', { name: '保存上年数' }).click();
    await form.getByRole('status').filter({ hasText: '上年数已保存' }).waitFor();
  }

  /** The panel's row of a subject ("threePublic:reception", "functional:2010301"). */
  reasonRow(subject: string): Locator {
    return this.page.getByRole('table', { name: '增减变动原因' }).locator(`tr[data-subject="${subject}"]`);
  }

  async enterReason(subject: string, text: string): Promise<void> {
    const row = this.reasonRow(subject);
    await row.getByRole('textbox').fill(text);
    await row.getByRole('button', { name: '保存原因' }).click();
    await row.getByRole('status').filter({ hasText: '已保存' }).waitFor();
  }
}
