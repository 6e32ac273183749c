/**
 * Each sheet's rows, typed: one function per sheet turning a table into rows (and issues).
 * Only the shape of each cell is checked here; whether a code or unit exists is validate.ts.
 */
import {
  ATTRIBUTE_TEXT,
  CARRYOVER_TEXT,
  CODE_CATEGORY_TEXT,
  FUNDING_SOURCE_TEXT,
  KIND_TEXT,
  PRIOR_FIGURE_TEXT,
  PROCUREMENT_TEXT,
  UNIT_TYPE_TEXT,
  type SheetKey,
} from './format';
import { locateColumns, RowReader } from './row-reader';
import type { Table } from './table';
import type { CodeRow, LineRow, PriorYearRow, ProcurementRow, ProjectRow, UnitRow, WorkbookIssue } from './types';

const DEPARTMENT = /^\d{3}$/;
const UNIT = /^\d{6}$/;
const CARRYOVER = { false: CARRYOVER_TEXT.current, true: CARRYOVER_TEXT.carryover } as const;

function readRows<K extends SheetKey, R>(key: K, table: Table, issues: WorkbookIssue[], build: (r: RowReader<K>) => R): R[] {
  const { index, issues: missing } = locateColumns(key, table);
  if (missing.length > 0) {
    issues.push(...missing);
    return [];
  }
  const rows: R[] = [];
  for (const source of table.rows) {
    const reader = new RowReader(key, source, index, issues);
    const row = build(reader);
    if (!reader.failed) rows.push(row);
  }
  return rows;
}

export const readUnits = (table: Table, issues: WorkbookIssue[]): UnitRow[] =>
  readRows('units', table, issues, (r) => ({
    row: r.row,
    departmentCode: r.code('departmentCode', DEPARTMENT, '3位数字，如 045', 3),
    departmentName: r.optionalText('departmentName'),
    unitCode: r.code('unitCode', UNIT, '6位数字（部门编码+3位），如 045001', 6),
    unitName: r.text('unitName'),
    unitType: r.choice('unitType', UNIT_TYPE_TEXT, 'ADMINISTRATIVE'),
  }));

export const readCodes = (table: Table, issues: WorkbookIssue[]): CodeRow[] =>
  readRows('codes', table, issues, (r) => ({
    row: r.row,
    category: r.choice('category', CODE_CATEGORY_TEXT, 'FUNCTIONAL'),
    code: r.code('code', /^\d{3}(\d{2}){0,2}$/, '3、5或7位数字'),
    name: r.text('name'),
  }));

export const readProjects = (table: Table, issues: WorkbookIssue[]): ProjectRow[] =>
  readRows('projects', table, issues, (r) => ({
    row: r.row,
    unitCode: r.code('unitCode', UNIT, '6位数字，如 045001', 6),
    name: r.text('name'),
    attribute: r.choice('attribute', ATTRIBUTE_TEXT, 'ONE_OFF'),
    periodYears: r.integer('periodYears', 1, 10),
  }));

export const readLines = (table: Table, issues: WorkbookIssue[]): LineRow[] =>
  readRows('lines', table, issues, (r) => ({
    row: r.row,
    unitCode: r.code('unitCode', UNIT, '6位数字，如 045001', 6),
    functionalCode: r.code('functionalCode', /^\d{7}$/, '7位数字（功能分类项级科目）'),
    deptEconCode: r.code('deptEconCode', /^\d{5}$/, '5位数字（部门经济分类款级科目）'),
    kind: r.choice('kind', KIND_TEXT, 'BASIC'),
    projectName: r.optionalText('projectName'),
    fundingSource: r.choice('fundingSource', FUNDING_SOURCE_TEXT, 'GENERAL_PUBLIC'),
    carryover: r.choice('carryover', CARRYOVER, 'false') === 'true',
    amountYuan: r.amount('amountYuan'),
    note: r.optionalText('note', 500),
  }));

export const readProcurement = (table: Table, issues: WorkbookIssue[]): ProcurementRow[] =>
  readRows('procurement', table, issues, (r) => ({
    row: r.row,
    unitCode: r.code('unitCode', UNIT, '6位数字，如 045001', 6),
    projectName: r.optionalText('projectName'),
    category: r.choice('category', PROCUREMENT_TEXT, 'GOODS'),
    itemName: r.text('itemName'),
    amountYuan: r.amount('amountYuan'),
  }));

export const readPriorYear = (table: Table, issues: WorkbookIssue[]): PriorYearRow[] =>
  readRows('priorYear', table, issues, (r) => ({
    row: r.row,
    departmentCode: r.code('departmentCode', DEPARTMENT, '3位数字，如 045', 3),
    figure: r.choice('figure', PRIOR_FIGURE_TEXT, 'totalIncome'),
    amountYuan: r.amount('amountYuan'),
  }));
