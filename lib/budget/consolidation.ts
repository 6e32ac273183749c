/**
 * 全县汇总: the county-wide sum of every department's 表1–3 by 功能 类 and 款, in exact 元.
 * Input is each department's derived tables (values in 元, blank = null); output keeps the
 * tables' own column labels so the consolidated sheet reads like the department ones.
 * Only 类 rows are summed (款/项 are parts of them; adding them too would double count), and
 * the 合计 row is the sum of the departments' printed 合计 (not of the 类 rows), so a 类 missing
 * from a department's reference data still reaches the county total.
 */
import type Decimal from 'decimal.js';
import type { BudgetLine, DepartmentBudget, DisclosureRow, DisclosureSection, DisclosureTable, ReferenceData } from './types';
import { FISCAL_SOURCES } from './types';
import { ZERO } from './money';
import { amountScale, CellPool, fromScaled, hundredthsToScaled, toScaled } from './exact';
import { compareCodes, functionalClassOf, functionalLevel, nameIndex } from './classification/functional';
import { budgetContext, type ResolvedLine } from './context';
import { TABLE_REGISTRY } from './disclosure/registry';
import type { ColumnSpec } from './disclosure/shared';
import { table01SpendingColumns } from './disclosure/table-01-income-expenditure-summary';
import { TABLE02_COLUMNS } from './disclosure/table-02-income-summary';
import { SPENDING_COLUMNS } from './disclosure/table-03-expenditure-summary';

/** The three tables summed, each by its 支出/功能 section. */
export const CONSOLIDATED_TABLES = [1, 2, 3] as const;
export type ConsolidatedTable = (typeof CONSOLIDATED_TABLES)[number];

export interface DepartmentTables {
  departmentCode: string;
  /** At least 表1, 表2 and 表3 of the department-year (others are ignored). */
  tables: readonly DisclosureTable[];
}

export interface ConsolidatedRow {
  code: string;
  name: string;
  /** Exact 元 sums per column of 表1 支出, 表2 and 表3 (zero, never null). */
  values: Record<ConsolidatedTable, Decimal[]>;
}

export interface CountyConsolidation {
  departments: number;
  columns: Record<ConsolidatedTable, string[]>;
  /** One row per 功能 类 present in any department, in code order. */
  classes: ConsolidatedRow[];
  /**
   * One row per 功能 款 with an amount in any of the three tables, in code order (a 款 follows
   * its 类 when merged by code). A line reaches the 款 of its code's first 5 digits when its
   * code is a 功能 款 or 项; the 款 rows of a 类 foot to it in 表2/表3 (and in 表1 when every
   * line carries a 功能 项 code, as the database holds them).
   */
  subclasses: ConsolidatedRow[];
  /** The sum of the departments' 合计 rows (表1: 本年支出合计). */
  total: Record<ConsolidatedTable, Decimal[]>;
}

/** The 功能 section of a table: 表1's 支出 section, the only section of 表2/表3. */
function functionalSectionOf(table: DisclosureTable): DisclosureSection {
  const section = table.number === 1 ? table.sections.find((s) => s.name === '支出') : table.sections[0];
  if (!section) throw new Error(`表${table.number} has no 功能 section`);
  return section;
}

function totalRowOf(table: DisclosureTable, section: DisclosureSection): DisclosureRow {
  const name = table.number === 1 ? '本年支出合计' : '合计';
  const row = section.rows.find((r) => r.level === undefined && r.name === name);
  if (!row) throw new Error(`表${table.number} has no ${name} row`);
  return row;
}

function addInto(target: Decimal[], values: readonly (Decimal | null)[]): void {
  values.forEach((value, i) => {
    if (value) target[i] = (target[i] ?? ZERO).plus(value);
  });
}

const zeros = (n: number): Decimal[] => Array.from({ length: n }, () => ZERO);

