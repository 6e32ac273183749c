import type { Page } from 'playwright-core';

/** The 导入工作簿 panel (components/workbook/ImportForm.tsx) on the lines page or the admin page. */
export class WorkbookImport {
  constructor(private readonly page: Page) {}

  /** Clicks 下载导入模板 and returns the downloaded file. */
  async downloadTemplate(): Promise<Buffer> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('link', { name: '下载导入模板' }).click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
  }

  /** Chooses the file and clicks 导入 (or 检查（试导入）), then waits for the answer. */
  async upload(name: string, content: Buffer, { dryRun = false } = {}): Promise<void> {
    await this.page.getByLabel('选择导入文件').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: content });
    await this.page.getByRole('button', { name: dryRun ? '检查（试导入）' : '导入', exact: true }).click();
    await this.page.getByRole('status').filter({ hasText: '正在处理' }).waitFor({ state: 'detached' });
  }

  errors(): Promise<string[]> {
    return this.page.getByRole('list', { name: '导入错误' }).getByRole('listitem').allInnerTexts();
  }

  success(): Promise<string | null> {
    return this.page.getByRole('status').filter({ hasText: /导入成功|检查通过/ }).first().textContent({ timeout: 10_000 });
  }

  /** The summary table's row of a unit, cell texts. */
  summaryRow(unitCode: string): Promise<string[]> {
    return this.page.getByRole('table', { name: '导入结果' }).getByRole('row').filter({ hasText: unitCode }).getByRole('cell').allInnerTexts();
  }
}
