/** All 13 预算公开表 in order: number, title (without the year) and the pure derivation. */
import type { DepartmentBudget, DisclosureTable } from '../types';
import { TABLE_TITLES, type TableNumber } from './titles';
import { budgetContext, type BudgetContext } from '../context';
import { deriveTable01 } from './table-01-income-expenditure-summary';
import { deriveTable02 } from './table-02-income-summary';
import { deriveTable03 } from './table-03-expenditure-summary';
import { deriveTable04 } from './table-04-fiscal-summary';
import { deriveTable05 } from './table-05-general-public-expenditure';
import { deriveTable06 } from './table-06-basic-by-economic';
import { deriveTable07 } from './table-07-gov-fund-income';
import { deriveTable08 } from './table-08-gov-fund-expenditure';
import { deriveTable09 } from './table-09-state-capital';
import { deriveTable10 } from './table-10-three-public';
import { deriveTable11 } from './table-11-organ-operating';
import { deriveTable12 } from './table-12-current-projects';
import { deriveTable13 } from './table-13-carryover-projects';

/** A table from the budget; pass a shared BudgetContext to resolve the lines only once. */
export type DeriveTable = (budget: DepartmentBudget, ctx?: BudgetContext) => DisclosureTable;

export interface TableDefinition {
  number: TableNumber;
  title: string;
  derive: DeriveTable;
}

function define(number: TableNumber, derive: DeriveTable): TableDefinition {
  return { number, title: TABLE_TITLES[number], derive };
}

export const TABLE_REGISTRY: readonly TableDefinition[] = [
  define(1, deriveTable01),
  define(2, deriveTable02),
  define(3, deriveTable03),
  define(4, deriveTable04),
  define(5, deriveTable05),
  define(6, deriveTable06),
  define(7, deriveTable07),
  define(8, deriveTable08),
  define(9, deriveTable09),
  define(10, deriveTable10),
  define(11, deriveTable11),
  define(12, deriveTable12),
  define(13, deriveTable13),
];

export function deriveTables(budget: DepartmentBudget, ctx: BudgetContext = budgetContext(budget)): DisclosureTable[] {
  return TABLE_REGISTRY.map((definition) => definition.derive(budget, ctx));
}
