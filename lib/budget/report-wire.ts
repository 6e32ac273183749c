/**
 * The rendered report: the JSON a department-year's 部门预算公开报告 travels in (page, API, CLI,
 * published snapshot) and the only shape the screen, HTML and xlsx renderers take. Amounts are
 * fixed-point strings already rounded for display ("1234.50"), null for a blank cell; 绩效目标申报表
 * funds stay in 元. The rounding notes travel with it, so every medium marks the same cells.
 */
import type { AmountUnit, DisclosureTable, FundBreakdown, RowLevel } from './types';
import { formatCell } from './money';
import type { PerformanceFormView } from './performance';
import type { RoundingGap } from './reconciliation';
import type { RenderedFigure } from './narrative/render';

export interface RenderedRow {
  code: string | null;
  name: string;
  govCode?: string;
  govName?: string;
  level?: RowLevel;
  values: (string | null)[];
}

export interface RenderedSection {
  name: '收入' | '支出' | null;
  columns: string[];
  rows: RenderedRow[];
}

export interface RenderedTable {
  number: number;
  title: string;
  empty: boolean;
  sections: RenderedSection[];
}

export interface RenderedReconciliation {
  id: string;
  equation: string;
  left: string;
  right: string;
  ok: boolean;
  /** Exact 元 amounts of the equation's right-hand terms, when it is a sum of cells (else absent). */
  parts?: string[];
}

/**
 * 尾差说明 ※n: a displayed 万元 total that differs from the sum of its displayed parts, and the
 * cell it is marked on (table number, section, row and amount column, all 0-based but the table).
 */
export interface RenderedRoundingNote {
  number: number;
  id: string;
  equation: string;
  cell: { table: number; section: number; row: number; col: number };
  displayedTotal: string;
  displayedSum: string;
  gap: string;
  explainedByRounding: boolean;
  explanation: string;
}

export type RenderedIndicator = RenderedPerformanceForm['indicators'][number];

export interface RenderedFunds {
  total: string;
  central: string;
  provincial: string;
  cityCounty: string;
  selfRaised: string;
  other: string | null;
}

export interface RenderedPerformanceForm {
  projectName: string;
  department: string;
  unit: string;
  attribute: string;
  period: string;
  funds: { period: RenderedFunds; annual: RenderedFunds };
  overview: string;
  basis: string;
  necessity: string;
  safeguards: string;
  plan: string;
  goalPeriod: string;
  goalAnnual: string;
  indicators: { scope: 'PERIOD' | 'ANNUAL'; level1: string; level2: string; name: string; value: string }[];
  contactPerson: string | null;
  contactPhone: string | null;
  filledAt: string | null;
}

export interface RenderedReport {
  department: { code: string; name: string };
  year: number;
  amountUnit: AmountUnit;
  tables: RenderedTable[];
  /** `titles[i]` heads `sentences[i]` (一、部门预算收支数据变动情况及原因 …); absent in older snapshots. */
  narrative: { sentences: string[]; titles?: string[]; figures: Record<string, RenderedFigure> };
  reconciliation: RenderedReconciliation[];
  /** 万元 only: in 元 every cell is exact and there is nothing to note. */
  roundingNotes: RenderedRoundingNote[];
  performanceForms: RenderedPerformanceForm[];
  /**
   * The department's free-text sections (概况 职责/机构设置, 国有资产, 其他说明, 名词解释 …) in
   * print order; absent in reports rendered before they travelled with it.
   */
  texts?: { key: string; title: string; body: string }[];
}

export function renderTable(table: DisclosureTable, unit: AmountUnit): RenderedTable {
  return {
    number: table.number,
    title: table.title,
    empty: table.empty,
    sections: table.sections.map((section) => ({
      name: section.name,
      columns: [...section.columns],
      rows: section.rows.map((row) => {
        const rendered: RenderedRow = { code: row.code, name: row.name, values: row.values.map((v) => formatCell(v, unit)) };
        if (row.govCode !== undefined) rendered.govCode = row.govCode;
        if (row.govName !== undefined) rendered.govName = row.govName;
        if (row.level !== undefined) rendered.level = row.level;
        return rendered;
      }),
    })),
  };
}

function renderFunds(funds: FundBreakdown): RenderedFunds {
  const yuan = (v: FundBreakdown['total']) => formatCell(v, '元') ?? '0.00';
  return {
    total: yuan(funds.total),
    central: yuan(funds.central),
    provincial: yuan(funds.provincial),
    cityCounty: yuan(funds.cityCounty),
    selfRaised: yuan(funds.selfRaised),
    other: formatCell(funds.other, '元'),
  };
}

export function renderPerformanceForm(form: PerformanceFormView): RenderedPerformanceForm {
  return {
    projectName: form.projectName,
    department: form.department,
    unit: form.unit,
    attribute: form.attribute,
    period: form.period,
    funds: { period: renderFunds(form.funds.period), annual: renderFunds(form.funds.annual) },
    overview: form.overview,
    basis: form.basis,
    necessity: form.necessity,
    safeguards: form.safeguards,
    plan: form.plan,
    goalPeriod: form.goalPeriod,
    goalAnnual: form.goalAnnual,
    indicators: form.indicators.map((i) => ({ scope: i.scope, level1: i.level1, level2: i.level2, name: i.name, value: i.value })),
    contactPerson: form.contactPerson,
    contactPhone: form.contactPhone,
    filledAt: form.filledAt,
  };
}

/** The gaps as numbered notes (※1, ※2 …), in the order the checks list them. */
export function renderRoundingNotes(gaps: readonly RoundingGap[]): RenderedRoundingNote[] {
  return gaps.map((gap, k) => ({
    number: k + 1,
    id: gap.id,
    equation: gap.equation,
    cell: { ...gap.cell },
    displayedTotal: gap.displayedTotal,
    displayedSum: gap.displayedSum,
    gap: gap.gap,
    explainedByRounding: gap.explainedByRounding,
    explanation: gap.explanation,
  }));
}
