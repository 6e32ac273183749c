/**
 * What the 全县部门概况 (lib/budget/county-overview.ts) is made of, for the whole county and one
 * year: one query per concern, never one per department (the county has ~150 departments):
 * departments with their 部门报送 state, units counted per department × 单位报送 state, lines
 * summed per department × year (this and last) × kind × 结转, the 支出总计 of each department's
 * latest 公开快照 of last year, and the departments' own 上年数 entries of 支出总计.
 */
import type { LineSumRow, OverviewDepartment, OverviewInput, UnitCountRow } from '@/lib/budget/county-overview';
import type { DepartmentStatus, UnitStatus } from '@/lib/budget/workflow';
import type { SpendingKind } from '@/lib/budget/types';
import { Prisma, toDecimal, type Db } from './client';

/** null when the fiscal year does not exist. */
export async function loadCountyOverview(db: Db, year: number): Promise<OverviewInput | null> {
  const [fiscalYear, departments, unitCounts, sums, published, entered] = await Promise.all([
    db.fiscalYear.findUnique({ where: { year }, select: { year: true } }),
    db.$queryRaw<(OverviewDepartment & { status: DepartmentStatus })[]>`
      SELECT d.id, d.code, d.name, coalesce(s.status::text, 'PENDING') AS status, s."returnReason"
      FROM "Department" d LEFT JOIN "DepartmentSubmission" s ON s."departmentId" = d.id AND s.year = ${year}
      ORDER BY d.code`,
    db.$queryRaw<{ departmentId: string; status: UnitStatus; count: number }[]>`
      SELECT u."departmentId", coalesce(s.status::text, 'DRAFT') AS status, count(*)::int AS count
      FROM "Unit" u LEFT JOIN "UnitSubmission" s ON s."unitId" = u.id AND s.year = ${year}
      GROUP BY 1, 2`,
    db.$queryRaw<{ departmentId: string; year: number; kind: SpendingKind; carryover: boolean; amountYuan: string }[]>`
      SELECT u."departmentId", l.year, l.kind::text AS kind, l.carryover, sum(l."amountYuan")::text AS "amountYuan"
      FROM "BudgetLine" l JOIN "Unit" u ON u.id = l."unitId"
      WHERE l.year IN (${year}, ${year - 1})
      GROUP BY 1, 2, 3, 4`,
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
    sums: sums.map((s): LineSumRow => ({ ...s, amountYuan: toDecimal(s.amountYuan) })),
    publishedTotals: new Map(published.map((p) => [p.departmentId, p.shown])),
    enteredTotals: new Map(entered.map((e) => [e.departmentId, e.totalExpenditure === null ? null : toDecimal(e.totalExpenditure)])),
  };
}

/** Lines of `year` summed per department × 结转, for the departments given (null: all), in one query. */
export async function departmentLineSums(db: Db, year: number, departmentIds: readonly string[] | null): Promise<{ departmentId: string; carryover: boolean; amountYuan: string }[]> {
  if (departmentIds !== null && departmentIds.length === 0) return [];
  const rows = await db.$queryRaw<{ departmentId: string; carryover: boolean; amountYuan: string }[]>`
    SELECT u."departmentId", l.carryover, sum(l."amountYuan")::text AS "amountYuan"
    FROM "BudgetLine" l JOIN "Unit" u ON u.id = l."unitId"
    WHERE l.year = ${year} ${departmentIds === null ? Prisma.empty : Prisma.sql`AND u."departmentId" IN (${Prisma.join([...departmentIds])})`}
    GROUP BY 1, 2`;
  return rows;
}