export function consolidateCounty(departments: readonly DepartmentTables[]): CountyConsolidation {
  const columns: Partial<Record<ConsolidatedTable, string[]>> = {};
  const total: Partial<Record<ConsolidatedTable, Decimal[]>> = {};
  const classes = new Map<string, { name: string; values: Partial<Record<ConsolidatedTable, Decimal[]>> }>();

  for (const department of departments) {
    for (const number of CONSOLIDATED_TABLES) {
      const table = department.tables.find((t) => t.number === number);
      if (!table) throw new Error(`部门 ${department.departmentCode} 缺少表${number}`);
      const section = functionalSectionOf(table);
      const known = columns[number];
      if (!known) columns[number] = [...section.columns];
      else if (known.join('|') !== section.columns.join('|')) {
        throw new Error(`部门 ${department.departmentCode} 表${number} 的列与其他部门不一致：${section.columns.join('、')}`);
      }
      const width = section.columns.length;
      addInto((total[number] ??= zeros(width)), totalRowOf(table, section).values);
      for (const row of section.rows) {
        if (row.level !== '类' || row.code === null) continue;
        let entry = classes.get(row.code);
        if (!entry) classes.set(row.code, (entry = { name: row.name, values: {} }));
        addInto((entry.values[number] ??= zeros(width)), row.values);
      }
    }
  }

  const complete = <T>(partial: Partial<Record<ConsolidatedTable, T>>, fallback: (n: ConsolidatedTable) => T) =>
    ({ 1: partial[1] ?? fallback(1), 2: partial[2] ?? fallback(2), 3: partial[3] ?? fallback(3) }) satisfies Record<
      ConsolidatedTable,
      T
    >;
  const finalColumns = complete(columns, () => []);
  const width = (n: ConsolidatedTable) => zeros(finalColumns[n].length);
  return {
    departments: departments.length,
    columns: finalColumns,
    classes: [...classes.entries()]
      .sort(([a], [b]) => compareCodes(a, b))
      .map(([code, entry]) => ({ code, name: entry.name, values: complete(entry.values, width) })),
    // The department 表1 has no 款 rows: the 款 breakdown comes from the lines (consolidateSummaries).
    subclasses: [],
    total: complete(total, width),
  };
}

/** A department's 表1–3, derived from one resolved context. */
export function departmentTables(budget: DepartmentBudget): DepartmentTables {
  const ctx = budgetContext(budget);
  const wanted: readonly number[] = CONSOLIDATED_TABLES;
  return {
    departmentCode: budget.department.code,
    tables: TABLE_REGISTRY.filter((t) => wanted.includes(t.number)).map((t) => t.derive(budget, ctx)),
  };
}

/** The fields of a line that 表1–3's 功能 sections read. A BudgetLine is one; so is a sum of lines sharing them. */
export type SummaryLine = Pick<BudgetLine, 'functionalCode' | 'kind' | 'fundingSource' | 'carryover' | 'amountYuan'>;

/**
 * A SummaryLine that also holds its amount as an exact integer of 分, which consolidateSummaries
 * sums without reading amountYuan (so a reader may make that Decimal only when asked: at 10× the
 * county the 全县汇总 reads 70,000 summary lines, docs/benchmarks.md "Fourth round").
 */
export interface HundredthsSummaryLine extends SummaryLine {
  readonly amountHundredths: bigint;
}

function hundredthsOf(line: SummaryLine): bigint | undefined {
  return (line as Partial<HundredthsSummaryLine>).amountHundredths;
}

/** What 表1–3 of a department are made of: a DepartmentBudget is one, so is its lines summed per 功能 code. */
export interface DepartmentSummary {
  department: Pick<DepartmentBudget['department'], 'code'>;
  year: number;
  reference: Pick<ReferenceData, 'functional'>;
  lines: readonly SummaryLine[];
}

