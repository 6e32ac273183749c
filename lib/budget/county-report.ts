/**
 * The 全县汇总 as rendered: the county-wide 表1–3 by 功能 类 and 款 (lib/budget/consolidation.ts) in a
 * unit, as fixed-point strings. Each displayed cell is its exact 元 sum rounded half-up on its own
 * (formatAmount); no JS float ever carries an amount. Pure: lib/services/county.ts loads and
 * calls it; lib/layout lays it out for screen and xlsx.
 */
import { compareCodes } from './classification/functional';
import { CONSOLIDATED_TABLES, type ConsolidatedRow, type ConsolidatedTable, type CountyConsolidation } from './consolidation';
import { TABLE_TITLES } from './disclosure/titles';
import { formatAmount } from './money';
import type { AmountUnit } from './types';

export interface CountyRow {
  code: string;
  level: '类' | '款';
  name: string;
  /** Fixed-point strings in the requested unit ("1185.70"); null is a blank (zero) cell. */
  values: (string | null)[];
}

export interface CountyTable {
  number: ConsolidatedTable;
  title: string;
  columns: string[];
  /**
   * 类 rows, each followed by its 款 rows: every 类 of the reference data for 表1 (as the
   * department 表1 lists them), the 类 with amounts for 表2/表3; 款 rows only with amounts.
   */
  rows: CountyRow[];
  /** The 合计 row (表1: 本年支出合计), never blank. */
  total: string[];
}

export interface CountyReport {
  year: number;
  amountUnit: AmountUnit;
  /** How many departments the sum covers. */
  departments: number;
  tables: CountyTable[];
}

const TITLES: Record<ConsolidatedTable, string> = {
  1: `${TABLE_TITLES[1]}（支出）`,
  2: TABLE_TITLES[2],
  3: TABLE_TITLES[3],
};

/** The consolidation in the given unit: pure, no I/O. */
export function renderCounty(consolidation: CountyConsolidation, year: number, unit: AmountUnit): CountyReport {
  const tables = CONSOLIDATED_TABLES.map((number): CountyTable => {
    const shown = (row: ConsolidatedRow) => row.values[number].some((v) => !v.isZero());
    const render = (level: CountyRow['level']) => (row: ConsolidatedRow): CountyRow => ({
      code: row.code,
      level,
      name: row.name,
      values: row.values[number].map((v) => (v.isZero() ? null : formatAmount(v, unit))),
    });
    // Codes sort in printed order: a 类, then its 款 (lib/budget/classification/functional.ts).
    const rows = [
      ...consolidation.classes.filter((row) => number === 1 || shown(row)).map(render('类')),
      ...consolidation.subclasses.filter(shown).map(render('款')),
    ].sort((a, b) => compareCodes(a.code, b.code));
    return {
      number,
      title: `${year}年全县${TITLES[number]}`,
      columns: consolidation.columns[number],
      rows,
      total: consolidation.total[number].map((v) => formatAmount(v, unit)),
    };
  });
  return { year, amountUnit: unit, departments: consolidation.departments, tables };
}
