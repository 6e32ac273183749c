/** The rule catalogue, in the order findings are reported within a severity. */
import type { Rule } from './context';
import type { RuleDefinition } from './types';
import { lineValidityRule, reconciliationRule } from './reconciliation-rules';
import { duplicateFilingRule, formFieldsRule, formFundsRule, formRequiredRule, indicatorsRule, satisfactionRule } from './performance-rules';
import { duplicateLineRule, largeLineRule, unitChangeRule, zeroLineRule } from './plausibility-rules';
import { changeReasonRule, narrativeFigureRule, placeholderRule } from './narrative-rules';
import { itemChangeReasonRule } from './reason-rules';

export const RULES: readonly Rule[] = [
  reconciliationRule,
  lineValidityRule,
  formRequiredRule,
  formFieldsRule,
  indicatorsRule,
  formFundsRule,
  satisfactionRule,
  duplicateFilingRule,
  largeLineRule,
  zeroLineRule,
  duplicateLineRule,
  unitChangeRule,
  placeholderRule,
  narrativeFigureRule,
  changeReasonRule,
  itemChangeReasonRule,
];

export const RULE_DEFINITIONS: readonly RuleDefinition[] = RULES.map((r) => r.definition);

export function ruleDefinition(id: string): RuleDefinition | undefined {
  return RULE_DEFINITIONS.find((d) => d.id === id);
}
