/**
 * 全县汇总 read: the finance bureau's county-wide 表1–3 by 功能 类 (lib/budget/consolidation.ts),
 * loaded per 功能 类 (loadCountySummaries) and rendered to a wire shape of fixed-point strings.
 * Each displayed cell is its exact 元 sum rounded half-up on its own (formatAmount); no JS float
 * ever carries an amount. The caller has passed the guard on `consolidated.read`; the scope must
 * still reach the whole county.
 */
import type { Guarded } from '@/lib/auth/guard';
import { departmentFilter } from '@/lib/auth/scope';
import { CONSOLIDATED_TABLES, consolidateSummaries, type ConsolidatedTable, type CountyConsolidation } from '@/lib/budget/consolidation';
import { TABLE_TITLES } from '@/lib/budget/disclosure/titles';
import { formatAmount } from '@/lib/budget/money';
import type { AmountUnit } from '@/lib/budget/types';
import { getPrisma } from '@/lib/db/client';
import { loadCountySummaries } from '@/lib/db/consolidation-repository';
import { forbidden, notFound } from '@/lib/errors';
import { countyQuerySchema } from '@/lib/schemas/county';
import { defineOperation } from './operation';

export interface CountyQuery {
  year: number;
  unit: AmountUnit;
}

export interface CountyRow {
  code: string;
  name: string;
  /** Fixed-point strings in the requested unit ("1185.70"); null is a blank (zero) cell. */
  values: (string | null)[];
}

export interface CountyTable {
  number: ConsolidatedTable;
  title: string;
  columns: string[];
  /** 类 rows: every 类 of the reference data for 表1 (as the department 表1 lists them), the 类 with amounts for 表2/表3. */
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
    const rows = consolidation.classes
      .filter((row) => number === 1 || row.values[number].some((v) => !v.isZero()))
      .map((row) => ({
        code: row.code,
        name: row.name,
        values: row.values[number].map((v) => (v.isZero() ? null : formatAmount(v, unit))),
      }));
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

/** The county-wide 表1–3 of a year, for a reader whose scope is the whole county. */
export async function readCounty(g: Guarded, query: CountyQuery): Promise<CountyReport> {
  if (departmentFilter(g.scope) !== null) throw forbidden('当前账户无权查看全县汇总表'); // null = the whole county
  const summaries = await loadCountySummaries(getPrisma(), query.year);
  if (summaries.length === 0) throw notFound(`未找到 ${query.year} 年度数据`);
  return renderCounty(consolidateSummaries(summaries), query.year, query.unit);
}

/** GET /api/county: the county report with the format it was asked in (the route writes the xlsx). */
export const readCountyReport = defineOperation({
  name: 'county.read',
  permission: 'consolidated.read',
  input: countyQuerySchema,
  kind: 'read',
  run: async (g, { year, unit, format }) => ({ report: await readCounty(g, { year, unit }), format }),
});