/** A column filter reads only kind, source and 结转 of a line: one stand-in line per combination. */
function standIn(l: SummaryLine): ResolvedLine {
  const line: BudgetLine = {
    id: '', unitId: '', functionalCode: l.functionalCode, deptEconCode: '', govEconOverride: null, kind: l.kind,
    projectId: null, fundingSource: l.fundingSource, carryover: l.carryover, amountYuan: ZERO,
  };
  return { line, unit: null, project: null, nature: null, govEconCode: null, fiscal: FISCAL_SOURCES.includes(l.fundingSource), threePublic: null, scaled: 0n, cells: new CellPool(2) };
}

/** Exact integer sums (10^-scale 元) per combination of kind × source × 结转. */
type ComboSums = Map<string, bigint>;

function addCombo(sums: ComboSums, key: string, value: bigint): void {
  sums.set(key, (sums.get(key) ?? 0n) + value);
}

/**
 * 全县汇总 straight from the departments' lines (or lines already summed per 功能 code, kind,
 * source and 结转): the same result as consolidateCounty(budgets.map(departmentTables)), without
 * deriving the tables. A line reaches its 表1 类 row (first 3 characters of its code, whatever the
 * code) and, when its code is a 功能 类/款/项, the 类 row of 表2 and 表3; the 合计 rows take every
 * line; the 类 of a department's 表1 are its reference 类 plus the 类 of its lines; each cell
 * applies the tables' own column filters.
 */
