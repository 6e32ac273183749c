/**
 * What the 全县部门概况 (lib/budget/county-overview.ts) is made of, for the whole county and one
 * year: one query per concern, never one per department (the county has ~150 departments):
 * departments with their 部门报送 state, units counted per department × 单位报送 state, the 支出总计
 * of each department's latest 公开快照 of last year, and the departments' own 上年数 entries of
 * 支出总计. The line sums come from the per-department cache (lib/services/department-sums.ts).
 */
import type { OverviewDepartment, OverviewInput, UnitCountRow } from '@/lib/budget/county-overview';
import type { DepartmentStatus, UnitStatus } from '@/lib/budget/workflow';
import { toDecimal, type Db } from './client';

/** null when the fiscal year does not exist. */
export async function loadCountyOverview(db: Db, year: number): Promise<Omit<OverviewInput, 'sums'> | null> {
  const [fiscalYear, departments, unitCounts, published, entered] = await Promise.all([
    db.fiscalYear.findUnique({ where: { year }, select: { year: true } }),
    db.$queryRaw<(OverviewDepartment & { status: DepartmentStatus })[]>`
      SELECT d.id, d.code, d.name, coalesce(s.status::text, 'PENDING') AS status, s."returnReason"
      FROM "Department" d LEFT JOIN "DepartmentSubmission" s ON s."departmentId" = d.id AND s.year = ${year}
      ORDER BY d.code`,
    db.$queryRaw<{ departmentId: string; status: UnitStatus; count: number }[]>`
      SELECT u."departmentId", coalesce(s.status::text, 'DRAFT') AS status, count(*)::int AS count
      FROM "Unit" u LEFT JOIN "UnitSubmission" s ON s."unitId" = u.id AND s.year = ${year}
      GROUP BY 1, 2`,
    db.$queryRaw<{ departmentId: string; shown: string | null }[]>`
      SELECT DISTINCT ON ("departmentId") "departmentId", content->'narrative'->'figures'->>'totalExpenditure.current' AS shown
      FROM "PublishedReport" WHERE year = ${year - 1}
      ORDER BY "departmentId", version DESC`,
    db.priorYearFigures.findMany({ where: { year }, select: { departmentId: true, totalExpenditure: true } }),
  ]);
  if (!fiscalYear) return null;
  return {
    year,
    departments,
    unitCounts: unitCounts satisfies UnitCountRow[],
    publishedTotals: new Map(published.map((p) => [p.departmentId, p.shown])),
    enteredTotals: new Map(entered.map((e) => [e.departmentId, e.totalExpenditure === null ? null : toDecimal(e.totalExpenditure)])),
  };
}
