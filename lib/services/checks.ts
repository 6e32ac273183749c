/**
 * The rule catalogue against the database: a department-year's findings with the year's rule
 * settings and last year's unit totals, and the gates of 提交 (unit) and 报送财政 (department),
 * called inside the transition's transaction (lib/services/submissions.ts).
 */
import { describeFinding, evaluateRules, resolveSettings, ruleDefinition, unitGate, type Finding } from '@/lib/budget/rules';
import { loadDepartmentBudget } from '@/lib/db/budget-repository';
import { listAcknowledgements, listRuleSettings, previousYearTotals, type RuleSettingRow } from '@/lib/db/checks-repository';
import type { Db } from '@/lib/db/client';
import type { DerivedReport } from '@/lib/budget/report';
import type { DepartmentBudget } from '@/lib/budget/types';
import { AppError } from '@/lib/errors';

/** The findings of a department-year with the year's settings; null when the department or year is unknown. */
export async function departmentFindings(db: Db, departmentCode: string, year: number): Promise<Finding[] | null> {
  const budget = await loadDepartmentBudget(db, departmentCode, year);
  return budget && budgetFindings(db, budget);
}

/** The findings of a department-year already loaded (the approval page has the budgets); `derived`: its derived report, when the caller has it. */
export async function budgetFindings(db: Db, budget: DepartmentBudget, settings?: readonly RuleSettingRow[], derived?: DerivedReport): Promise<Finding[]> {
  const stored = settings ?? (await listRuleSettings(db, budget.year));
  const previous = await previousYearTotals(db, budget.department.code, budget.year);
  return evaluateRules({ budget, previous }, resolveSettings(stored), derived);
}

const ruleName = (id: string) => ruleDefinition(id)?.name ?? id;
const listed = (findings: readonly Finding[]) => findings.map((f, i) => `${i + 1}. ${describeFinding(f, ruleName)}`).join('\n');

/** The wire form of a finding in a refusal (details.findings). */
const wire = (f: Finding) => ({ ...f, ruleName: ruleName(f.ruleId) });

/** 提交 of a unit: refused (409) while it has a FATAL finding, or a WARN finding not yet acknowledged. */
export async function assertUnitMaySubmit(tx: Db, unit: { id: string; name: string }, departmentCode: string, year: number): Promise<void> {
  const findings = (await departmentFindings(tx, departmentCode, year)) ?? [];
  const acknowledged = await listAcknowledgements(tx, [unit.id], year);
  const { fatal, unacknowledged } = unitGate(findings, unit.id, acknowledged);
  if (fatal.length > 0) {
    throw new AppError('STATE', `${unit.name}有${fatal.length}项致命审核问题，修正后才能提交：\n${listed(fatal)}`, { findings: fatal.map(wire) });
  }
  if (unacknowledged.length > 0) {
    throw new AppError('STATE', `${unit.name}有${unacknowledged.length}项审核警告尚未确认，请逐项确认后再提交：\n${listed(unacknowledged)}`, {
      findings: unacknowledged.map(wire),
    });
  }
}

/** 报送财政 of a department: refused (409) on any FATAL finding of its units or of the department level. */
export async function assertDepartmentMaySubmit(tx: Db, departmentCode: string, departmentName: string, year: number): Promise<void> {
  const fatal = ((await departmentFindings(tx, departmentCode, year)) ?? []).filter((f) => f.severity === 'FATAL');
  if (fatal.length > 0) {
    throw new AppError('STATE', `${departmentName}有${fatal.length}项致命审核问题，修正后才能报送财政：\n${listed(fatal)}`, { findings: fatal.map(wire) });
  }
}
