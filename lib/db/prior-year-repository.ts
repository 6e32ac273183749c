/**
 * 上年数 as entered by the department (PriorYearFigures, 元), and whether the previous year has an
 * accepted (published) report, which then supplies them instead (lib/budget/prior-year.ts).
 */
import { byPriorYearKey, type PriorYearKey } from '@/lib/budget/prior-year';
import type { Db } from './client';

export interface EnteredPriorYear {
  figures: Record<PriorYearKey, string | null>;
  version: number;
  updatedAt: string;
}

const select = { ...byPriorYearKey(() => true as const), version: true, updatedAt: true } as const;

export async function findEnteredPriorYear(db: Db, departmentId: string, year: number): Promise<EnteredPriorYear | null> {
  const row = await db.priorYearFigures.findUnique({ where: { departmentId_year: { departmentId, year } }, select });
  if (!row) return null;
  const figures = byPriorYearKey((k) => row[k]?.toFixed(2) ?? null);
  return { figures, version: row.version, updatedAt: row.updatedAt.toISOString() };
}

/** Inserts the row (version omitted) or updates it at the given version; null when the version is stale. */
export async function saveEnteredPriorYear(tx: Db, departmentId: string, year: number, figures: Record<PriorYearKey, string | null>, version: number | undefined): Promise<EnteredPriorYear | null> {
  if (version === undefined) {
    const existing = await tx.priorYearFigures.count({ where: { departmentId, year } });
    if (existing > 0) return null;
    await tx.priorYearFigures.create({ data: { departmentId, year, ...figures } });
  } else {
    const { count } = await tx.priorYearFigures.updateMany({ where: { departmentId, year, version }, data: { ...figures, version: { increment: 1 } } });
    if (count === 0) return null;
  }
  return findEnteredPriorYear(tx, departmentId, year);
}

/** The year of the department's accepted report for `year − 1`, or null. */
export async function publishedPreviousYear(db: Db, departmentId: string, year: number): Promise<number | null> {
  const row = await db.publishedReport.findFirst({ where: { departmentId, year: year - 1 }, select: { year: true } });
  return row?.year ?? null;
}
