import type { Locator, Page } from 'playwright-core';

/** The drill-down of the report page: an amount link of a table and the dialog it opens. */
export class DrillDownDialog {
  constructor(private readonly page: Page) {}

  /** The amount link of table `number`, row named `name`, amount column `column`. */
  amount(number: number, name: string, column = 0): Locator {
    return this.page
      .locator(`section[data-table="${number}"] tr:has(td[data-name])`)
      .filter({ has: this.page.locator('td[data-name]', { hasText: new RegExp(`^\\s*${name}\\s*$`) }) })
      .first()
      .locator(`td[data-col="${column}"] a[data-cell]`);
  }

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: '数据构成：预算明细' });
  }

  async open(number: number, name: string, column = 0, how: 'click' | 'keyboard' = 'click'): Promise<void> {
    const link = this.amount(number, name, column);
    if (how === 'click') await link.click();
    else {
      await link.focus();
      await this.page.keyboard.press('Enter');
    }
    await this.dialog().locator('[data-cell-lines]').waitFor();
  }

  /** The amounts (元) of the listed lines, and their stated sum. */
  async lines(): Promise<{ amounts: string[]; sum: string }> {
    const dialog = this.dialog();
    const amounts = await dialog.locator('tr[data-line] td:last-child').allInnerTexts();
    const sum = await dialog.locator('[data-sum]').innerText();
    return { amounts: amounts.map((a) => a.trim()), sum: sum.trim() };
  }

  async place(): Promise<string> {
    return this.dialog().locator('[data-cell-lines] > p').first().innerText();
  }

  async rounding(unit: '万元' | '元'): Promise<string> {
    return this.dialog().locator(`[data-rounding="${unit}"]`).innerText();
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.dialog().waitFor({ state: 'hidden' });
  }
}
