import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '@/lib/workbook/read';
import { CODE_SHEET, writeTemplate } from '@/lib/workbook/template';
import type { Workbook } from '@/lib/workbook/types';
import { writeWorkbook } from '@/lib/workbook/write';

const sample: Workbook = {
  sheets: ['单位', '科目', '项目', '明细', '政府采购', '上年数'],
  units: [
    { row: 2, departmentCode: '045', departmentName: '柳林县行政审批服务管理局', unitCode: '045001', unitName: '局本级', unitType: 'ADMINISTRATIVE' },
    { row: 3, departmentCode: '045', departmentName: '柳林县行政审批服务管理局', unitCode: '045002', unitName: '政务服务中心', unitType: 'CIVIL_SERVICE_INSTITUTION' },
    { row: 4, departmentCode: '007', departmentName: '零字头部门', unitCode: '007001', unitName: '零字头单位', unitType: 'OTHER_INSTITUTION' },
  ],
  codes: [
    { row: 2, category: 'FUNCTIONAL', code: '2013102', name: '一般行政管理事务' },
    { row: 3, category: 'DEPT_ECON', code: '30199', name: '其他工资福利支出' },
  ],
  projects: [{ row: 2, unitCode: '045002', name: '政务大厅运行', attribute: 'RECURRING', periodYears: 3 }],
  lines: [
    { row: 2, unitCode: '045001', functionalCode: '2013101', deptEconCode: '30101', kind: 'BASIC', projectName: null, fundingSource: 'GENERAL_PUBLIC', carryover: false, amountYuan: '1234567.89', note: null },
    { row: 3, unitCode: '045002', functionalCode: '2013102', deptEconCode: '30201', kind: 'PROJECT', projectName: '政务大厅运行', fundingSource: 'SPECIAL_ACCOUNT', carryover: true, amountYuan: '0.10', note: '备注，含逗号' },
    { row: 4, unitCode: '007001', functionalCode: '2013101', deptEconCode: '30199', kind: 'BASIC', projectName: null, fundingSource: 'UNIT_FUNDS', carryover: false, amountYuan: '999999999999.99', note: null },
  ],
  procurement: [{ row: 2, unitCode: '045002', projectName: '政务大厅运行', category: 'SERVICES', itemName: '物业管理服务', amountYuan: '120000.00' }],
  priorYear: [
    { row: 2, departmentCode: '045', figure: 'totalIncome', amountYuan: '11000000.50' },
    { row: 3, departmentCode: '007', figure: 'organOperating', amountYuan: '0.00' },
  ],
};

describe('writeWorkbook', () => {
  it('round trip: write → read gives the same rows, leading zeros and cents kept', async () => {
    const { workbook, issues } = await readWorkbook(await writeWorkbook(sample));
    expect(issues).toEqual([]);
    expect(workbook).toEqual(sample);
  });
});

describe('writeTemplate', () => {
  const reference = {
    year: 2024,
    functional: [{ code: '201', name: '一般公共服务支出' }, { code: '2013101', name: '行政运行' }, { code: '2013102', name: '一般行政管理事务' }],
    deptEcon: [{ code: '301', name: '工资福利支出' }, { code: '30101', name: '基本工资' }],
    units: [{ code: '045001', name: '局本级' }],
  };

  it('has every sheet with its headers, and the code lists on a hidden sheet', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await writeTemplate(reference)).buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['单位', '科目', '项目', '明细', '政府采购', '上年数', CODE_SHEET]);
    expect(book.getWorksheet('明细')?.getRow(1).values).toEqual([undefined, '单位编码', '功能分类科目编码', '部门经济分类科目编码', '支出类型', '项目名称', '资金来源', '本年/上年结转', '金额（元）', '备注']);
    const codes = book.getWorksheet(CODE_SHEET);
    expect(codes?.state).toBe('hidden');
    expect([codes?.getCell('A2').value, codes?.getCell('A3').value, codes?.getCell('A4').value]).toEqual(['2013101', '2013102', null]); // 项 only
    expect(codes?.getCell('C2').value).toBe('30101');
  });

  it('puts list validation on the code and enum columns', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await writeTemplate(reference)).buffer);
    const lines = book.getWorksheet('明细');
    expect(lines?.getCell('B2').dataValidation).toMatchObject({ type: 'list', formulae: [`'${CODE_SHEET}'!$A$2:$A$3`] });
    expect(lines?.getCell('C4999').dataValidation).toMatchObject({ type: 'list', formulae: [`'${CODE_SHEET}'!$C$2:$C$2`] });
    expect(lines?.getCell('A2').dataValidation).toMatchObject({ type: 'list', formulae: [`'${CODE_SHEET}'!$E$2:$E$2`] });
    expect(lines?.getCell('D2').dataValidation).toMatchObject({ type: 'list', formulae: ['"基本支出,项目支出"'] });
    expect(book.getWorksheet('单位')?.getCell('E2').dataValidation).toMatchObject({ formulae: ['"行政单位,参公事业单位,其他事业单位"'] });
  });

  it('once filled in, imports like any workbook (the code sheet is ignored)', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await writeTemplate(reference)).buffer);
    book.getWorksheet('明细')?.addRow(['045001', '2013101', '30101', '基本支出', null, '一般公共预算', '本年', 500]);
    const { workbook, issues } = await readWorkbook(Buffer.from(await book.xlsx.writeBuffer()));
    expect(issues).toEqual([]);
    expect(workbook.lines.map((l) => [l.unitCode, l.amountYuan])).toEqual([['045001', '500.00']]);
  });
});
