/** docs/domain.md §5 equations that live inside one table (ids E1…E11 follow the section's numbering). */
import type { SumCheck, TableSet } from './checks';
import { rowIndex } from './checks';
import { columnChecks, range, rowSumChecks, treeChecks } from './structure';

function classRows(tables: TableSet, table: number, section: number): number[] {
  const rows = tables.get(table)?.sections[section]?.rows ?? [];
  return range(0, rows.length).filter((i) => rows[i]?.level === '类');
}

/** 表1 and 表4 share a shape: income rows, then 功能 类 rows with 本年支出合计 / 年终结转 / 支出总计. */
function summaryTableChecks(tables: TableSet, eq: string, table: number, carryLabel: string): SumCheck[] {
  const yearTotal = rowIndex(tables, table, 0, '本年收入合计');
  const carry = rowIndex(tables, table, 0, carryLabel);
  const incomeTotal = rowIndex(tables, table, 0, '收入总计');
  const spendTotal = rowIndex(tables, table, 1, '本年支出合计');
  const yearEnd = rowIndex(tables, table, 1, '年终结转');
  const grandTotal = rowIndex(tables, table, 1, '支出总计');
  const carrySources = table === 4 ? rowSumChecks(tables, eq, table, 0, carry, range(carry + 1, incomeTotal)) : [];
  const columns = tables.get(table)?.sections[1]?.columns.length ?? 0;
  return [
    ...rowSumChecks(tables, eq, table, 0, yearTotal, range(0, yearTotal)),
    ...carrySources,
    ...rowSumChecks(tables, eq, table, 0, incomeTotal, [yearTotal, carry]),
    ...rowSumChecks(tables, eq, table, 1, spendTotal, classRows(tables, table, 1)),
    ...rowSumChecks(tables, eq, table, 1, grandTotal, [spendTotal, yearEnd]),
    ...columnChecks(tables, table === 1 ? 'E2' : eq, table, 1, 0, range(1, columns)),
    {
      id: `${eq}:表${table}:收入总计=支出总计`,
      equation: `表${table} 收入总计 = 支出总计`,
      total: { table, section: 0, row: incomeTotal, col: 0 },
      parts: [{ table, section: 1, row: grandTotal, col: 0 }],
    },
  ];
}

function threePublicChecks(tables: TableSet): SumCheck[] {
  const at = (name: string) => rowIndex(tables, 10, 0, name);
  const vehicles = at('公务用车购置及运行费');
  return [
    ...rowSumChecks(tables, 'E9', 10, 0, vehicles, [at('①公务用车购置费'), at('②公务用车运行维护费')]),
    ...rowSumChecks(tables, 'E9', 10, 0, at('合计'), [at('因公出国（境）费'), at('公务接待费'), vehicles]),
    ...columnChecks(tables, 'E9', 10, 0, 0, [1, 2, 3]),
  ];
}

export function intraTableChecks(tables: TableSet): SumCheck[] {
  const tree = (table: number, section = 0) => treeChecks(tables, 'E4', table, section);
  return [
    ...summaryTableChecks(tables, 'E1', 1, '上年结转'),
    ...tree(2),
    ...columnChecks(tables, 'E3', 2, 0, 0, [1, 2, 3, 4, 5]),
    ...tree(3),
    ...columnChecks(tables, 'E5', 3, 0, 0, [1, 2]),
    ...summaryTableChecks(tables, 'E6', 4, '上年财政拨款结转'),
    ...tree(5),
    ...columnChecks(tables, 'E7', 5, 0, 0, [1, 2]),
    ...treeChecks(tables, 'E8', 6, 0),
    ...columnChecks(tables, 'E8', 6, 0, 0, [1, 2]),
    ...tree(7),
    ...tree(8),
    ...columnChecks(tables, 'E4', 8, 0, 0, [1, 2]),
    ...tree(9, 0),
    ...tree(9, 1),
    ...columnChecks(tables, 'E4', 9, 1, 0, [1, 2]),
    ...threePublicChecks(tables),
    ...treeChecks(tables, 'E10', 11, 0),
    ...columnChecks(tables, 'E10', 11, 0, 0, [1, 2, 3]),
    ...treeChecks(tables, 'E11', 12, 0),
    ...columnChecks(tables, 'E11', 12, 0, 0, [1, 2, 3, 4, 5]),
    ...treeChecks(tables, 'E11', 13, 0),
  ];
}
