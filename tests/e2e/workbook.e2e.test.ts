/**
 * 单位财务 (caiwu) loads the unit's budget from a workbook: downloads the template, fills it,
 * uploads a file with one bad row and sees the error naming sheet, row and column (nothing
 * imported), fixes it, imports, and the grid's total becomes the file's total.
 * A browser test because it is the user's journey: a download, a file chooser, the answer on screen.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { LinesPage } from './pages/LinesPage';
import { WorkbookImport } from './pages/WorkbookImport';
import { DEMO_YEAR, useJourney } from './support/journey';

async function fill(template: Buffer, rows: (string | number | null)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(template).buffer);
  const sheet = book.getWorksheet('明细');
  if (!sheet) throw new Error('the template has no 明细 sheet');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const row = (deptEconCode: string, amount: string | number) => ['045001', '2010306', deptEconCode, '基本支出', null, '一般公共预算', '本年', amount, '导入'];

describe('导入工作簿 journey', () => {
  const journey = useJourney('e2e_workbook');

  it('template → a bad row is shown and nothing changes → fixed → imported, the total changes', async () => {
    const page = await journey.signIn('caiwu');
    const lines = new LinesPage(page);
    await lines.goto({ year: DEMO_YEAR });
    const totalBefore = await lines.totalYuan();
    const rowsBefore = await lines.rowCount();
    const panel = new WorkbookImport(page);

    const template = await panel.downloadTemplate();
    await panel.upload('预算.xlsx', await fill(template, [row('30101', '1,000.00'), row('30201', '12.345')]));
    expect(await panel.errors()).toEqual(['工作表「明细」第3行「金额（元）」：金额最多两位小数（分），“12.345”有3位']);
    await lines.goto({ year: DEMO_YEAR });
    expect([await lines.totalYuan(), await lines.rowCount()]).toEqual([totalBefore, rowsBefore]);

    await panel.upload('预算.xlsx', await fill(template, [row('30101', '1,000.00'), row('30201', 12.34)]));
    expect(await panel.success()).toContain('导入成功');
    expect(await panel.summaryRow('045001')).toEqual(expect.arrayContaining(['2', '1,012.34']));
    await lines.goto({ year: DEMO_YEAR });
    expect(await lines.rowCount()).toBe(2);
    expect(await lines.totalYuan()).toBe('1,012.34');
  });
});
