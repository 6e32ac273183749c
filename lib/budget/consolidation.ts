/**
 * 全县汇总: the county-wide sum of every department's 表1–3 by 功能 类, in exact 元.
 * Input is each department's derived tables (values in 元, blank = null); output keeps the
 * tables' own column labels so the consolidated sheet reads like the department ones.
 * Only 类 rows are summed (款/项 are parts of them; adding them too would double count), and
 * the 合计 row is the sum of the departments' printed 合计 (not of the 类 rows), so a 类 missing
 * from a department's reference data still reaches the county total.
 */
import type Decimal from 'decimal.js';
import type { DepartmentBudget, DisclosureRow, DisclosureSection, DisclosureTable } from './types';
import { ZERO } from './money';
import { compareCodes } from './classification/functional';
import { budgetContext } from './context';
import { TABLE_REGISTRY } from './disclosure/registry';

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

/** 全县汇总 straight from the departments' budgets. */
export function consolidateBudgets(budgets: readonly DepartmentBudget[]): CountyConsolidation {
  return consolidateCounty(budgets.map(departmentTables));
}
