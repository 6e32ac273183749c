/**
 * The wire shape of a report: plain JSON, amounts as fixed-point strings already rounded
 * for display ("1234.50"), null for a blank cell. 绩效目标申报表 funds stay in 元.
 */
import type { AmountUnit, DisclosureTable, FundBreakdown, RowLevel } from './types';
import { formatCell } from './money';
import type { PerformanceFormView } from './performance';
import type { RenderedFigure } from './narrative/render';

export interface RenderedRow {
  code: string | null;
  name: string;
  govCode?: string;
  govName?: string;
  level?: RowLevel;
  values: (string | null)[];
}

export interface RenderedTable {
  number: number;
  title: string;
  empty: boolean;
  sections: { name: '收入' | '支出' | null; columns: string[]; rows: RenderedRow[] }[];
}

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
  narrative: { sentences: string[]; figures: Record<string, RenderedFigure> };
  reconciliation: { id: string; equation: string; left: string; right: string; ok: boolean }[];
  performanceForms: RenderedPerformanceForm[];
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
