import { describe, expect, it } from 'vitest';
import { emptyWorkbook, formatIssue, type LineRow, type Workbook } from '@/lib/workbook/types';
import { validateWorkbook, type ReferenceSnapshot } from '@/lib/workbook/validate';

const ref: ReferenceSnapshot = {
  year: 2024,
  functional: [
    { code: '201', name: '一般公共服务支出' },
    { code: '20131', name: '党委办公厅（室）及相关机构事务' },
    { code: '2013101', name: '行政运行' },
  ],
  deptEcon: [
    { code: '301', name: '工资福利支出' },
    { code: '30101', name: '基本工资' },
    { code: '309', name: '资本性支出（基本建设）' },
    { code: '30906', name: '大型修缮' },
  ],
  departments: [{ code: '045', name: '行政审批服务管理局' }],
  units: [{ code: '045001', name: '局本级', departmentCode: '045' }],
  projects: [{ unitCode: '045001', name: '政务大厅运行' }],
};

const line = (over: Partial<LineRow> = {}): LineRow => ({
  row: 2, unitCode: '045001', functionalCode: '2013101', deptEconCode: '30101', kind: 'BASIC', projectName: null,
  fundingSource: 'GENERAL_PUBLIC', carryover: false, amountYuan: '100.00', note: null, ...over,
});

const errorsOf = (wb: Partial<Workbook>) => validateWorkbook({ ...emptyWorkbook(), ...wb }, ref).errors.map(formatIssue);

