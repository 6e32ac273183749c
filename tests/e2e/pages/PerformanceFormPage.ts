import type { Page } from 'playwright-core';

/** 绩效目标申报表 (/projects/[id]): the printed view, its findings and the editor. */
export class PerformanceFormPage {
  constructor(private readonly page: Page) {}

  async goto(projectId: string): Promise<void> {
    await this.page.goto(`/projects/${encodeURIComponent(projectId)}`);
    await this.page.getByRole('heading', { name: '绩效目标申报表', level: 1 }).waitFor();
  }

  /** The 审核提示 items (empty when none). */
  async findings(): Promise<string[]> {
    const list = this.page.getByRole('list', { name: '绩效目标审核提示' });
    return (await list.count()) > 0 ? list.locator('li').allInnerTexts() : [];
  }

  async openEditor(): Promise<void> {
    await this.page.getByRole('link', { name: /修改申报表|填报申报表/ }).click();
    await this.page.getByRole('form', { name: '绩效目标申报表' }).waitFor();
  }

  /** Sets the 符号 of every indicator row named `name` (实施期 and 年度 alike). */
  async setOperator(name: string, operator: '≥' | '≤' | '＞' | '＜' | '='): Promise<void> {
    const rows = this.page.getByRole('table', { name: '绩效指标' }).locator('tbody tr');
    for (const row of await rows.all()) {
      if ((await row.getByLabel('三级指标').inputValue()) === name) await row.getByLabel('符号').selectOption(operator);
    }
  }

  /** 保存申报表, back on the printed view. */
  async save(): Promise<void> {
    await this.page.getByRole('button', { name: '保存申报表' }).click();
    await this.page.getByRole('form', { name: '绩效目标申报表' }).waitFor({ state: 'detached' });
    await this.page.getByRole('heading', { name: '绩效目标申报表', level: 1 }).waitFor();
  }
}
