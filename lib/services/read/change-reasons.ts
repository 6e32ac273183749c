/**
 * The 增减变动原因 panel of the 情况说明 page (docs/domain.md §11, `ITEM_CHANGE_REASON`): every
 * 功能 项 and 三公 item that moves by at least the year's threshold from its 上年数 (a reason is
 * required) or already has a reason, with both figures (元), the change as the 情况说明 words it and
 * the stored reason with its version. Scoped: the department must be in the caller's reach.
 */
import 'server-only';
import type { Guarded } from '@/lib/auth/guard';
import { reachesDepartment } from '@/lib/auth/scope';
import { narrativeFigures } from '@/lib/budget/narrative/figures';
import { functionalChanges, movesBy, threePublicChanges } from '@/lib/budget/narrative/item-changes';
import { changeClause } from '@/lib/budget/narrative/sentences';
import { Dec } from '@/lib/budget/money';
import { resolveSettings, type Severity } from '@/lib/budget/rules';
import { loadDepartmentBudget } from '@/lib/db/budget-repository';
import { listChangeReasons, type ChangeReasonRecord } from '@/lib/db/change-reason-repository';
import { listRuleSettings } from '@/lib/db/checks-repository';
import { getPrisma } from '@/lib/db/client';
import { forbidden } from '@/lib/errors';

export interface ChangeReasonRow {
  subject: string;
  label: string;
  current: string;
  prior: string | null;
  /** "比上年增加…万元、增长…%" without the leading comma; null when last year is unknown. */
  comparison: string | null;
  /** The rule asks for a reason (the change reaches the threshold). */
  required: boolean;
  reason: ChangeReasonRecord | null;
}

export interface ChangeReasonPanel {
  rows: ChangeReasonRow[];
  thresholdPercent: string;
  /** The year's severity of the rule; null when the rule is switched off. */
  severity: Severity | null;
  /** Whether last year's 项 totals are known (an accepted previous year). */
  functionalKnown: boolean;
}

export async function readChangeReasons(g: Guarded, department: { id: string; code: string }, year: number): Promise<ChangeReasonPanel | null> {
  if (!reachesDepartment(g.scope, department.id)) throw forbidden('无权查看该部门的增减变动原因');
  const db = getPrisma();
  const [budget, stored, settings] = await Promise.all([loadDepartmentBudget(db, department.code, year), listChangeReasons(db, department.id, year), listRuleSettings(db, year)]);
  if (!budget) return null;
  const setting = resolveSettings(settings).ITEM_CHANGE_REASON;
  const threshold = new Dec(setting?.params.thresholdPercent ?? '10.00');
  const items = [...functionalChanges(budget), ...threePublicChanges(narrativeFigures(budget))];
  const rows = items.flatMap((item): ChangeReasonRow[] => {
    const required = Boolean(setting?.enabled) && movesBy(item.change, threshold);
    const reason = stored.find((r) => r.subject === item.subject) ?? null;
    if (!required && !reason) return [];
    const clause = changeClause(item.change);
    return [{ subject: item.subject, label: item.label, current: item.change.current.toFixed(2), prior: item.change.prior?.toFixed(2) ?? null, comparison: clause ? clause.replace(/^，/, '') : null, required, reason }];
  });
  return { rows, thresholdPercent: threshold.toFixed(2), severity: setting?.enabled ? setting.severity : null, functionalKnown: Boolean(budget.priorFunctional) };
}
