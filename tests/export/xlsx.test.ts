/** The workbook renderer, read back with exceljs: sheets, numeric cells from the wire strings, formats. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AMOUNT_FORMAT, renderReportXlsx, sheetName } from '@/lib/export/xlsx';
import { wireFixture } from './fixture';

async function readBack(): Promise<ExcelJS.Workbook> {
  const bytes = await renderReportXlsx(wireFixture());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return wb;
}

/** The first row with `text` in column `col` (any column when omitted). */
function findRow(ws: ExcelJS.Worksheet, text: string, col?: number): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    row.eachCell((cell, c) => {
      if (!found && cell.value === text && (col === undefined || c === col)) found = row;
    });
  });
  if (!found) throw new Error(`no row with ${text} in ${ws.name}`);
  return found;
}

describe('renderReportXlsx', () => {
  it('has one sheet per table, then 情况说明 and 勾稽校验', async () => {
    const wb = await readBack();
    const names = wb.worksheets.map((ws) => ws.name);
    expect(names).toHaveLength(15);
    expect(names.slice(0, 3)).toEqual(['表1 预算收支总表', '表2 预算收入总表', '表3 预算支出总表']);
    expect(names.slice(-2)).toEqual(['情况说明', '勾稽校验']);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
    expect(sheetName(wireFixture().tables[5]!)).toBe('表6 一般公共预算安排基本支出分经济科目表（不含上年结转）');
    expect(sheetName({ number: 1, title: '2023年[a]:b*?/c\\d', empty: true, sections: [] })).toBe('表1 abcd');
  });

  it('writes amounts as numeric cells equal to the wire strings, format 0.00', async () => {
    const ws = (await readBack()).getWorksheet('表3 预算支出总表')!;
    const row = findRow(ws, '2010306');
    expect(row.getCell(2).value).toBe('政务公开审批');
    const expected = ['1030.18', '606.27', '423.92'];
    expected.forEach((text, i) => {
      const cell = row.getCell(3 + i);
      expect(cell.type).toBe(ExcelJS.ValueType.Number);
      expect(cell.value).toBe(Number(text));
      expect(cell.numFmt).toBe(AMOUNT_FORMAT);
    });
    const total = findRow(ws, '合计', 2);
    expect(total.getCell(3).value).toBe(1185.7);
  });

  it('leaves blank cells blank and keeps the title, department and unit', async () => {
    const ws = (await readBack()).getWorksheet('表2 预算收入总表')!;
    expect(ws.getCell(2, 1).value).toBe('2023年预算收入总表');
    expect(ws.getCell(3, 1).value).toBe('部门名称：柳林县行政审批服务管理局[部门]');
    const row = findRow(ws, '201');
    expect(row.getCell(3).value).toBe(1069.78);
    expect(row.getCell(5).value).toBeNull();
    expect(row.getCell(9).value).toBe(115.92);
  });

  it('merges the two-level headers as printed', async () => {
    const ws = (await readBack()).getWorksheet('表2 预算收入总表')!;
    const header = findRow(ws, '本年收入');
    const top = header.number;
    expect(ws.getCell(top, 3).value).toBe('本年收入');
    expect(ws.getCell(top, 8).isMerged).toBe(true);
    expect(ws.getCell(top, 8).master.address).toBe(ws.getCell(top, 3).address);
    expect(ws.getCell(top + 1, 9).master.address).toBe(ws.getCell(top, 9).address);
    expect(ws.getCell(top + 1, 3).value).toBe('合计');
  });

  it('notes 本表无数据 on empty tables only', async () => {
    const wb = await readBack();
    const hasNote = (name: string) => {
      let note = false;
      wb.getWorksheet(name)!.eachRow((row) => row.eachCell((cell) => (note ||= cell.value === '注：本表无数据')));
      return note;
    };
    expect(hasNote('表7 政府性基金预算收入表（不含上年结转）')).toBe(true);
    expect(hasNote('表3 预算支出总表')).toBe(false);
  });

  it('lists the reconciliation findings and the narrative', async () => {
    const wb = await readBack();
    const checks = wb.getWorksheet('勾稽校验')!;
    expect(checks.getCell(3, 1).value).toBe('R5');
    expect(checks.getCell(3, 4).value).toBe(100.01);
    expect(checks.getCell(3, 5).value).toBe('不符');
    expect(wb.getWorksheet('情况说明')!.getCell(3, 1).value).toBe('说明含有 <b>标签</b> & 符号。');
  });
});
