/**
 * A workbook read into typed rows. Every row keeps its Excel row number so that a later
 * check (against the database's reference data) can still name sheet, row and column.
 * Money stays a string in 元 with at most 2 decimals ("1234.56"), as on the wire.
 */
import type { FundingSource, ProcurementCategory, ProjectAttribute, SpendingKind, UnitType } from '@/lib/budget/types';
import type { CodeCategory, PriorFigure, SheetName } from './format';

export interface UnitRow {
  row: number;
  departmentCode: string;
  departmentName: string | null;
  unitCode: string;
  unitName: string;
  unitType: UnitType;
}

export interface CodeRow {
  row: number;
  category: CodeCategory;
  code: string;
  name: string;
}

export interface ProjectRow {
  row: number;
  unitCode: string;
  name: string;
  attribute: ProjectAttribute;
  periodYears: number;
}

export interface LineRow {
  row: number;
  unitCode: string;
  functionalCode: string;
  deptEconCode: string;
  kind: SpendingKind;
  projectName: string | null;
  fundingSource: FundingSource;
  carryover: boolean;
  amountYuan: string;
  note: string | null;
}

export interface ProcurementRow {
  row: number;
  unitCode: string;
  projectName: string | null;
  category: ProcurementCategory;
  itemName: string;
  amountYuan: string;
}

export interface PriorYearRow {
  row: number;
  departmentCode: string;
  figure: PriorFigure;
  amountYuan: string;
}

export interface Workbook {
  units: UnitRow[];
  codes: CodeRow[];
  projects: ProjectRow[];
  lines: LineRow[];
  procurement: ProcurementRow[];
  priorYear: PriorYearRow[];
  /** The sheets the file holds (a present sheet with no rows still replaces, e.g. empties 上年数). */
  sheets: SheetName[];
}

/** One problem, placed as precisely as known. */
export interface WorkbookIssue {
  sheet: SheetName | null;
  row: number | null;
  column: string | null;
  message: string;
}

export function issue(sheet: SheetName | null, row: number | null, column: string | null, message: string): WorkbookIssue {
  return { sheet, row, column, message };
}

/** 工作表「明细」第12行「金额（元）」：金额须为… — the one wording every entry point shows. */
export function formatIssue({ sheet, row, column, message }: WorkbookIssue): string {
  const place = [sheet && `工作表「${sheet}」`, row !== null && `第${row}行`, column && `「${column}」`].filter(Boolean).join('');
  return place ? `${place}：${message}` : message;
}

/** A whole file refused before any row is read (too large, not an xlsx, password-protected …). */
export class WorkbookFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookFileError';
  }
}

export const emptyWorkbook = (): Workbook => ({ units: [], codes: [], projects: [], lines: [], procurement: [], priorYear: [], sheets: [] });
