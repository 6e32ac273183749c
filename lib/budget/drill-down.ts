/**
 * Drill-down (穿透查询, docs/domain.md §13): the budget lines that make one cell of a 预算公开表,
 * their exact 元 sum and the rounding to the displayed cell (docs/domain.md §3).
 *
 * Membership is not defined here: the table is derived by its own module (disclosure/*) inside
 * withRowSources, which records, for every row, the lines it summed and its column filters. A
 * cell's lines are those of its row that pass its column's filter — the same lines, by the same
 * definition, that made the printed figure. A row that is not a sum of lines says where it comes
 * from (declaredRow); one recorded by neither (none in 表1–13) is reported as such, never guessed.
 */
import Decimal from 'decimal.js';
import type { AmountUnit, CodeName, DepartmentBudget, DisclosureRow, DisclosureTable } from './types';
import { budgetContext, compareProjects, compareText, compareUnits, sumLines, type BudgetContext, type ResolvedLine } from './context';
import { TABLE_REGISTRY } from './disclosure/registry';
import { withRowSources, type RowSource } from './disclosure/shared';
import { FUNDING_SOURCE_LABELS } from './disclosure/labels';
import { deptEconClass } from './classification/econ';
import { Dec, formatCell, formatThousands } from './money';

/**
 * A cell of a department's report: table number (1–13), section (0-based: 表1/4/9 have 收入 = 0
 * and 支出 = 1, the others only 0), row (0-based within the section, as rendered) and amount
 * column (0-based among the section's amount columns, the code/name columns not counted).
 */
export interface CellAddress {
  table: number;
  section: number;
  row: number;
  column: number;
}

/** One budget line of a cell, as a reader checks it (amount exact in 元). */
export interface DrillDownLine {
  id: string;
  unit: CodeName;
  functional: CodeName;
  deptEcon: CodeName;
  /** The 政府经济 款 the line resolves to; null when it has none (a validation error). */
  govEcon: CodeName | null;
  kind: '基本支出' | '项目支出';
  /** 人员经费 / 公用经费 for 301/303 and 302/310, null otherwise. */
  nature: '人员经费' | '公用经费' | null;
  fundingSource: string;
  period: '本年' | '上年结转';
  project: string | null;
  amountYuan: string;
}

export type DrillDownSource =
  /** The cell is the exact sum of these lines (none for a blank cell). */
  | { kind: 'lines'; lines: DrillDownLine[]; sumYuan: string }
  /** The cell is not a sum of budget lines: where it comes from instead. */
  | { kind: 'other'; description: string };

/** The cell as displayed in one unit, and the rounding that leads from the exact 元 to it. */
export interface DisplayedCell {
  value: string | null;
  rounding: string;
}

export interface CellDrillDown {
  address: CellAddress;
  table: { number: number; title: string };
  section: '收入' | '支出' | null;
  row: { code: string | null; name: string; govCode?: string; govName?: string };
  column: string;
  /** The derived cell, exact in 元; null = blank. */
  cellYuan: string | null;
  source: DrillDownSource;
  displayed: Record<AmountUnit, DisplayedCell>;
}

/** The description of a row that was not built from lines (see the module comment). */
export const NOT_A_LINE_SUM = '该单元格不是预算明细行的合计，无明细可列';

const TEN_THOUSAND = new Dec(10000);

/** Exact 元 with at least 2 decimals, never rounded ("1234.50", "0.125" stays). */
function exactYuan(value: Decimal): string {
  return value.toFixed(Math.max(2, value.decimalPlaces()));
}

/** How the exact 元 becomes the displayed cell (docs/domain.md §3: half-up, each cell on its own). */
export function roundingText(exact: Decimal | null, unit: AmountUnit): string {
  if (exact === null || exact.isZero()) return '合计为 0，单元格留空';
  const shown = formatCell(exact, unit) as string;
  const exactText = `${formatThousands(exact, Math.max(2, exact.decimalPlaces()))} 元`;
  if (unit === '元') {
    return exact.decimalPlaces() <= 2 ? `${exactText}，按元显示即为 ${shown}` : `${exactText}，四舍五入保留两位小数 = ${shown} 元`;
  }
  const wan = new Dec(exact).div(TEN_THOUSAND);
  return `${exactText} ÷ 10000 = ${wan.toFixed(Math.max(2, wan.decimalPlaces()))} 万元，四舍五入保留两位小数 = ${shown} 万元`;
}

function displayedCell(exact: Decimal | null): Record<AmountUnit, DisplayedCell> {
  const value = exact !== null && exact.isZero() ? null : exact;
  return {
    万元: { value: formatCell(value, '万元'), rounding: roundingText(value, '万元') },
    元: { value: formatCell(value, '元'), rounding: roundingText(value, '元') },
  };
}

