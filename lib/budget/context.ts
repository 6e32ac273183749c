/**
 * Lookups shared by every derivation: each line with its unit, project, 人员/公用 nature,
 * resolved 政府经济 款 and 三公 item. deriveReport builds it once and hands it to every part.
 * What depends on the year's reference data alone (name indexes, the 对照 index, the 三公
 * codes) is built once per ReferenceData object (all budgets of a year share one; reference
 * data is never mutated in place), and a line's 政府经济 款 and 三公 item are resolved on first
 * read: 表1–5 and 7–9 read neither.
 */
import type Decimal from 'decimal.js';
import type { BudgetLine, DepartmentBudget, Project, ReferenceData, ThreePublicCodes, Unit } from './types';
import { amountScale, CellPool, fromScaled, toScaled } from './exact';
import { FISCAL_SOURCES } from './types';
import { expenseNature, govEconIndex, resolveGovEcon, type ExpenseNature, type GovEconIndex } from './classification/econ';
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
  /** The cells of this line's budget: one scale for all its lines, each distinct sum built once. */
  cells: CellPool;
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

interface ReferenceIndexes {
  functionalNames: ReadonlyMap<string, string>;
  deptEconNames: ReadonlyMap<string, string>;
  govEconNames: ReadonlyMap<string, string>;
  mapping: GovEconIndex;
  threePublicCodes: Readonly<ThreePublicCodes>;
}

const referenceIndexCache = new WeakMap<ReferenceData, ReferenceIndexes>();

/** The indexes of one ReferenceData object, built on its first use. */
function referenceIndexes(reference: ReferenceData): ReferenceIndexes {
  let indexes = referenceIndexCache.get(reference);
  if (!indexes) {
    indexes = {
      functionalNames: nameIndex(reference.functional),
      deptEconNames: nameIndex(reference.deptEcon),
      govEconNames: nameIndex(reference.govEcon),
      mapping: govEconIndex(reference),
      threePublicCodes: Object.freeze(threePublicCodes(reference)),
    };
    referenceIndexCache.set(reference, indexes);
  }
  return indexes;
}

const UNRESOLVED = Symbol('unresolved');

/** A ResolvedLine whose 政府经济 款 and 三公 item are looked up on first read, then remembered. */
class LazyResolvedLine implements ResolvedLine {
  #govEconCode: string | null | typeof UNRESOLVED = UNRESOLVED;
  #threePublic: ThreePublicItem | null | typeof UNRESOLVED = UNRESOLVED;

  constructor(
    readonly line: BudgetLine,
    readonly unit: Unit | null,
    readonly project: Project | null,
    readonly nature: ExpenseNature | null,
    readonly fiscal: boolean,
    readonly scaled: bigint,
    readonly cells: CellPool,
    private readonly indexes: ReferenceIndexes,
  ) {}

  get govEconCode(): string | null {
    if (this.#govEconCode === UNRESOLVED) {
      const gov = this.unit ? resolveGovEcon(this.line, this.unit, this.indexes.mapping) : null;
      this.#govEconCode = gov?.ok ? gov.code : (this.line.govEconOverride ?? null);
    }
    return this.#govEconCode;
  }

  get threePublic(): ThreePublicItem | null {
    if (this.#threePublic === UNRESOLVED) this.#threePublic = threePublicItemOf(this.line.deptEconCode, this.indexes.threePublicCodes);
    return this.#threePublic;
  }
}

export function budgetContext(budget: DepartmentBudget): BudgetContext {
  const unitsById = new Map(budget.units.map((unit) => [unit.id, unit]));
  const projectsById = new Map(budget.projects.map((project) => [project.id, project]));
  const indexes = referenceIndexes(budget.reference);
  const scale = amountScale(budget.lines.map((line) => line.amountYuan));
  const cells = new CellPool(scale);
  const lines = budget.lines.map(
    (line): ResolvedLine =>
      new LazyResolvedLine(
        line,
        unitsById.get(line.unitId) ?? null,
        line.projectId ? (projectsById.get(line.projectId) ?? null) : null,
        expenseNature(line.deptEconCode),
        FISCAL_SOURCES.includes(line.fundingSource),
        toScaled(line.amountYuan, scale),
        cells,
        indexes,
      ),
  );
  return {
    budget,
    lines,
    unitsById,
    projectsById,
    functionalNames: indexes.functionalNames,
    deptEconNames: indexes.deptEconNames,
    govEconNames: indexes.govEconNames,
    // A copy per context, as before: callers may hold it beyond the reference data's lifetime.
    threePublicCodes: { ...indexes.threePublicCodes },
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
  const first = lines[0];
  return first ? first.cells.cell(total) : fromScaled(total, 2);
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
