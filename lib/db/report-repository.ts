/**
 * What the report pipeline (lib/services/report.ts) reads besides the budget itself: the
 * department behind a code (for the scope check) and the published snapshot of an accepted
 * department-year.
 */
import type { Db } from './client';

export function findDepartmentByCode(db: Db, code: string): Promise<{ id: string; code: string; name: string } | null> {
  return db.department.findUnique({ where: { code }, select: { id: true, code: true, name: true } });
}

/** The latest snapshot's content when the department-year is 已批复 (ACCEPTED) and was published; null otherwise. */
export async function findAcceptedSnapshot(db: Db, departmentCode: string, year: number): Promise<unknown> {
  const row = await db.publishedReport.findFirst({
    where: { year, department: { code: departmentCode, deptSubs: { some: { year, status: 'ACCEPTED' } } } },
    orderBy: { version: 'desc' },
    select: { content: true },
  });
  return row?.content ?? null;
}
