/** Helpers for the rule tests: evaluate with defaults (or one rule's parameters changed), pick one rule's findings. */
import { evaluateRules, resolveSettings, type Finding, type PreviousYear } from '@/lib/budget/rules';
import type { DepartmentBudget } from '@/lib/budget/types';

export function findings(budget: DepartmentBudget, ruleId: string, params: Record<string, string> = {}, previous: PreviousYear | null = null): Finding[] {
  const defaults = resolveSettings();
  const base = defaults[ruleId];
  if (!base) throw new Error(`unknown rule ${ruleId}`);
  const settings = { ...defaults, [ruleId]: { ...base, params: { ...base.params, ...params } } };
  return evaluateRules({ budget, previous }, settings).filter((f) => f.ruleId === ruleId);
}
