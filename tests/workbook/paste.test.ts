import { describe, expect, it } from 'vitest';
import { checkDraftLine, draftsFromPaste, EMPTY_DRAFT, splitPastedText, type DraftReference } from '@/lib/workbook/paste';

/** A tiny year: two 功能 项, three 部门经济 款 (one of class 312, not allowed for 基本支出), one project. */
const ref: DraftReference = {
  year: 2023,
  unitCode: '045001',
  functional: new Map([
    ['2010301', '行政运行'],
    ['2080505', '机关事业单位基本养老保险缴费支出'],
  ]),
  deptEcon: new Map([
    ['30101', '基本工资'],
    ['31002', '办公设备购置'],
    ['31299', '其他对企业补助'],
  ]),
  projects: new Map([['信息化建设', 'p-1']]),
};

describe('splitPastedText: what Excel puts on the clipboard', () => {
  it('splits rows on CRLF and cells on tabs, keeping empty cells and dropping blank rows', () => {
    expect(splitPastedText('a\tb\t\r\nc\td\te\r\n\r\n')).toEqual([
      ['a', 'b', ''],
      ['c', 'd', 'e'],
    ]);
  });

  it('reads quoted cells with tabs, newlines and doubled quotes', () => {
    expect(splitPastedText('"x\ty"\t"line1\nline2"\t"say ""hi"""\n')).toEqual([['x\ty', 'line1\nline2', 'say "hi"']]);
  });

  it('keeps a quote inside an unquoted cell as text', () => {
    expect(splitPastedText('5"寸\tb')).toEqual([['5"寸', 'b']]);
  });
});

describe('draftsFromPaste: header optional, columns as in the 明细 sheet', () => {
  it('maps a header row in any order and numbers rows from the header', () => {
    const text = '金额（元）\t功能分类科目编码\t部门经济分类科目编码\t支出类型\t资金来源\n1,234.56\t2010301\t30101\t基本支出\t一般公共预算\n';
    expect(draftsFromPaste(text)).toEqual([
      { row: 2, draft: { ...EMPTY_DRAFT, functionalCode: '2010301', deptEconCode: '30101', amountYuan: '1,234.56' } },
    ]);
  });

  it('without a header takes the sheet order (without 单位编码)', () => {
    const [first] = draftsFromPaste('2010301\t30101\t基本支出\t\t一般公共预算\t上年结转\t100\t备注一\n');
    expect(first).toEqual({ row: 1, draft: { functionalCode: '2010301', deptEconCode: '30101', kind: '基本支出', projectName: '', fundingSource: '一般公共预算', carryover: '上年结转', amountYuan: '100', note: '备注一' } });
  });

  it('without a header and with a leading 6-digit 单位编码 reads it too', () => {
    const [first] = draftsFromPaste('045002\t2010301\t30101\t基本支出\t\t一般公共预算\t本年\t100\n');
    expect(first?.draft.unitCode).toBe('045002');
    expect(first?.draft.functionalCode).toBe('2010301');
  });
});

describe('checkDraftLine: the import rules for one pasted row', () => {
  const draft = { ...EMPTY_DRAFT, functionalCode: '2010301', deptEconCode: '30101', amountYuan: '１，２３４．５６', note: '' };

  it('accepts a good row, reading full-width amounts with separators', () => {
    expect(checkDraftLine(draft, ref)).toEqual({
      ok: true,
      line: { functionalCode: '2010301', deptEconCode: '30101', kind: 'BASIC', projectId: null, fundingSource: 'GENERAL_PUBLIC', carryover: false, amountYuan: '1234.56', note: null },
    });
  });

  it('resolves a project by name for a 项目支出 row', () => {
    const result = checkDraftLine({ ...draft, kind: '项目支出', projectName: '信息化建设', deptEconCode: '31002', carryover: '上年结转' }, ref);
    expect(result).toMatchObject({ ok: true, line: { kind: 'PROJECT', projectId: 'p-1', carryover: true } });
  });

  it.each([
    ['an unknown 功能 code', { functionalCode: '2019999' }, 'functionalCode', '功能分类科目 2019999 在2023年度不存在'],
    ['a 功能 款 instead of 项', { functionalCode: '20103' }, 'functionalCode', '“20103”不是有效的编码，应为7位数字（功能分类项级科目）'],
    ['an unknown 经济 code', { deptEconCode: '30199' }, 'deptEconCode', '部门经济分类科目 30199 在2023年度不存在'],
    ['class 312 on 基本支出', { deptEconCode: '31299' }, 'deptEconCode', '基本支出只能使用部门经济分类 301、302、303、310 类，不能使用 312 类'],
    ['项目支出 without a project', { kind: '项目支出' }, 'projectName', '项目支出必须填写项目名称'],
    ['a project of no one', { kind: '项目支出', projectName: '不存在的项目', deptEconCode: '31002' }, 'projectName', '项目「不存在的项目」不是本单位2023年度的项目'],
    ['a negative amount', { amountYuan: '-5' }, 'amountYuan', '金额不能为负数'],
    ['three decimals', { amountYuan: '1.005' }, 'amountYuan', '金额最多两位小数（分），“1.005”有3位'],
    ['an unknown funding source', { fundingSource: '自筹' }, 'fundingSource', '“自筹”无效，应为 一般公共预算 / 政府性基金预算 / 国有资本经营预算 / 财政专户管理资金 / 单位资金'],
    ['another unit', { unitCode: '045002' }, 'unitCode', '单位编码 045002 不是本单位（045001）'],
  ])('refuses %s', (_label, change, field, message) => {
    expect(checkDraftLine({ ...draft, ...change }, ref)).toEqual({ ok: false, issues: [{ field, message }] });
  });

  it('reports every problem of the row, each on its field', () => {
    const result = checkDraftLine({ ...draft, functionalCode: '', amountYuan: 'abc' }, ref);
    expect(result.ok ? [] : result.issues.map((i) => i.field)).toEqual(['functionalCode', 'amountYuan']);
  });
});
