/**
 * The rule catalogue's vocabulary (docs/domain.md §11): every check is a rule with an id, a
 * Chinese name and explanation, a severity and parameters; the finance bureau switches rules on
 * and off and changes severities and parameters per fiscal year (RuleSettings). Findings say
 * where (in Chinese), what, and — for equations — both sides in 元.
 */
import type Decimal from 'decimal.js';
import type { DepartmentBudget } from '../types';

/** 致命 blocks 提交/报送; 警告 must be acknowledged before 提交; 提示 informs. */
export const SEVERITIES = ['FATAL', 'WARN', 'INFO'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { FATAL: '致命', WARN: '警告', INFO: '提示' };

export interface RuleParameter {
  key: string;
  /** Chinese label, e.g. 单笔金额上限. */
  label: string;
  /** 元 (2 decimals), % (2 decimals) or a whole count. */
  unit: '元' | '%' | '个';
  /** The default as a decimal string ("100000000.00", "10.00", "1"). */
  defaultValue: string;
}

export interface RuleDefinition {
  id: string;
  name: string;
  explanation: string;
  severity: Severity;
  parameters: readonly RuleParameter[];
}

/** One rule's effective setting for a year (the definition's defaults when nothing is stored). */
export interface RuleSetting {
  enabled: boolean;
  severity: Severity;
  /** Every parameter of the rule, as a decimal string. */
  params: Readonly<Record<string, string>>;
}

export type RuleSettings = Readonly<Record<string, RuleSetting>>;

/** Last year's figures the system has (from last year's lines), per unit id. */
export interface PreviousYear {
  year: number;
  unitTotals: ReadonlyMap<string, Decimal>;
}

/** What the evaluator reads: the same budget deriveReport gets, plus last year's figures when present. */
export interface RuleInput {
  budget: DepartmentBudget;
  previous: PreviousYear | null;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** The unit the finding belongs to; null = department level. */
  unitId: string | null;
  /** Identifies the finding within its rule (stable while the data it speaks of is unchanged): acknowledgements name it. */
  key: string;
  /** The project the finding is about (the 绩效目标申报表 rules), for the project pages. */
  projectId?: string;
  /** Chinese location: "柳林县政务服务中心 › 项目「日常维修」". */
  where: string;
  message: string;
  /** Both sides in 元 (2 decimals) when the finding is an equation or a comparison; else null. */
  left: string | null;
  right: string | null;
}

/** A finding as a rule reports it; the evaluator adds the rule id and the year's severity. */
export type RawFinding = Omit<Finding, 'ruleId' | 'severity'>;
