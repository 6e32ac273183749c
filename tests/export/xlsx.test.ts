/** The workbook renderer, read back with exceljs: sheets, numeric cells from the wire strings, formats. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AMOUNT_FORMAT, renderReportXlsx, sheetName } from '@/lib/export/xlsx';
import { wireFixture } from './fixture';
import { CHECK_ID, demoReport } from './demo-report';
import type { RenderedReport } from '@/lib/budget/report-wire';

async function readBack(report: RenderedReport = wireFixture()): Promise<ExcelJS.Workbook> {
  const bytes = await renderReportXlsx(report);
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
  it('has 概况, one sheet per table, 尾差说明, 情况说明, one sheet per 绩效目标申报表 and 名词解释', async () => {
    const report = wireFixture();
    const wb = await readBack(report);
    const names = wb.worksheets.map((ws) => ws.name);
    const notes = report.roundingNotes.length > 0 ? ['尾差说明'] : [];
    expect(names).toHaveLength(1 + 13 + notes.length + 1 + report.performanceForms.length + 1);
    expect(names.slice(0, 4)).toEqual(['概况', '表1 预算收支总表', '表2 预算收入总表', '表3 预算支出总表']);
    expect(names.slice(14, 16 + notes.length - 1)).toEqual([...notes, '情况说明']);
    expect(names.at(-1)).toBe('名词解释');
    expect(names).not.toContain('勾稽校验');
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

  it('has the narrative, and no reconciliation findings', async () => {
    const wb = await readBack();
    expect(wb.getWorksheet('情况说明')!.getCell(3, 1).value).toBe('说明含有 <b>标签</b> & 符号。');
    expect(wb.getWorksheet('勾稽校验')).toBeUndefined();
  });
});

/** Every cell of a worksheet as text ('' when blank; numbers as exceljs read them). */
function cells(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= ws.columnCount; c++) row.push(ws.getCell(r, c).value ?? null);
    out.push(row);
  }
  return out;
}

describe('renderReportXlsx: the demo department, read back with exceljs', () => {
  const report = demoReport();

  it('equals the JSON report cell for cell: every row of every table section, name and amounts in order', async () => {
    const wb = await readBack(report);
    let checked = 0;
    for (const table of report.tables) {
      const grid = cells(wb.getWorksheet(sheetName(table))!);
      for (const section of table.sections) {
        // Where the section's amounts start: the (row, col) from which every row's values match.
        const expected = section.rows.map((row) => row.values.map((v) => (v === null ? null : Number(v))));
        const width = section.columns.length;
        let found: [number, number] | null = null;
        for (let r = 0; r + expected.length <= grid.length && !found; r++) {
          for (let c = 0; c + width <= (grid[0]?.length ?? 0) && !found; c++) {
            const fits = expected.every((values, k) => {
              const line = grid[r + k]!;
              // The row's name is left of its amounts, on the same line.
              return line.slice(0, c).includes(section.rows[k]!.name) && values.every((v, j) => line[c + j] === v);
            });
            if (fits) found = [r, c];
          }
        }
        expect(found, `表${table.number} ${section.name ?? ''}`).not.toBeNull();
        checked += expected.length * width;
      }
    }
    const all = report.tables.reduce((n, t) => n + t.sections.reduce((m, s) => m + s.rows.length * s.columns.length, 0), 0);
    expect(checked).toBe(all);
  });

  it('lays 表1, 表4 and 表9 side by side: 收入 | 支出 in one header row, row k of each on one line', async () => {
    const wb = await readBack(report);
    for (const number of [1, 4, 9]) {
      const table = report.tables.find((t) => t.number === number)!;
      const grid = cells(wb.getWorksheet(sheetName(table))!);
      const headerLine = grid.findIndex((line) => line.includes('收入') && line.includes('支出'));
      expect(headerLine, `表${number}`).toBeGreaterThan(0);
      const [income, spending] = table.sections;
      // Below the header rows: row k of 收入 and row k of 支出 share a line.
      const body = grid.slice(headerLine + 1);
      const line = (k: number) => body.findIndex((l) => l.includes(income!.rows[k]!.name) && l.includes(spending!.rows[k]!.name));
      expect(line(0), `表${number}`).toBeGreaterThan(-1);
      expect(line(income!.rows.length - 1)).toBe(line(0) + income!.rows.length - 1);
    }
  });

  it('has 概况, 情况说明, 名词解释 and every 绩效目标申报表 laid out as the official form, without check ids', async () => {
    const wb = await readBack(report);
    const text = (name: string) => cells(wb.getWorksheet(name)!).flat().filter((v) => v !== null).map(String);
    expect(text('概况')).toContain('一、本部门职责');
    expect(text('概况')).toContain('二、机构设置情况');
    expect(text('情况说明')).toEqual(expect.arrayContaining([...report.narrative.sentences, '一、部门预算收支数据变动情况及原因', '十一、国有资产占有使用情况']));
    expect(text('名词解释')[1]).toMatch(/^一、基本支出：/);
    const forms = wb.worksheets.filter((ws) => ws.name.startsWith('绩效目标'));
    expect(forms).toHaveLength(report.performanceForms.length);
    report.performanceForms.forEach((form, i) => {
      const values = text(forms[i]!.name);
      expect(values).toContain(form.projectName);
      for (const label of ['项目名称', '主管部门及代码', '实施单位', '项目资金（元）', '实施期资金总额：', '年度资金总额：', '总体目标', '一级指标', '产出指标', '效益指标', '满意度指标']) {
        expect(values, `${form.projectName} ${label}`).toContain(label);
      }
      for (const indicator of form.indicators) expect(values).toContain(indicator.name);
      // 年度资金总额 as a number equal to the form's string.
      expect(cells(forms[i]!).flat()).toContain(Number(form.funds.annual.total));
    });
    for (const ws of wb.worksheets) for (const value of text(ws.name)) expect(value).not.toMatch(CHECK_ID);
  });
});
