/**
 * evaluateRules(): every enabled rule of the catalogue over one department-year, with the year's
 * settings; findings carry the severity the year gives their rule. Pure and deterministic.
 */
import { Dec } from '../money';
import type { DerivedReport } from '../report';
import { RULES } from './catalogue';
import { ruleContext } from './context';
import { resolveSettings } from './settings';
import type { Finding, RuleInput, RuleSettings, Severity } from './types';

const RANK: Readonly<Record<Severity, number>> = { FATAL: 0, WARN: 1, INFO: 2 };

/** `derived`: the report already derived from input.budget, if the caller has it (else derived here). */
export function evaluateRules(input: RuleInput, settings: RuleSettings = resolveSettings(), derived?: DerivedReport): Finding[] {
  const c = ruleContext(input, derived);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = settings[rule.definition.id];
    if (!setting?.enabled) continue;
    const param = (key: string) => new Dec(setting.params[key] ?? rule.definition.parameters.find((p) => p.key === key)?.defaultValue ?? '0');
    for (const raw of rule.check(c, param)) findings.push({ ruleId: rule.definition.id, severity: setting.severity, ...raw });
  }
  // Stable sort: by severity, rule order kept within it.
  return findings.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/** The acknowledgement key of a finding: rule id + its key. */
export const findingKey = (f: Pick<Finding, 'ruleId' | 'key'>) => `${f.ruleId}:${f.key}`;

/** The findings of one unit (unitId) or of the department level (null). */
export const findingsOf = (findings: readonly Finding[], unitId: string | null) => findings.filter((f) => f.unitId === unitId);

export interface Acknowledged {
  ruleId: string;
  findingKey: string;
}

/** What stops a unit's 提交: its FATAL findings, and its WARN findings not acknowledged yet. */
export function unitGate(findings: readonly Finding[], unitId: string, acknowledged: readonly Acknowledged[]): { fatal: Finding[]; unacknowledged: Finding[] } {
  const own = findingsOf(findings, unitId);
  const done = new Set(acknowledged.map((a) => `${a.ruleId}:${a.findingKey}`));
  return {
    fatal: own.filter((f) => f.severity === 'FATAL'),
    unacknowledged: own.filter((f) => f.severity === 'WARN' && !done.has(findingKey(f))),
  };
}

/** One line per finding, for refusals and the command line: "[致命] 规则 · 位置：说明". */
export function describeFinding(f: Finding, label: (ruleId: string) => string = (id) => id): string {
  const sides = f.left !== null && f.right !== null ? `（左边${f.left}元，右边${f.right}元）` : '';
  return `${label(f.ruleId)} · ${f.where}：${f.message}${sides}`;
}
