/**
 * The inputs and outputs of the pure budget domain. Everything here is plain data:
 * money is a decimal.js `Decimal` in 元 (yuan), never a JS number.
 * See ARCHITECTURE.md for the glossary (identifier ↔ 预算术语).
 */
import type { ResolvedPriorYear } from './prior-year';
import type Decimal from 'decimal.js';

/** 资金来源. The first three together are 财政拨款 (fiscal appropriation). */
export const FUNDING_SOURCES = [
  'GENERAL_PUBLIC', // 一般公共预算
  'GOV_FUND', // 政府性基金预算
  'STATE_CAPITAL', // 国有资本经营预算
  'SPECIAL_ACCOUNT', // 财政专户管理资金
  'UNIT_FUNDS', // 单位资金
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];
export const FISCAL_SOURCES: readonly FundingSource[] = ['GENERAL_PUBLIC', 'GOV_FUND', 'STATE_CAPITAL'];

/** 单位类型: 行政单位 / 参公事业单位 / 其他事业单位. */
export type UnitType = 'ADMINISTRATIVE' | 'CIVIL_SERVICE_INSTITUTION' | 'OTHER_INSTITUTION';
/** 政府经济分类 side of a unit: 机关 (501–503 …) or 事业 (505 对事业单位经常性补助 …). */
export type GovEconCategory = 'ORGAN' | 'INSTITUTION';

/** 支出类型: 基本支出 or 项目支出. 人员经费/公用经费 follow from the 部门经济 类 (301/303 vs 302/310). */
export type SpendingKind = 'BASIC' | 'PROJECT';

export interface Department {
  code: string; // e.g. "045"
  name: string; // e.g. "柳林县行政审批服务管理局"
}

export interface Unit {
  id: string;
  code: string;
  name: string;
  type: UnitType;
  govEconCategory: GovEconCategory;
  sortOrder: number;
}

/** A 预算明细行: one amount with every classification dimension. */
export interface BudgetLine {
  id: string;
  unitId: string;
  /** 功能分类科目 at 项 level, 7 digits. */
  functionalCode: string;
  /** 部门预算支出经济分类 at 款 level, 5 digits. */
  deptEconCode: string;
  /** Per-line override of the 政府经济分类 款 (5 digits); null → from the mapping table. */
  govEconOverride: string | null;
  kind: SpendingKind;
  /** Required when kind = PROJECT, null otherwise. */
  projectId: string | null;
  fundingSource: FundingSource;
  /** 上年结转 (true) or 本年 (false). */
  carryover: boolean;
  amountYuan: Decimal;
}

export type ProjectAttribute = 'ONE_OFF' | 'RECURRING'; // 一次性项目 / 经常性项目

export interface Project {
  id: string;
  unitId: string;
  name: string;
  attribute: ProjectAttribute;
  /** 项目期 in years. */
  periodYears: number;
  sortOrder: number;
  performanceForm: PerformanceForm | null;
}

/** 绩效目标申报表 fund breakdown (元). */
export interface FundBreakdown {
  total: Decimal;
  central: Decimal; // 中央财政资金
  provincial: Decimal; // 省级财政资金
  cityCounty: Decimal; // 市县（区）财政资金
  selfRaised: Decimal; // 单位自筹
  other: Decimal | null; // 其他资金 (often blank)
}

export type IndicatorLevel1 = '产出指标' | '效益指标' | '满意度指标';
export type IndicatorLevel2 =
  | '数量指标'
  | '质量指标'
  | '时效指标'
  | '成本指标'
  | '经济效益指标'
  | '社会效益指标'
  | '生态效益指标'
  | '可持续影响指标'
  | '服务对象满意度指标';
export type IndicatorOperator = '≥' | '≤' | '＞' | '＜' | '=';

/** A 三级指标. Either quantitative (operator + number + unit) or qualitative (text). */
export interface Indicator {
  scope: 'PERIOD' | 'ANNUAL'; // 实施期 / 年度
  level1: IndicatorLevel1;
  level2: IndicatorLevel2;
  name: string;
  operator: IndicatorOperator | null;
  value: string | null; // decimal string, e.g. "98"
  measureUnit: string | null; // %, 个, 台（套）, 元/人天 …
  text: string | null; // qualitative value: 及时, 保障, 提升 …
  sortOrder: number;
}

export interface PerformanceForm {
  funds: { period: FundBreakdown; annual: FundBreakdown };
  overview: string; // 项目概况
  basis: string; // 立项依据
  necessity: string; // 项目设立必要性
  safeguards: string; // 保证项目实施的制度、措施
  plan: string; // 项目实施计划
  goalPeriod: string; // 总体目标 实施期
  goalAnnual: string; // 总体目标 年度
  indicators: Indicator[];
  contactPerson: string | null; // 经办人
  contactPhone: string | null;
  filledAt: string | null; // 填报日期 as printed (e.g. "20230523084736")
}