describe('validateWorkbook', () => {
  it('accepts lines on existing units, codes and projects', () => {
    expect(errorsOf({ lines: [line(), line({ row: 3, kind: 'PROJECT', projectName: '政务大厅运行', deptEconCode: '30906' })] })).toEqual([]);
  });

  it('an unknown unit', () => {
    expect(errorsOf({ lines: [line({ row: 12, unitCode: '045009' })] })).toEqual(['工作表「明细」第12行「单位编码」：单位 045009 不存在（系统中没有，「单位」工作表中也没有）']);
  });

  it('a code unknown for the year, at 项 or 款 level', () => {
    expect(errorsOf({ lines: [line({ functionalCode: '2013102', deptEconCode: '30102' })] })).toEqual([
      '工作表「明细」第2行「功能分类科目编码」：功能分类科目 2013102 在2024年度不存在',
      '工作表「明细」第2行「部门经济分类科目编码」：部门经济分类科目 30102 在2024年度不存在',
    ]);
  });

  it('knows codes, units and projects added by the file itself', () => {
    expect(
      errorsOf({
        units: [{ row: 2, departmentCode: '046', departmentName: '新部门', unitCode: '046001', unitName: '新单位', unitType: 'OTHER_INSTITUTION' }],
        codes: [{ row: 2, category: 'FUNCTIONAL', code: '2013102', name: '一般行政管理事务' }],
        projects: [{ row: 2, unitCode: '046001', name: '新项目', attribute: 'ONE_OFF', periodYears: 1 }],
        lines: [line({ unitCode: '046001', functionalCode: '2013102', kind: 'PROJECT', projectName: '新项目', deptEconCode: '30906' })],
      }),
    ).toEqual([]);
  });

  it('a 项目支出 line without a project, or naming one that does not exist', () => {
    expect(errorsOf({ lines: [line({ kind: 'PROJECT' }), line({ row: 3, kind: 'PROJECT', projectName: '不存在的项目' })] })).toEqual([
      '工作表「明细」第2行「项目名称」：项目支出必须填写项目名称',
      '工作表「明细」第3行「项目名称」：项目「不存在的项目」不在「项目」工作表中，也不是单位 045001 在2024年度已有的项目',
    ]);
  });

  it('a 基本支出 line naming a project, or outside 301/302/303/310', () => {
    expect(errorsOf({ lines: [line({ projectName: '政务大厅运行' }), line({ row: 3, deptEconCode: '30906' })] })).toEqual([
      '工作表「明细」第2行「项目名称」：基本支出不能填写项目名称',
      '工作表「明细」第3行「部门经济分类科目编码」：基本支出只能使用部门经济分类 301、302、303、310 类，不能使用 309 类',
    ]);
  });

  it('a duplicate unit code, a unit outside its department, a new department without a name, a name already taken', () => {
    const unit = { departmentCode: '045', departmentName: null, unitName: '单位甲', unitType: 'ADMINISTRATIVE' as const };
    expect(
      errorsOf({
        units: [
          { ...unit, row: 2, unitCode: '045002' },
          { ...unit, row: 3, unitCode: '045002', unitName: '单位乙' },
          { ...unit, row: 4, unitCode: '046001', unitName: '单位丙' },
          { ...unit, row: 5, departmentCode: '047', unitCode: '047001' },
          { ...unit, row: 6, unitCode: '045003', unitName: '局本级' },
        ],
      }),
    ).toEqual([
      '工作表「单位」第3行「单位编码」：单位编码 045002 重复（与第2行相同）',
      '工作表「单位」第4行「单位编码」：单位编码须以部门编码 045 开头',
      '工作表「单位」第5行「部门名称」：部门 047 是新部门，须填写部门名称',
      '工作表「单位」第6行「单位名称」：单位名称「局本级」已被本部门的单位 045001 使用',
    ]);
  });

  it('科目: a level the category lacks, a missing parent, a duplicate; a renamed code is only a warning', () => {
    const { errors, warnings } = validateWorkbook(
      {
        ...emptyWorkbook(),
        codes: [
          { row: 2, category: 'DEPT_ECON', code: '3010101', name: '七位' },
          { row: 3, category: 'FUNCTIONAL', code: '2080101', name: '行政运行' },
          { row: 4, category: 'FUNCTIONAL', code: '2013150', name: '事业运行' },
          { row: 5, category: 'FUNCTIONAL', code: '2013150', name: '事业运行' },
          { row: 6, category: 'FUNCTIONAL', code: '2013101', name: '行政运行（新）' },
        ],
      },
      ref,
    );
    expect(errors.map(formatIssue)).toEqual([
      '工作表「科目」第2行「科目编码」：部门经济分类科目只有3、5位编码，“3010101”是7位',
      '工作表「科目」第3行「科目编码」：上级科目 20801 在2024年度不存在：请在本表中同时列出上级科目',
      '工作表「科目」第5行「科目编码」：功能分类科目 2013150 重复（与第4行相同）',
    ]);
    expect(warnings.map(formatIssue)).toEqual(['工作表「科目」第6行「科目名称」：功能分类科目 2013101 已存在，名称为「行政运行」，本表的「行政运行（新）」未采用']);
  });

  it('a new 部门经济分类 款 is accepted with a warning: its 对照 must be added by the admin', () => {
    const { errors, warnings } = validateWorkbook({ ...emptyWorkbook(), codes: [{ row: 2, category: 'DEPT_ECON', code: '30199', name: '其他工资福利支出' }] }, ref);
    expect(errors).toEqual([]);
    expect(warnings.map(formatIssue)).toEqual(['工作表「科目」第2行「科目编码」：新增的部门经济分类科目 30199 尚无政府经济分类对照，请在“基础数据 → 经济分类对照表”中补充机关、事业两侧的对照']);
  });

  it('a parent listed later in the same sheet is fine', () => {
    expect(
      errorsOf({
        codes: [
          { row: 2, category: 'FUNCTIONAL', code: '2080101', name: '行政运行' },
          { row: 3, category: 'FUNCTIONAL', code: '20801', name: '人力资源和社会保障管理事务' },
          { row: 4, category: 'FUNCTIONAL', code: '208', name: '社会保障和就业支出' },
        ],
      }),
    ).toEqual([]);
  });

  it('政府采购 and 上年数: unknown unit, project, department; a figure twice', () => {
    expect(
      errorsOf({
        procurement: [
          { row: 2, unitCode: '045009', projectName: null, category: 'GOODS', itemName: '电脑', amountYuan: '1.00' },
          { row: 3, unitCode: '045001', projectName: '不存在', category: 'GOODS', itemName: '电脑', amountYuan: '1.00' },
        ],
        priorYear: [
          { row: 2, departmentCode: '099', figure: 'reception', amountYuan: '1.00' },
          { row: 3, departmentCode: '045', figure: 'reception', amountYuan: '1.00' },
          { row: 4, departmentCode: '045', figure: 'reception', amountYuan: '2.00' },
        ],
      }),
    ).toEqual([
      '工作表「政府采购」第2行「单位编码」：单位 045009 不存在（系统中没有，「单位」工作表中也没有）',
      '工作表「政府采购」第3行「项目名称」：项目「不存在」不是单位 045001 的项目',
      '工作表「上年数」第2行「部门编码」：部门 099 不存在',
      '工作表「上年数」第4行「指标」：同一部门的指标重复（与第3行相同）',
    ]);
  });
});
