/**
 * Lookups shared by every derivation: each line with its unit, project, 人员/公用 nature,
 * resolved 政府经济 款 and 三公 item. Built afresh on every call (no hidden cache): deriveReport
 * builds it once and hands it to every part.
 */
import type Decimal from 'decimal.js';
import type { BudgetLine, DepartmentBudget, Project, ThreePublicCodes, Unit } from './types';
import { amountScale, fromScaled, toScaled } from './money';
import { FISCAL_SOURCES } from './types';
import { expenseNature, govEconIndex, resolveGovEcon, type ExpenseNature } from './classification/econ';
import { nameIndex } from './classification/functional';
import { threePublicCodes, threePublicItemOf, type ThreePublicItem } from './classification/three-public';

export interface ResolvedLine {
  line: BudgetLine;
  unit: Unit | null;
  project: Project | null;
  nature: ExpenseNature | null;
  /** null when neither an override nor a mapping row exists (a validation error). */
  govEconCode: string | null;
  fiscal: boolean;
  threePublic: ThreePublicItem | null;
  /** The amount as an exact integer of 10^-scale 元 (see sumLines). */
  scaled: bigint;
  scale: number;
}

export interface BudgetContext {
  budget: DepartmentBudget;
  lines: ResolvedLine[];
  unitsById: ReadonlyMap<string, Unit>;
  projectsById: ReadonlyMap<string, Project>;
  functionalNames: ReadonlyMap<string, string>;
  deptEconNames: ReadonlyMap<string, string>;
  govEconNames: ReadonlyMap<string, string>;
  threePublicCodes: ThreePublicCodes;
}

export function budgetContext(budget: DepartmentBudget): BudgetContext {
  const unitsById = new Map(budget.units.map((unit) => [unit.id, unit]));
  const projectsById = new Map(budget.projects.map((project) => [project.id, project]));
  const mapping = govEconIndex(budget.reference);
  const codes = threePublicCodes(budget.reference);
  const scale = amountScale(budget.lines.map((line) => line.amountYuan));
  const lines = budget.lines.map((line): ResolvedLine => {
    const unit = unitsById.get(line.unitId) ?? null;
    const gov = unit ? resolveGovEcon(line, unit, mapping) : null;
    return {
      line,
      unit,
      project: line.projectId ? (projectsById.get(line.projectId) ?? null) : null,
      nature: expenseNature(line.deptEconCode),
      govEconCode: gov?.ok ? gov.code : (line.govEconOverride ?? null),
      fiscal: FISCAL_SOURCES.includes(line.fundingSource),
      threePublic: threePublicItemOf(line.deptEconCode, codes),
      scaled: toScaled(line.amountYuan, scale),
      scale,
    };
  });
  return {
    budget,
    lines,
    unitsById,
    projectsById,
    functionalNames: nameIndex(budget.reference.functional),
    deptEconNames: nameIndex(budget.reference.deptEcon),
    govEconNames: nameIndex(budget.reference.govEcon),
    threePublicCodes: codes,
  };
}

/**
 * The exact 元 sum of lines. Amounts are summed as integers (BigInt) of 10^-scale 元, where
 * scale is the largest number of decimals of any line of the budget (at least 2, the 分): exact
 * like Decimal, and much cheaper, since every table cell is a sum over many lines.
 */
export function sumLines(lines: readonly ResolvedLine[]): Decimal {
  let total = 0n;
  for (const l of lines) total += l.scaled;
  return fromScaled(total, lines[0]?.scale ?? 2);
}

/** Units in printed order: sortOrder, then code, then id (a total order, independent of input order). */
export function compareUnits(a: Unit, b: Unit): number {
  return a.sortOrder - b.sortOrder || compareText(a.code, b.code) || compareText(a.id, b.id);
}

export function compareProjects(a: Project, b: Project): number {
  return a.sortOrder - b.sortOrder || compareText(a.name, b.name) || compareText(a.id, b.id);
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
