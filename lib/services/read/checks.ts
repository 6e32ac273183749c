/** Reads for the checks UI: a unit's findings (lines page), the year's rules with their settings (rules page). */
import 'server-only';
import type { Guarded } from '@/lib/auth/guard';
import { RULE_DEFINITIONS, resolveSettings, type RuleDefinition, type RuleSetting } from '@/lib/budget/rules';
import { listRuleSettings } from '@/lib/db/checks-repository';
import { getPrisma } from '@/lib/db/client';
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
