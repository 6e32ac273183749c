import { describe, expect, it } from 'vitest';
import { readLinesCsv, readWorkbook } from '@/lib/workbook/read';
import { formatIssue, WorkbookFileError } from '@/lib/workbook/types';
import { LINE_HEADER, lineRow, xlsx } from './support';

async function fileError(buffer: Buffer): Promise<string> {
  try {
    await readWorkbook(buffer);
  } catch (error) {
    if (error instanceof WorkbookFileError) return error.message;
    throw error;
  }
  throw new Error('the file was accepted');
}

async function messages(sheets: Parameters<typeof xlsx>[0]): Promise<string[]> {
  const { issues } = await readWorkbook(await xlsx(sheets));
  return issues.map(formatIssue);
}

describe('readWorkbook: rows', () => {
  it('reads every sheet into typed rows, whatever the column order, ignoring extra columns', async () => {
    const header = [...LINE_HEADER].reverse().concat('审核意见');
    const row = lineRow({ kind: '项目支出', projectName: '政务大厅运行', carryover: '上年结转', fundingSource: '单位资金', note: '备注文字' }).reverse().concat('无');
    const { workbook, issues } = await readWorkbook(
      await xlsx({
        单位: [['单位类型', '单位名称', '单位编码', '部门名称', '部门编码'], ['参公事业单位', '政务服务中心', '045002', '行政审批局', '045']],
        科目: [['科目类别', '科目编码', '科目名称'], ['功能分类', '2013101', '行政运行'], ['部门经济分类', '30101', '基本工资']],
        项目: [['单位编码', '项目名称', '项目属性', '项目期（年）'], ['045001', '政务大厅运行', '经常性项目', 3]],
        明细: [header, row],
        政府采购: [['单位编码', '项目名称', '采购类别', '采购品目', '金额（元）'], ['045001', null, '服务', '物业管理', 120000]],
        上年数: [['部门编码', '指标', '金额（元）'], ['045', '因公出国（境）费', '0']],
      }),
    );
    expect(issues).toEqual([]);
    expect(workbook.units).toEqual([{ row: 2, departmentCode: '045', departmentName: '行政审批局', unitCode: '045002', unitName: '政务服务中心', unitType: 'CIVIL_SERVICE_INSTITUTION' }]);
    expect(workbook.codes.map((c) => c.category)).toEqual(['FUNCTIONAL', 'DEPT_ECON']);
    expect(workbook.projects).toEqual([{ row: 2, unitCode: '045001', name: '政务大厅运行', attribute: 'RECURRING', periodYears: 3 }]);
    expect(workbook.lines).toEqual([
      {
        row: 2, unitCode: '045001', functionalCode: '2013101', deptEconCode: '30101', kind: 'PROJECT', projectName: '政务大厅运行',
        fundingSource: 'UNIT_FUNDS', carryover: true, amountYuan: '1234.56', note: '备注文字',
      },
    ]);
    expect(workbook.procurement).toEqual([{ row: 2, unitCode: '045001', projectName: null, category: 'SERVICES', itemName: '物业管理', amountYuan: '120000.00' }]);
    expect(workbook.priorYear).toEqual([{ row: 2, departmentCode: '045', figure: 'abroad', amountYuan: '0.00' }]);
    expect(workbook.sheets).toEqual(['单位', '科目', '项目', '明细', '政府采购', '上年数']);
  });

  it('reads codes typed as numbers, restoring the leading zeros of department and unit codes', async () => {
    const { workbook, issues } = await readWorkbook(await xlsx({ 明细: [LINE_HEADER, lineRow({ unitCode: 45001, functionalCode: 2013101, deptEconCode: 30101 })] }));
    expect(issues).toEqual([]);
    expect(workbook.lines[0]).toMatchObject({ unitCode: '045001', functionalCode: '2013101', deptEconCode: '30101' });
  });

  it('takes a formula by its cached value and refuses one without a value, never evaluating it', async () => {
    const { workbook, issues } = await readWorkbook(
      await xlsx({
        明细: [
          LINE_HEADER,
          lineRow({ amountYuan: { formula: '1000+234.56', result: 1234.56 } }),
          lineRow({ amountYuan: { formula: '1000+234.56' } }),
        ],
      }),
    );
    expect(workbook.lines.map((l) => l.amountYuan)).toEqual(['1234.56']);
    expect(issues.map(formatIssue)).toEqual([
      '工作表「明细」第3行「金额（元）」：公式没有保存的计算结果（系统不计算公式），请在Excel中重新计算并保存，或改为直接填写数值',
    ]);
  });

  it('names sheet, row and column for each bad cell, every one of them, and skips blank rows', async () => {
    expect(
      await messages({
        明细: [
          LINE_HEADER,
          lineRow(),
          [],
          lineRow({ amountYuan: '-3', kind: '人员支出' }),
          lineRow({ functionalCode: '20131', fundingSource: '财政拨款', carryover: '去年' }),
        ],
      }),
    ).toEqual([
      '工作表「明细」第4行「支出类型」：“人员支出”无效，应为 基本支出 / 项目支出',
      '工作表「明细」第4行「金额（元）」：金额不能为负数',
      '工作表「明细」第5行「功能分类科目编码」：“20131”不是有效的编码，应为7位数字（功能分类项级科目）',
      '工作表「明细」第5行「资金来源」：“财政拨款”无效，应为 一般公共预算 / 政府性基金预算 / 国有资本经营预算 / 财政专户管理资金 / 单位资金',
      '工作表「明细」第5行「本年/上年结转」：“去年”无效，应为 本年 / 上年结转',
    ]);
  });

  it('refuses unknown enum texts of the other sheets', async () => {
    expect(
      await messages({
        单位: [['部门编码', '部门名称', '单位编码', '单位名称', '单位类型'], ['045', '局', '045001', '局本级', '事业单位']],
        科目: [['科目类别', '科目编码', '科目名称'], ['政府经济分类', '50101', '工资']],
        项目: [['单位编码', '项目名称', '项目属性', '项目期（年）'], ['045001', '项目甲', '长期项目', 0]],
        政府采购: [['单位编码', '采购类别', '采购品目', '金额（元）'], ['045001', '设备', '电脑', '1']],
        上年数: [['部门编码', '指标', '金额（元）'], ['045', '三公经费', '1']],
      }),
    ).toEqual([
      '工作表「单位」第2行「单位类型」：“事业单位”无效，应为 行政单位 / 参公事业单位 / 其他事业单位',
      '工作表「科目」第2行「科目类别」：“政府经济分类”无效，应为 功能分类 / 部门经济分类',
      '工作表「项目」第2行「项目属性」：“长期项目”无效，应为 一次性项目 / 经常性项目',
      '工作表「项目」第2行「项目期（年）」：应为1至10的整数',
      '工作表「政府采购」第2行「采购类别」：“设备”无效，应为 货物 / 工程 / 服务',
      '工作表「上年数」第2行「指标」：“三公经费”无效，应为 收入总计 / 支出总计 / 一般公共预算当年拨款 / 因公出国（境）费 / 公务接待费 / 公务用车购置费 / 公务用车运行维护费 / 机关运行经费',
    ]);
  });

  it('names a missing header (and reads no row of that sheet)', async () => {
    const header = LINE_HEADER.filter((h) => h !== '金额（元）');
    const { workbook, issues } = await readWorkbook(await xlsx({ 明细: [header, lineRow().slice(0, header.length)] }));
    expect(workbook.lines).toEqual([]);
    expect(issues.map(formatIssue)).toEqual(['工作表「明细」第1行「金额（元）」：缺少列「金额（元）」（第1行须为表头）']);
  });

  it('accepts 金额(元) with half-width parentheses as the same header', async () => {
    const header = LINE_HEADER.map((h) => (h === '金额（元）' ? '金额(元)' : h));
    const { workbook } = await readWorkbook(await xlsx({ 明细: [header, lineRow()] }));
    expect(workbook.lines).toHaveLength(1);
  });
});

