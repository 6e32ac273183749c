/**
 * Equations inside one table, found from the table alone: hierarchies (合计 = Σ 类,
 * 类 = Σ 款, 款 = Σ 项; 部门 = Σ 单位 = Σ 项目) and columns that add up (合计 = 基本 + 项目 …).
 */
import type { RowLevel } from '../types';
import { columnLabel, rowLabel, type CellRef, type SumCheck, type TableSet } from './checks';

const RANK: Record<RowLevel, number> = { 类: 1, 款: 2, 项: 3, 单位: 1, 项目: 2 };

/** Parent = Σ direct children, per column, for every row that has children. */
export function treeChecks(tables: TableSet, eq: string, table: number, section: number): SumCheck[] {
  const rows = tables.get(table)?.sections[section]?.rows ?? [];
  const columns = tables.get(table)?.sections[section]?.columns ?? [];
  const rank = (i: number) => {
    const level = rows[i]?.level;
    return level ? RANK[level] : i === 0 ? 0 : 1;
  };
  const checks: SumCheck[] = [];
  rows.forEach((_, parent) => {
    let end = parent + 1;
    while (end < rows.length && rank(end) > rank(parent)) end += 1;
    const below = Array.from({ length: end - parent - 1 }, (_, k) => parent + 1 + k);
    if (below.length === 0) return;
    const childRank = Math.min(...below.map(rank));
    const children = below.filter((i) => rank(i) === childRank);
    const parentLabel = rowLabel(tables, table, section, parent);
    const childLabels = children.map((i) => rowLabel(tables, table, section, i)).join(' + ');
    columns.forEach((_, col) => {
      const ref = (row: number): CellRef => ({ table, section, row, col });
      checks.push({
        id: `${eq}:表${table}:${section}:${parent}:${col}:下级合计`,
        equation: `表${table}「${columnLabel(tables, table, section, col)}」列：${parentLabel} = ${childLabels}`,
        total: ref(parent),
        parts: children.map(ref),
      });
    });
  });
  return checks;
}

/** On every row of a section: column `total` = Σ columns `parts`. */
export function columnChecks(tables: TableSet, eq: string, table: number, section: number, total: number, parts: number[]): SumCheck[] {
  const rows = tables.get(table)?.sections[section]?.rows ?? [];
  const names = parts.map((c) => columnLabel(tables, table, section, c)).join(' + ');
  const totalName = columnLabel(tables, table, section, total);
  return rows.map((_, row) => ({
    id: `${eq}:表${table}:${section}:${row}:列合计`,
    equation: `表${table} ${rowLabel(tables, table, section, row)}：${totalName} = ${names}`,
    total: { table, section, row, col: total },
    parts: parts.map((col) => ({ table, section, row, col })),
  }));
}

/** In every column of a section: row `total` = Σ rows `parts` (rows given by index). */
export function rowSumChecks(tables: TableSet, eq: string, table: number, section: number, total: number, parts: number[]): SumCheck[] {
  if (total < 0 || parts.some((p) => p < 0)) return [];
  const columns = tables.get(table)?.sections[section]?.columns ?? [];
  const label = (row: number) => rowLabel(tables, table, section, row);
  const names = parts.length > 6 ? `各行之和（${parts.length}行）` : parts.length === 0 ? '0' : parts.map(label).join(' + ');
  return columns.map((_, col) => ({
    id: `${eq}:表${table}:${section}:${total}:${col}:行合计`,
    equation: `表${table}「${columnLabel(tables, table, section, col)}」列：${label(total)} = ${names}`,
    total: { table, section, row: total, col },
    parts: parts.map((row) => ({ table, section, row, col })),
  }));
}

export function range(from: number, to: number): number[] {
  return to <= from ? [] : Array.from({ length: to - from }, (_, k) => from + k);
}