export function consolidateSummaries(departments: readonly DepartmentSummary[]): CountyConsolidation {
  let columns: Record<ConsolidatedTable, ColumnSpec[]> | null = null;
  let scale = 2;
  for (const department of departments) {
    const own = { 1: table01SpendingColumns(department.year), 2: TABLE02_COLUMNS, 3: SPENDING_COLUMNS };
    if (!columns) columns = own;
    else {
      for (const number of CONSOLIDATED_TABLES) {
        const labels = own[number].map((c) => c.label);
        if (columns[number].map((c) => c.label).join('|') !== labels.join('|')) {
          throw new Error(`部门 ${department.department.code} 表${number} 的列与其他部门不一致：${labels.join('、')}`);
        }
      }
    }
    scale = Math.max(scale, amountScale(department.lines.filter((l) => hundredthsOf(l) === undefined).map((l) => l.amountYuan)));
  }

  const combos = new Map<string, ResolvedLine>();
  /** The key of a line's kind × source × 结转, made once per combination (not once per line). */
  const comboKeys = new Map<string, Map<string, [string | undefined, string | undefined]>>();
  const comboOf = (l: SummaryLine): string => {
    let bySource = comboKeys.get(l.kind);
    if (!bySource) comboKeys.set(l.kind, (bySource = new Map()));
    let keys = bySource.get(l.fundingSource);
    if (!keys) bySource.set(l.fundingSource, (keys = [undefined, undefined]));
    const at = l.carryover ? 1 : 0;
    let key = keys[at];
    if (key === undefined) {
      key = keys[at] = `${l.kind}|${l.fundingSource}|${at}`;
      if (!combos.has(key)) combos.set(key, standIn(l));
    }
    return key;
  };
  const total: ComboSums = new Map();
  type Entry = { name: string; table1: ComboSums; functional: ComboSums };
  const classes = new Map<string, Entry>();
  const subclasses = new Map<string, Entry>();
  const entryOf = (map: Map<string, Entry>, code: string, names: ReadonlyMap<string, string>) => {
    let entry = map.get(code);
    if (!entry) map.set(code, (entry = { name: names.get(code) ?? '', table1: new Map(), functional: new Map() }));
    return entry;
  };
  const classEntry = (code: string, names: ReadonlyMap<string, string>) => entryOf(classes, code, names);
  // The lines are first summed per 功能 code × combination across departments (one addition per
  // line; summary lines of many departments share their codes), then each code's sums go to its
  // rows. The rows a code reaches are made when the code is first met, in department order, so
  // each row takes its name from the same department as when every line was added to its rows.
  type CodeSums = { sums: ComboSums; table1: Entry[]; functional: Entry[] };
  const byCode = new Map<string, CodeSums>();
  for (const department of departments) {
    const names = classNames(department.reference);
    for (const code of names.classes) classEntry(code, names.names);
    for (const l of department.lines) {
      const key = comboOf(l);
      let code = byCode.get(l.functionalCode);
      if (!code) {
        // 表1's 类 row takes every line, 表2/表3's only those with a 功能 code; the 款 row those of a 款/项.
        const entry = classEntry(functionalClassOf(l.functionalCode), names.names);
        const level = functionalLevel(l.functionalCode);
        const sub = level === '款' || level === '项' ? [entryOf(subclasses, l.functionalCode.slice(0, 5), names.names)] : [];
        code = { sums: new Map(), table1: [entry, ...sub], functional: level === null ? [] : [entry, ...sub] };
        byCode.set(l.functionalCode, code);
      }
      const hundredths = hundredthsOf(l);
      addCombo(code.sums, key, hundredths === undefined ? toScaled(l.amountYuan, scale) : hundredthsToScaled(hundredths, scale));
    }
  }
  for (const { sums, table1, functional } of byCode.values()) {
    for (const [key, value] of sums) {
      addCombo(total, key, value);
      for (const entry of table1) addCombo(entry.table1, key, value);
      for (const entry of functional) addCombo(entry.functional, key, value);
    }
  }

  const specs = columns ?? { 1: [], 2: [], 3: [] };
  // Each column's filter applied once per combination, not once per row and combination.
  const selectedBy = new Map<ColumnSpec, ReadonlySet<string>>();
  for (const spec of [...specs[1], ...specs[2], ...specs[3]]) {
    selectedBy.set(spec, new Set([...combos].filter(([, line]) => spec.filter(line)).map(([key]) => key)));
  }
  const sumColumns = (sums: ComboSums, columnSpecs: readonly ColumnSpec[]): Decimal[] =>
    columnSpecs.map((spec) => {
      const selected = selectedBy.get(spec);
      let cell = 0n;
      for (const [key, value] of sums) if (selected?.has(key)) cell += value;
      return cell === 0n ? ZERO : fromScaled(cell, scale);
    });
  const rowsOf = (map: ReadonlyMap<string, Entry>): ConsolidatedRow[] =>
    [...map.entries()]
      .sort(([a], [b]) => compareCodes(a, b))
      .map(([code, entry]) => ({
        code,
        name: entry.name,
        values: { 1: sumColumns(entry.table1, specs[1]), 2: sumColumns(entry.functional, specs[2]), 3: sumColumns(entry.functional, specs[3]) },
      }));
  return {
    departments: departments.length,
    columns: { 1: specs[1].map((c) => c.label), 2: specs[2].map((c) => c.label), 3: specs[3].map((c) => c.label) },
    classes: rowsOf(classes),
    subclasses: rowsOf(subclasses),
    total: { 1: sumColumns(total, specs[1]), 2: sumColumns(total, specs[2]), 3: sumColumns(total, specs[3]) },
  };
}

/** The 类 of the year's reference data (表1 lists them all) and the code → name index, once per reference object. */
const classNamesCache = new WeakMap<object, { classes: string[]; names: ReadonlyMap<string, string> }>();
function classNames(reference: Pick<ReferenceData, 'functional'>): { classes: string[]; names: ReadonlyMap<string, string> } {
  let cached = classNamesCache.get(reference);
  if (!cached) {
    cached = {
      classes: reference.functional.filter((entry) => functionalLevel(entry.code) === '类').map((entry) => entry.code),
      names: nameIndex(reference.functional),
    };
    classNamesCache.set(reference, cached);
  }
  return cached;
}

/** 全县汇总 straight from the departments' budgets (see consolidateSummaries). */
export function consolidateBudgets(budgets: readonly DepartmentBudget[]): CountyConsolidation {
  return consolidateSummaries(budgets);
}