describe('readWorkbook: whole-file refusals, decided before exceljs', () => {
  it('an empty workbook (no sheet of the format)', async () => {
    expect(await fileError(await xlsx({ Sheet1: [['a'], [1]] }))).toContain('没有可导入的工作表');
  });

  it('a workbook with headers but no data row', async () => {
    expect(await fileError(await xlsx({ 明细: [LINE_HEADER] }))).toContain('没有数据行');
  });

  it('an empty file', async () => {
    expect(await fileError(Buffer.alloc(0))).toBe('文件为空');
  });

  it('a file over 20 MB', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await fileError(big)).toContain('不能超过 20 MB');
  });

  it('a password-protected workbook (an OLE/CFB container with an EncryptionInfo stream)', async () => {
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1000), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(100)]);
    expect(await fileError(cfb)).toContain('密码保护');
  });

  it('an .xls renamed to .xlsx (a CFB container without encryption)', async () => {
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1000), Buffer.from('Workbook', 'utf16le')]);
    expect(await fileError(cfb)).toContain('.xls');
  });

  it('an .ods renamed to .xlsx (a zip whose first entry is the OpenDocument mimetype)', async () => {
    const header = Buffer.alloc(30);
    header.set([0x50, 0x4b, 0x03, 0x04]);
    const ods = Buffer.concat([header, Buffer.from('mimetype'), Buffer.from('application/vnd.oasis.opendocument.spreadsheet')]);
    expect(await fileError(ods)).toContain('.ods');
  });

  it('a corrupt file (zip signature, garbage after it)', async () => {
    const good = await xlsx({ 明细: [LINE_HEADER, lineRow()] });
    expect(await fileError(good.subarray(0, good.length / 2))).toContain('损坏');
  });

  it('something that is not a spreadsheet at all', async () => {
    expect(await fileError(Buffer.from('%PDF-1.7 …'))).toContain('不是有效的Excel工作簿');
  });
});

describe('readLinesCsv: the 明细 columns as UTF-8 CSV', () => {
  const csv = [LINE_HEADER.join(','), '045001,2013101,30101,基本支出,,一般公共预算,本年,"1,234.56","含逗号,的备注"', ''].join('\r\n');

  it.each([
    ['with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)])],
    ['without a BOM', Buffer.from(csv)],
  ])('reads it %s', (_label, buffer) => {
    const { workbook, issues } = readLinesCsv(buffer);
    expect(issues).toEqual([]);
    expect(workbook.lines).toEqual([
      { row: 2, unitCode: '045001', functionalCode: '2013101', deptEconCode: '30101', kind: 'BASIC', projectName: null, fundingSource: 'GENERAL_PUBLIC', carryover: false, amountYuan: '1234.56', note: '含逗号,的备注' },
    ]);
  });

  it('refuses a file that is not UTF-8 (a GBK export)', () => {
    const gbk = Buffer.from([0xb5, 0xa5, 0xce, 0xbb, 0xb1, 0xe0, 0xc2, 0xeb, 0x0a]); // 单位编码 in GBK
    expect(() => readLinesCsv(gbk)).toThrow('UTF-8');
  });
});
