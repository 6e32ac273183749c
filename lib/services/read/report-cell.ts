/**
 * GET /api/report/cell: the lines behind one amount of a department-year's report (docs/domain.md
 * §13), for a signed-in reader the report itself is open to (the same rule as readDepartmentReport).
 */
import 'server-only';
import type { CellDrillDown } from '@/lib/budget/drill-down';
import { getPrisma } from '@/lib/db/client';
import { invalidInput, notFound } from '@/lib/errors';
import type { Guarded } from '@/lib/auth/guard';
import { reportCellQuerySchema, type ReportCellQuery } from '@/lib/schemas/report';
import { defineOperation } from '../operation';
import { drillDownDepartmentCell } from '../drill-down';
import { notFoundMessage } from '../report';
import { assertReadsDepartment } from './report';

export interface ReportCellResult {
  department: string;
  year: number;
  cell: CellDrillDown;
}

/** The drill-down of one cell, for the page (/report/cell) and the API alike: access first, then the cell. */
export async function readDepartmentCell(g: Guarded, query: ReportCellQuery): Promise<ReportCellResult> {
  const request = { departmentCode: query.department, year: query.year };
  await assertReadsDepartment(g, request);
  const address = { table: query.table, section: query.section, row: query.row, column: query.column };
  const result = await drillDownDepartmentCell(getPrisma(), query.department, query.year, address);
  if (!result.found && result.reason === 'no-data') throw notFound(notFoundMessage(request));
  if (!result.found) throw invalidInput('row', `表${query.table} 没有第 ${query.section} 分区第 ${query.row} 行第 ${query.column} 列的金额单元格（均从 0 起计）`);
  return { department: query.department, year: query.year, cell: result.cell };
}

export const readReportCell = defineOperation({
  name: 'report.cell',
  permission: 'report.read',
  input: reportCellQuerySchema,
  kind: 'read',
  run: readDepartmentCell,
});
