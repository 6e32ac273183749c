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

  /** 添加指标, then 一级 (chosen with the mouse, after the row starts as 产出指标/数量指标), name and a quantitative value. */
  async addIndicator(i: { level1: '产出指标' | '效益指标' | '满意度指标'; name: string; operator: '≥' | '≤'; value: string; unit: string }): Promise<void> {
    // Indicator rows only (an empty table has a 尚无绩效指标 row).
    const rows = this.page.getByRole('table', { name: '绩效指标' }).locator('tbody tr:has(select[aria-label="一级指标"])');
    const before = await rows.count();
    await this.page.getByRole('button', { name: '添加指标' }).click();
    const row = rows.nth(before);
    await row.getByLabel('一级指标').selectOption(i.level1);
    await row.getByLabel('三级指标').fill(i.name);
    await row.getByLabel('符号').selectOption(i.operator);
    await row.getByLabel('数值').fill(i.value);
    await row.getByLabel('单位').fill(i.unit);
  }

  /** The 二级指标 shown on the last indicator row. */
  lastLevel2(): Promise<string> {
    return this.page.getByRole('table', { name: '绩效指标' }).locator('tbody tr').last().getByLabel('二级指标').inputValue();
  }

  /** 保存申报表, back on the printed view. */
  async save(): Promise<void> {
    await this.page.getByRole('button', { name: '保存申报表' }).click();
    await this.page.getByRole('form', { name: '绩效目标申报表' }).waitFor({ state: 'detached' });
    await this.page.getByRole('heading', { name: '绩效目标申报表', level: 1 }).waitFor();
  }
}
