/**
 * The wire report: the JSON a department-year's 部门预算公开报告 travels in (API, CLI, snapshot).
 * Amounts are fixed-point strings already rounded for display ("1185.70"); null is a blank cell.
 * The renderers in lib/export take only this shape, never Decimals or database rows, so what
 * the HTML and the workbook show is exactly what the JSON says.
 */
import type { AmountUnit, RowLevel } from '@/lib/budget/types';

export interface WireRow {
  code: string | null;
  name: string;
  govCode?: string;
  govName?: string;
  level?: RowLevel;
  /** In the section's column order; fixed-point strings, null for a blank cell. */
  values: (string | null)[];
}

export interface WireSection {
  name: '收入' | '支出' | null;
  columns: string[];
  rows: WireRow[];
}

export interface WireTable {
  number: number;
  title: string;
  empty: boolean;
  sections: WireSection[];
}

export interface WireReconciliation {
  id: string;
  equation: string;
  left: string;
  right: string;
  ok: boolean;
}

/** 绩效目标申报表 funds in 元, fixed-point strings; `other` null = blank (其他资金). */
export interface WireFunds {
  total: string;
  central: string;
  provincial: string;
  cityCounty: string;
  selfRaised: string;
  other: string | null;
}

/** A 三级指标 with its value as printed ("≥98%", "及时"). */
export interface WireIndicator {
  scope: 'PERIOD' | 'ANNUAL';
  level1: string;
  level2: string;
  name: string;
  value: string;
}

/** One 绩效目标申报表. */
export interface WirePerformanceForm {
  projectName: string;
  /** 主管部门及代码, e.g. "045-柳林县行政审批服务管理局[部门]". */
  department: string;
  /** 实施单位. */
  unit: string;
  /** 项目属性 as printed, e.g. "一次性项目（1年结束）". */
  attribute: string;
  /** 项目期 as printed, e.g. "1年". */
  period: string;
  funds: { period: WireFunds; annual: WireFunds };
  overview: string;
  basis: string;
  necessity: string;
  safeguards: string;
  plan: string;
  goalPeriod: string;
  goalAnnual: string;
  indicators: WireIndicator[];
  contactPerson: string | null;
  contactPhone: string | null;
  filledAt: string | null;
}

export interface WireReport {
  department: { code: string; name: string };
  year: number;
  amountUnit: AmountUnit;
  tables: WireTable[];
  narrative: { sentences: string[]; figures: Record<string, unknown> };
  reconciliation: WireReconciliation[];
  performanceForms: WirePerformanceForm[];
}
