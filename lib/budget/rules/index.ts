/** The rule catalogue (docs/domain.md §11): definitions, settings, the evaluator and the submit gate. */
export * from './types';
export { RULES, RULE_DEFINITIONS, ruleDefinition } from './catalogue';
export { defaultSetting, parameterIssue, resolveSettings, type StoredRuleSetting } from './settings';
export { describeFinding, evaluateRules, findingKey, findingsOf, unitGate, type Acknowledged } from './evaluate';