function compareLines(a: ResolvedLine, b: ResolvedLine): number {
  const byUnit = a.unit && b.unit ? compareUnits(a.unit, b.unit) : compareText(a.line.unitId, b.line.unitId);
  const byProject = a.project && b.project ? compareProjects(a.project, b.project) : a.project ? 1 : b.project ? -1 : 0;
  return (
    byUnit ||
    compareText(a.line.functionalCode, b.line.functionalCode) ||
    compareText(a.line.deptEconCode, b.line.deptEconCode) ||
    byProject ||
    Number(a.line.carryover) - Number(b.line.carryover) ||
    compareText(a.line.fundingSource, b.line.fundingSource) ||
    compareText(a.line.id, b.line.id)
  );
}

function lineView(l: ResolvedLine, names: { functional: ReadonlyMap<string, string>; deptEcon: ReadonlyMap<string, string>; govEcon: ReadonlyMap<string, string> }): DrillDownLine {
  const { line } = l;
  return {
    id: line.id,
    unit: { code: l.unit?.code ?? '', name: l.unit?.name ?? '（未知单位）' },
    functional: { code: line.functionalCode, name: names.functional.get(line.functionalCode) ?? '' },
    deptEcon: { code: line.deptEconCode, name: names.deptEcon.get(line.deptEconCode) ?? names.deptEcon.get(deptEconClass(line.deptEconCode)) ?? '' },
    govEcon: l.govEconCode === null ? null : { code: l.govEconCode, name: names.govEcon.get(l.govEconCode) ?? '' },
    kind: line.kind === 'BASIC' ? '基本支出' : '项目支出',
    nature: l.nature === 'PERSONNEL' ? '人员经费' : l.nature === 'PUBLIC' ? '公用经费' : null,
    fundingSource: FUNDING_SOURCE_LABELS[line.fundingSource],
    period: line.carryover ? '上年结转' : '本年',
    project: line.projectId === null ? null : (l.project?.name ?? '（未指定项目）'),
    amountYuan: exactYuan(line.amountYuan),
  };
}

/** The lines of a recorded row that make its column `column`, in printed order (unit, 功能, 经济, project). */
export function cellLines(source: Extract<RowSource, { kind: 'lines' }>, column: number): ResolvedLine[] {
  const spec = source.columns[column];
  if (!spec) return [];
  return source.groups.flatMap((group) => group.filter(spec.filter)).sort(compareLines);
}

/** A table derived by its own module, with the source of each row it built. */
export function deriveWithSources(
  budget: DepartmentBudget,
  tableNumber: number,
  ctx = budgetContext(budget),
): { table: DisclosureTable; sources: ReadonlyMap<DisclosureRow, RowSource>; ctx: BudgetContext } | null {
  const definition = TABLE_REGISTRY.find((d) => d.number === tableNumber);
  if (!definition) return null;
  const { result, sources } = withRowSources(() => definition.derive(budget, ctx));
  return { table: result, sources, ctx };
}

/** The drill-down of one cell; null when the address names no amount cell of the table. */
export function drillDownCell(budget: DepartmentBudget, address: CellAddress): CellDrillDown | null {
  const derived = deriveWithSources(budget, address.table);
  return derived && describeCell(derived, address);
}

/** The drill-down of one cell of a table derived with its row sources. */
export function describeCell(
  derived: { table: DisclosureTable; sources: ReadonlyMap<DisclosureRow, RowSource>; ctx: BudgetContext },
  address: CellAddress,
): CellDrillDown | null {
  const { table, sources, ctx } = derived;
  const section = table.sections[address.section];
  const row = section?.rows[address.row];
  const column = section?.columns[address.column];
  if (!section || !row || column === undefined) return null;
  const cell = row.values[address.column] ?? null;
  const recorded = sources.get(row);
  let source: DrillDownSource;
  if (recorded?.kind === 'declared') {
    source = { kind: 'other', description: recorded.source(address.column) };
  } else if (recorded) {
    const names = { functional: ctx.functionalNames, deptEcon: ctx.deptEconNames, govEcon: ctx.govEconNames };
    const lines = cellLines(recorded, address.column);
    source = { kind: 'lines', lines: lines.map((l) => lineView(l, names)), sumYuan: exactYuan(sumLines(lines)) };
  } else {
    source = { kind: 'other', description: NOT_A_LINE_SUM };
  }
  const rowView: CellDrillDown['row'] = { code: row.code, name: row.name };
  if (row.govCode !== undefined) rowView.govCode = row.govCode;
  if (row.govName !== undefined) rowView.govName = row.govName;
  return {
    address: { ...address },
    table: { number: table.number, title: table.title },
    section: section.name,
    row: rowView,
    column,
    cellYuan: cell === null ? null : exactYuan(cell),
    source,
    displayed: displayedCell(cell),
  };
}
