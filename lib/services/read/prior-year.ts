/**
 * The 上年数 panel of the 情况说明 page: for each of the eight figures, last year's value (元),
 * where it came from, this year's value and the change as the 情况说明 words it; plus the leader's
 * own entries and their version for the form. Scoped: the department must be in the caller's reach.
 */
import type { Guarded } from '@/lib/auth/guard';
import { reachesDepartment } from '@/lib/auth/scope';
import { narrativeFigures, change } from '@/lib/budget/narrative/figures';
import { changeClause } from '@/lib/budget/narrative/sentences';
import { PRIOR_YEAR_KEYS, PRIOR_YEAR_LABEL, currentValues, fromPriorYearFigures, type PriorYearKey, type PriorYearSource } from '@/lib/budget/prior-year';
import { loadDepartmentBudget } from '@/lib/db/budget-repository';
import { getPrisma } from '@/lib/db/client';
import { findEnteredPriorYear, type EnteredPriorYear } from '@/lib/db/prior-year-repository';
import { forbidden } from '@/lib/errors';

export interface PriorYearRow {
  key: PriorYearKey;
  label: string;
  prior: string | null;
  source: PriorYearSource;
  current: string;
  /** "比上年增加…万元、增长…%" without the leading comma, or null when last year is unknown. */
  comparison: string | null;
}

export interface PriorYearPanel {
  rows: PriorYearRow[];
  publishedYear: number | null;
  entered: EnteredPriorYear | null;
}

export async function readPriorYear(g: Guarded, department: { id: string; code: string }, year: number): Promise<PriorYearPanel | null> {
  if (!reachesDepartment(g.scope, department.id)) throw forbidden('无权查看该部门的上年数');
  const db = getPrisma();
  const [budget, entered] = await Promise.all([loadDepartmentBudget(db, department.code, year), findEnteredPriorYear(db, department.id, year)]);
  if (!budget) return null;
  const current = currentValues(narrativeFigures(budget));
  const prior = fromPriorYearFigures(budget.priorYear);
  const rows = PRIOR_YEAR_KEYS.map((key): PriorYearRow => {
    const clause = changeClause(change(current[key], prior[key]));
    return {
      key,
      label: PRIOR_YEAR_LABEL[key],
      prior: prior[key]?.toFixed(2) ?? null,
      source: budget.priorYearSource?.sources[key] ?? null,
      current: current[key].toFixed(2),
      comparison: clause ? clause.replace(/^，/, '') : null,
    };
  });
  return { rows, publishedYear: budget.priorYearSource?.publishedYear ?? null, entered };
}