export type ProcurementCategory = 'GOODS' | 'WORKS' | 'SERVICES'; // 货物 / 工程 / 服务

/** 政府采购 entry: cannot be derived from anything else. */
export interface ProcurementEntry {
  id: string;
  unitId: string;
  projectId: string | null;
  category: ProcurementCategory;
  itemName: string;
  amountYuan: Decimal;
}

/** 上年数: last year's comparable figures for the 情况说明 (元). Null = unknown. */
export interface PriorYearFigures {
  totalIncome: Decimal | null; // 上年收入总计
  totalExpenditure: Decimal | null; // 上年支出总计
  generalPublicCurrent: Decimal | null; // 上年一般公共预算当年拨款
  threePublic: {
    abroad: Decimal | null; // 因公出国（境）费
    reception: Decimal | null; // 公务接待费
    vehiclePurchase: Decimal | null; // 公务用车购置费
    vehicleOperation: Decimal | null; // 公务用车运行维护费
  };
  organOperating: Decimal | null; // 机关运行经费
}

/** Free-text parts the department writes (reasons for changes, etc.). */
export interface NarrativeTexts {
  changeReason: string | null; // 收支变动主要原因
  threePublicChangeReason: string | null; // 三公经费增减变动原因
  organOperatingChangeReason: string | null; // 机关运行经费增减变动原因
}

/** One free-text section as the department wrote it; paragraphs separated by "\n". */
export interface NarrativeSectionText {
  key: string;
  title: string;
  body: string;
}

export interface CodeName {
  code: string;
  name: string;
}

/** Reference data for one fiscal year. */
export interface ReferenceData {
  /** 功能分类 类/款/项 (3/5/7 digits). Must include the 30 类 of 表1. */
  functional: CodeName[];
  /** 部门经济分类 类/款 (3/5 digits). */
  deptEcon: CodeName[];
  /** 政府经济分类 类/款 (3/5 digits). */
  govEcon: CodeName[];
  /** 部门经济 款 × unit category → 政府经济 款. */
  econMapping: { deptEconCode: string; category: GovEconCategory; govEconCode: string }[];
  /** 三公 item codes (部门经济 款). Optional: the codes are unverified, so the defaults in
   * lib/budget/classification/three-public.ts apply unless a year's reference data overrides them. */
  threePublicCodes?: ThreePublicCodes;
}

/** The 部门经济 款 of each 三公 item (因公出国（境）费, 公务接待费, 公务用车购置费, 公务用车运行维护费). */
export interface ThreePublicCodes {
  abroad: string;
  reception: string;
  vehiclePurchase: string;
  vehicleOperation: string;
}

/** Everything the derivation needs for one department-year. */
export interface DepartmentBudget {
  department: Department;
  year: number;
  units: Unit[];
  lines: BudgetLine[];
  projects: Project[];
  procurement: ProcurementEntry[];
  priorYear: PriorYearFigures;
  /** Where each 上年数 came from (lib/budget/prior-year.ts); absent when not known (fixtures). */
  priorYearSource?: Omit<ResolvedPriorYear, 'figures'>;
  narrative: NarrativeTexts;
  /**
   * Last year's 功能分类 项 totals (元, every line of the 项, 本年 and 上年结转) from last year's
   * accepted (批复) budget; absent or null when the system has no accepted previous year
   * (docs/domain.md §11, `ITEM_CHANGE_REASON`).
   */
  priorFunctional?: Readonly<Record<string, Decimal>> | null;
  /** The department's reasons for year-on-year changes, by subject (`functional:2010301`, `threePublic:reception`). */
  changeReasons?: Readonly<Record<string, string>>;
  /**
   * Every NarrativeSection of the department-year in print order (概况 职责/机构设置, 国有资产,
   * 其他说明, 名词解释 …), for the printed report; absent in fixtures that do not need it.
   */
  narrativeSections?: NarrativeSectionText[];
  reference: ReferenceData;
}

// ---------------------------------------------------------------- outputs

export type RowLevel = '类' | '款' | '项' | '单位' | '项目';

/** A derived row; values are exact 元 sums (null = blank cell), rounded only when rendered. */
export interface DisclosureRow {
  code: string | null;
  name: string;
  govCode?: string;
  govName?: string;
  level?: RowLevel;
  values: (Decimal | null)[];
}

export interface DisclosureSection {
  name: '收入' | '支出' | null;
  columns: string[];
  rows: DisclosureRow[];
}

export interface DisclosureTable {
  number: number; // 1..13
  title: string;
  empty: boolean; // 本表无数据
  sections: DisclosureSection[];
}

export type AmountUnit = '万元' | '元';
