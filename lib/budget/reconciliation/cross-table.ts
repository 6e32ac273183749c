/** docs/domain.md §5 equations that tie tables together, matched by row code (E2, E3, E5–E8, E11). */
import type { SumCheck, TableSet, CellRef } from './checks';
import { cellValue, rowIndex, rowLabel, rowsByCode } from './checks';
import { compareCodes } from '../classification/functional';

const cell = (table: number, section: number, row: number, col: number): CellRef => ({ table, section, row, col });

/** For the 合计 row and every 功能 code in either table: left(code) = Σ right cells(code); absent rows count 0. */
function byCode(
  tables: TableSet,
  id: string,
  text: string,
  left: { table: number; col: number },
  right: { table: number; col: number }[],
): SumCheck[] {
  const leftRows = rowsByCode(tables, left.table, 0);
  const rightRows = right.map((r) => rowsByCode(tables, r.table, 0));
  const codes = new Set([...leftRows.keys(), ...rightRows.flatMap((m) => [...m.keys()])]);
  const keys: (string | null)[] = [null, ...[...codes].sort(compareCodes)];
  return keys.flatMap((code) => {
    const at = (rows: Map<string, number>) => (code === null ? 0 : rows.get(code));
    const leftRow = at(leftRows);
    const parts = right.flatMap((r, i) => {
      const row = at(rightRows[i] ?? new Map<string, number>());
      return row === undefined ? [] : [cell(r.table, 0, row, r.col)];
    });
    const label = code === null ? '合计' : code;
    return [
      {
        id: `${id}:${label}`,
        equation: `${text}（${label}）`,
        total: leftRow === undefined ? cell(left.table, 0, -1, left.col) : cell(left.table, 0, leftRow, left.col),
        parts,
      },
    ];
  });
}

function classesMatch(tables: TableSet): SumCheck[] {
  const rows = tables.get(1)?.sections[1]?.rows ?? [];
  const table3 = rowsByCode(tables, 3, 0);
  return rows.flatMap((r, i) => {
    if (r.level !== '类' || r.code === null) return [];
    const row3 = table3.get(r.code);
    return [
      {
        id: `E2:表1=表3:${r.code}`,
        equation: `表1 ${rowLabel(tables, 1, 1, i)} 合计 = 表3 同一类合计`,
        total: cell(1, 1, i, 0),
        parts: row3 === undefined ? [] : [cell(3, 0, row3, 0)],
      },
    ];
  });
}

function incomeMatches(tables: TableSet): SumCheck[] {
  const t1 = (name: string) => rowIndex(tables, 1, 0, name);
  const sources = [0, 1, 2, 3, 4].map((i) => ({
    id: `E3:表2=表1:来源${i + 1}`,
    equation: `表2 合计行「${tables.get(2)?.sections[0]?.columns[i + 1] ?? ''}」 = 表1 ${rowLabel(tables, 1, 0, i)}`,
    total: cell(2, 0, 0, i + 1),
    parts: [cell(1, 0, i, 0)],
  }));
  const fiscal = [0, 1, 2].map((i) => ({
    id: `E6:表4=表1:来源${i + 1}`,
    equation: `表4 ${rowLabel(tables, 4, 0, i)}（本年） = 表1 ${rowLabel(tables, 1, 0, i)}`,
    total: cell(4, 0, i, 0),
    parts: [cell(1, 0, i, 0)],
  }));
  return [
    { id: 'E3:表2本年=表1本年收入合计', equation: '表2 合计行本年合计 = 表1 本年收入合计', total: cell(2, 0, 0, 0), parts: [cell(1, 0, t1('本年收入合计'), 0)] },
    { id: 'E3:表2上年结转=表1上年结转', equation: '表2 合计行上年结转 = 表1 上年结转', total: cell(2, 0, 0, 6), parts: [cell(1, 0, t1('上年结转'), 0)] },
    ...sources,
    ...fiscal,
  ];
}

/** 表5 = 表3 − 上年结转 holds only when all 本年 money is 一般公共预算 (表2 columns 2–5 blank). */
function onlyGeneralPublic(tables: TableSet): boolean {
  return [2, 3, 4, 5].every((col) => cellValue(tables, cell(2, 0, 0, col)).isZero());
}

export function crossTableChecks(tables: TableSet): SumCheck[] {
  const checks: SumCheck[] = [
    ...classesMatch(tables),
    ...incomeMatches(tables),
    ...byCode(tables, 'E5:表3=表2', '表3 合计 = 表2 本年合计 + 表2 上年结转', { table: 3, col: 0 }, [{ table: 2, col: 0 }, { table: 2, col: 6 }]),
    ...byCode(tables, 'E7:表5=表2', '表5 合计 = 表2 一般公共预算', { table: 5, col: 0 }, [{ table: 2, col: 1 }]),
    { id: 'E8:表6=表5基本', equation: '表6 合计 = 表5 合计行基本支出', total: cell(6, 0, 0, 0), parts: [cell(5, 0, 0, 1)] },
    { id: 'E11:表12=表5项目', equation: '表12 一般公共预算合计 = 表5 合计行项目支出', total: cell(12, 0, 0, 1), parts: [cell(5, 0, 0, 2)] },
    { id: 'E11:表3项目=表12+表13', equation: '表3 合计行项目支出 = 表12 合计 + 表13 合计', total: cell(3, 0, 0, 2), parts: [cell(12, 0, 0, 0), cell(13, 0, 0, 0)] },
  ];
  if (onlyGeneralPublic(tables)) {
    checks.push(...byCode(tables, 'E7:表3=表5+结转', '表3 合计 = 表5 合计 + 表2 上年结转（本年仅一般公共预算时）', { table: 3, col: 0 }, [{ table: 5, col: 0 }, { table: 2, col: 6 }]));
    checks.push({ id: 'E7:表3项目=表5项目+表13', equation: '表3 项目支出 = 表5 项目支出 + 表13 合计（本年仅一般公共预算时）', total: cell(3, 0, 0, 2), parts: [cell(5, 0, 0, 2), cell(13, 0, 0, 0)] });
  }
  return checks;
}
