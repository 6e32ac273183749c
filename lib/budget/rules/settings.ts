/**
 * Rule settings per fiscal year: what is stored overrides the definition's defaults; a rule
 * without a stored row runs as defined. Parameters are decimal strings, checked here.
 */
import { RULE_DEFINITIONS, ruleDefinition } from './catalogue';
import type { RuleParameter, RuleSetting, RuleSettings, Severity } from './types';

export interface StoredRuleSetting {
  ruleId: string;
  enabled: boolean;
  severity: Severity;
  params: Readonly<Record<string, string>>;
}

const PATTERN: Readonly<Record<RuleParameter['unit'], RegExp>> = {
  元: /^(0|[1-9]\d{0,15})(\.\d{1,2})?$/,
  '%': /^(0|[1-9]\d{0,5})(\.\d{1,2})?$/,
  个: /^(0|[1-9]\d{0,3})$/,
};

/** Null when the value suits the parameter, else a Chinese message naming it. */
export function parameterIssue(parameter: RuleParameter, value: string): string | null {
  if (PATTERN[parameter.unit].test(value.trim())) return null;
  return parameter.unit === '个'
    ? `${parameter.label}须为不小于0的整数`
    : `${parameter.label}须为不小于0、最多两位小数的数（${parameter.unit}）`;
}

export function defaultSetting(ruleId: string): RuleSetting | null {
  const definition = ruleDefinition(ruleId);
  if (!definition) return null;
  return { enabled: true, severity: definition.severity, params: Object.fromEntries(definition.parameters.map((p) => [p.key, p.defaultValue])) };
}

/** Every rule's effective setting; stored rows for unknown rules and unknown or malformed parameters are ignored. */
export function resolveSettings(stored: readonly StoredRuleSetting[] = []): RuleSettings {
  const settings: Record<string, RuleSetting> = {};
  for (const definition of RULE_DEFINITIONS) {
    const row = stored.find((s) => s.ruleId === definition.id);
    const params = Object.fromEntries(
      definition.parameters.map((p) => {
        const value = row?.params[p.key];
        return [p.key, value !== undefined && parameterIssue(p, value) === null ? value.trim() : p.defaultValue];
      }),
    );
    settings[definition.id] = { enabled: row?.enabled ?? true, severity: row?.severity ?? definition.severity, params };
  }
  return settings;
}
