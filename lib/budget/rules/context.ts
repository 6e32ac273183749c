/** What every rule reads, computed once per evaluation: the derived report and name lookups. */
import type Decimal from 'decimal.js';
import { derivedContext, deriveReport, type DerivedReport } from '../report';
import { budgetContext, type BudgetContext } from '../context';
import { Dec, formatThousands } from '../money';
import type { BudgetLine, Project } from '../types';
import type { RawFinding, RuleDefinition, RuleInput } from './types';

export interface RuleContext extends RuleInput {
  report: DerivedReport;
  ctx: BudgetContext;
  unitName(unitId: string): string;
  /** "单位 › 项目「名称」". */
  projectWhere(project: Project): string;
  lineWhere(line: BudgetLine): string;
}

/** A rule's parameters, read as exact decimals. */
export type Params = (key: string) => Decimal;

export interface Rule {
  definition: RuleDefinition;
  check(c: RuleContext, param: Params): RawFinding[];
}

const KIND_LABEL = { BASIC: '基本支出', PROJECT: '项目支出' } as const;

/**
 * `derived`: the report already derived from exactly input.budget (the services' derivation cache,
 * lib/services/derivation-cache.ts), read as is; derived here when absent. Its budget context is
 * reused, not built a second time.
 */
export function ruleContext(input: RuleInput, derived?: DerivedReport): RuleContext {
  const given = derived && derivedContext(derived, input.budget) ? derived : undefined;
  const report = given ?? deriveReport(input.budget);
  const ctx = derivedContext(report, input.budget) ?? budgetContext(input.budget);
  const unitName = (unitId: string) => ctx.unitsById.get(unitId)?.name ?? unitId;
  return {
    ...input,
    report,
    ctx,
    unitName,
    projectWhere: (project) => `${unitName(project.unitId)} › 项目「${project.name}」`,
    lineWhere: (line) => {
      const project = line.projectId ? ctx.projectsById.get(line.projectId) : undefined;
      const what = project ? `项目「${project.name}」` : KIND_LABEL[line.kind];
      return `${unitName(line.unitId)} › ${what} › 明细行 ${line.functionalCode}/${line.deptEconCode}（${formatThousands(line.amountYuan)}元）`;
    },
  };
}

/** "1,234.50元" for messages. */
export const yuanText = (value: Decimal) => `${formatThousands(new Dec(value))}元`;
/** An exact 元 amount for the left/right fields. */
export const fixed = (value: Decimal) => new Dec(value).toFixed(2);
