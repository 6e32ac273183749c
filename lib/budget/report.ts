/**
 * The whole 部门预算公开报告 of one department-year: deriveReport() computes everything exactly
 * in 元 (pure, deterministic, independent of the order of lines); renderReport() turns it into
 * the rendered JSON, rounding each cell on its own (万元 by default), with its 尾差说明 notes.
 */
import type { AmountUnit, Department, DepartmentBudget, DisclosureTable, NarrativeSectionText } from './types';
import { budgetContext, type BudgetContext } from './context';
import { deriveTables } from './disclosure/registry';
import { narrativeFigures, type NarrativeFigures } from './narrative/figures';
import { narrativeSentences, type NarrativeSentence } from './narrative/sentences';
import { renderFigures } from './narrative/render';
import { reconcile, roundingGaps, tableSumChecks, type ReconciliationFinding, type RoundingGap } from './reconciliation';
import { performanceForms, type PerformanceFormView } from './performance';
import { performanceFindings, type PerformanceFinding } from './performance-findings';
import { validateDepartmentBudget, type BudgetIssue } from './validation';
import type { RenderedReport } from './report-wire';
import { renderPerformanceForm, renderRoundingNotes, renderTable } from './report-wire';

export type { RenderedReport } from './report-wire';

export interface DerivedReport {
  department: Department;
  year: number;
  /** The 13 预算公开表, values exact in 元. */
  tables: DisclosureTable[];
  narrative: { figures: NarrativeFigures; sentences: NarrativeSentence[] };
  reconciliation: ReconciliationFinding[];
  roundingGaps: RoundingGap[];
  performanceForms: PerformanceFormView[];
  findings: { validation: BudgetIssue[]; performance: PerformanceFinding[] };
  /** The department's free-text sections as written (printed in 概况, 情况说明 and 名词解释). */
  texts: NarrativeSectionText[];
}

/** The budget context each derived report was made with (kept out of the report's own fields). */
const contexts = new WeakMap<DerivedReport, BudgetContext>();

/**
 * The budget context `report` was derived with, when it was derived from exactly `budget`: the
 * 审核 rules (lib/budget/rules/context.ts) read the same resolved lines instead of resolving them again.
 */
export function derivedContext(report: DerivedReport, budget: DepartmentBudget): BudgetContext | undefined {
  const ctx = contexts.get(report);
  return ctx?.budget === budget ? ctx : undefined;
}

export function deriveReport(budget: DepartmentBudget): DerivedReport {
  const ctx = budgetContext(budget); // lines resolved once and equal cells built once (its CellPool), shared by every part
  const tables = deriveTables(budget, ctx);
  const figures = narrativeFigures(budget, ctx);
  const checks = tableSumChecks(tables); // the 勾稽 equations, shared by reconcile and roundingGaps
  let findings: DerivedReport['findings'] | undefined;
  const report: DerivedReport = {
    department: { ...budget.department },
    year: budget.year,
    tables,
    narrative: { figures, sentences: narrativeSentences(budget, figures) },
    reconciliation: reconcile(budget, tables, ctx, checks),
    roundingGaps: roundingGaps(tables, checks),
    performanceForms: performanceForms(budget, ctx),
    // Read by the 审核 rules (lib/budget/rules), never by renderReport: made on first read, so a
    // report-cache miss does not validate every line for nothing (issue 13).
    get findings() {
      return (findings ??= { validation: validateDepartmentBudget(budget), performance: performanceFindings(budget, ctx) });
    },
    texts: (budget.narrativeSections ?? []).map(({ key, title, body }) => ({ key, title, body })),
  };
  contexts.set(report, ctx);
  return report;
}

export function renderReport(report: DerivedReport, unit: AmountUnit = '万元'): RenderedReport {
  return {
    department: { code: report.department.code, name: report.department.name },
    year: report.year,
    amountUnit: unit,
    tables: report.tables.map((table) => renderTable(table, unit)),
    narrative: {
      sentences: report.narrative.sentences.map((s) => s.text),
      titles: report.narrative.sentences.map((s) => s.title),
      figures: renderFigures(report.narrative.figures, unit),
    },
    reconciliation: report.reconciliation.map((f) => ({
      id: f.id,
      equation: f.equation,
      left: f.left,
      right: f.right,
      ok: f.ok,
      ...(f.parts ? { parts: [...f.parts] } : {}),
    })),
    roundingNotes: unit === '万元' ? renderRoundingNotes(report.roundingGaps) : [],
    performanceForms: report.performanceForms.map(renderPerformanceForm),
    texts: report.texts.map((t) => ({ ...t })),
  };
}
