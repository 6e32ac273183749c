/**
 * The workbook format (导入导出工作簿), as data: sheet names, header texts and the enum texts.
 * Sheet names and header texts are a contract with the users' files and are matched exactly
 * (after trimming, with ( ) read as （ ）); column order is free, extra columns are ignored,
 * every sheet is optional. README.md documents the same table.
 */
import { PRIOR_YEAR_LABEL, type PriorYearKey } from '@/lib/budget/prior-year';
import type { FundingSource, ProcurementCategory, ProjectAttribute, SpendingKind, UnitType } from '@/lib/budget/types';

export const SHEET = {
  units: '单位',
  codes: '科目',
  projects: '项目',
  lines: '明细',
  procurement: '政府采购',
  priorYear: '上年数',
} as const;
export type SheetKey = keyof typeof SHEET;
export type SheetName = (typeof SHEET)[SheetKey];

/** Header texts per sheet, in the order the writer puts them. */
export const HEADERS = {
  units: { departmentCode: '部门编码', departmentName: '部门名称', unitCode: '单位编码', unitName: '单位名称', unitType: '单位类型' },
  codes: { category: '科目类别', code: '科目编码', name: '科目名称' },
  projects: { unitCode: '单位编码', name: '项目名称', attribute: '项目属性', periodYears: '项目期（年）' },
  lines: {
    unitCode: '单位编码',
    functionalCode: '功能分类科目编码',
    deptEconCode: '部门经济分类科目编码',
    kind: '支出类型',
    projectName: '项目名称',
    fundingSource: '资金来源',
    carryover: '本年/上年结转',
    amountYuan: '金额（元）',
    note: '备注',
  },
  procurement: { unitCode: '单位编码', projectName: '项目名称', category: '采购类别', itemName: '采购品目', amountYuan: '金额（元）' },
  priorYear: { departmentCode: '部门编码', figure: '指标', amountYuan: '金额（元）' },
} as const satisfies Record<SheetKey, Record<string, string>>;

/** Columns a sheet may leave out; every other header must be present. */
export const OPTIONAL_COLUMNS: Readonly<Partial<Record<SheetKey, readonly string[]>>> = {
  lines: ['note'],
  procurement: ['projectName'],
};

export const UNIT_TYPE_TEXT: Readonly<Record<UnitType, string>> = {
  ADMINISTRATIVE: '行政单位',
  CIVIL_SERVICE_INSTITUTION: '参公事业单位',
  OTHER_INSTITUTION: '其他事业单位',
};

export const CODE_CATEGORY_TEXT = { FUNCTIONAL: '功能分类', DEPT_ECON: '部门经济分类' } as const;
export type CodeCategory = keyof typeof CODE_CATEGORY_TEXT;

export const KIND_TEXT: Readonly<Record<SpendingKind, string>> = { BASIC: '基本支出', PROJECT: '项目支出' };

export const FUNDING_SOURCE_TEXT: Readonly<Record<FundingSource, string>> = {
  GENERAL_PUBLIC: '一般公共预算',
  GOV_FUND: '政府性基金预算',
  STATE_CAPITAL: '国有资本经营预算',
  SPECIAL_ACCOUNT: '财政专户管理资金',
  UNIT_FUNDS: '单位资金',
};

export const CARRYOVER_TEXT = { current: '本年', carryover: '上年结转' } as const;

export const ATTRIBUTE_TEXT: Readonly<Record<ProjectAttribute, string>> = { ONE_OFF: '一次性项目', RECURRING: '经常性项目' };

export const PROCUREMENT_TEXT: Readonly<Record<ProcurementCategory, string>> = { GOODS: '货物', WORKS: '工程', SERVICES: '服务' };

/** The 上年数 the 情况说明 quotes, keyed like the PriorYearFigures columns: the domain's own labels. */
export const PRIOR_FIGURE_TEXT = PRIOR_YEAR_LABEL;
export type PriorFigure = PriorYearKey;

/** Text → value for one enum, or undefined. */
export function fromText<K extends string>(table: Readonly<Record<K, string>>, text: string): K | undefined {
  for (const key in table) if (table[key] === text) return key;
  return undefined;
}

/** 参公 units sit on the 事业 side of the 经济分类 对照 (see the demo seed); 行政单位 on the 机关 side. */
export function govEconCategoryOf(type: UnitType): 'ORGAN' | 'INSTITUTION' {
  return type === 'ADMINISTRATIVE' ? 'ORGAN' : 'INSTITUTION';
}

/** Limits of a file. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** 1万亿元: far above any county line, far below Decimal(18,2). */
export const MAX_AMOUNT_YUAN = '1000000000000';
