/** Reads for the checks UI: a unit's findings (lines page), the year's rules with their settings (rules page), the 审核问题汇总 (approval page). */
import 'server-only';
import type { Guarded } from '@/lib/auth/guard';
import { reachesDepartment, reachesUnit } from '@/lib/auth/scope';
import { RULE_DEFINITIONS, findingKey, findingsOf, resolveSettings, ruleDefinition, type Finding, type RuleDefinition, type RuleSetting } from '@/lib/budget/rules';
import type { DepartmentBudget } from '@/lib/budget/types';
import { listAcknowledgements, listRuleSettings } from '@/lib/db/checks-repository';
import { getPrisma } from '@/lib/db/client';
import { budgetFindings } from '../checks';
import { departmentFindingsCached } from '../findings-cache';
import { listFindings, type FindingView } from '../rules';

/** The unit's findings with their acknowledgements (the caller reaches the unit: the page loaded it in scope). */
export async function readUnitFindings(g: Guarded, unitId: string, year: number): Promise<FindingView[]> {
  return (await listFindings.run(g, { year, unitId })).findings;
}

export interface RuleRow {
  definition: RuleDefinition;
  setting: RuleSetting;
  /** The stored row's version; null while the rule runs with its defaults. */
  version: number | null;
  updatedAt: string | null;
}

/** Every rule of the catalogue with the year's setting (the caller has passed the guard on `rules.manage`). */
export async function readRules(_g: Guarded, year: number): Promise<RuleRow[]> {
  const stored = await listRuleSettings(getPrisma(), year);
  const settings = resolveSettings(stored);
  return RULE_DEFINITIONS.map((definition) => {
    const row = stored.find((s) => s.ruleId === definition.id);
    const setting = settings[definition.id] ?? { enabled: true, severity: definition.severity, params: {} };
    return { definition, setting, version: row?.version ?? null, updatedAt: row?.updatedAt ?? null };
  });
}

export interface AcknowledgedWarning {
  ruleName: string;
  where: string;
  message: string;
  note: string | null;
  userName: string;
  createdAt: string;
}

export interface FindingCounts {
  /** Open: FATAL findings, WARN findings not acknowledged yet, INFO findings. */
  fatal: number;
  warn: number;
  info: number;
}

export interface UnitFindingSummary extends FindingCounts {
  unitId: string;
  unitName: string;
  acknowledged: AcknowledgedWarning[];
}

export interface DepartmentFindingSummary {
  departmentId: string;
  departmentName: string;
  /** The department level (情况说明, 增减变动原因 …): only FATAL and INFO matter there. */
  departmentLevel: FindingCounts;
  units: UnitFindingSummary[];
}

/**
 * 审核问题汇总 for the 审核报送 page: per unit of each department given (budgets already loaded),
 * the open FATAL / WARN / INFO counts and the acknowledged warnings with who, when and the note.
 * Only the units the caller reaches; the department level for departments the caller reaches.
 */
export async function readFindingSummaries(g: Guarded, departments: readonly { departmentId: string; name: string; budget: DepartmentBudget | null }[]): Promise<DepartmentFindingSummary[]> {
  const db = getPrisma();
  const summaries: DepartmentFindingSummary[] = [];
  for (const d of departments) {
    if (!d.budget || !reachesDepartment(g.scope, d.departmentId)) continue;
    // The findings cache (its own data version read first, so never older than the budget shown).
    const findings = (await departmentFindingsCached(db, d.budget.department.code, d.budget.year)) ?? (await budgetFindings(db, d.budget));
    const units = d.budget.units.filter((u) => reachesUnit(g.scope, { id: u.id, departmentId: d.departmentId }));
    const acks = await listAcknowledgements(db, units.map((u) => u.id), d.budget.year);
    const count = (own: readonly Finding[], acknowledged: ReadonlySet<string>): FindingCounts => ({
      fatal: own.filter((f) => f.severity === 'FATAL').length,
      warn: own.filter((f) => f.severity === 'WARN' && !acknowledged.has(findingKey(f))).length,
      info: own.filter((f) => f.severity === 'INFO').length,
    });
    summaries.push({
      departmentId: d.departmentId,
      departmentName: d.name,
      departmentLevel: count(findingsOf(findings, null), new Set()),
      units: units.map((u) => {
        const own = findingsOf(findings, u.id);
        const mine = acks.filter((a) => a.unitId === u.id);
        const acknowledged = own.flatMap((f) => {
          const ack = f.severity === 'WARN' ? mine.find((a) => a.ruleId === f.ruleId && a.findingKey === f.key) : undefined;
          return ack ? [{ ruleName: ruleDefinition(f.ruleId)?.name ?? f.ruleId, where: f.where, message: f.message, note: ack.note, userName: ack.userName, createdAt: ack.createdAt }] : [];
        });
        return { unitId: u.id, unitName: u.name, ...count(own, new Set(mine.map((a) => `${a.ruleId}:${a.findingKey}`))), acknowledged };
      }),
    });
  }
  return summaries;
}
