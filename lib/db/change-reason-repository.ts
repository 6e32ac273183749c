/**
 * 增减变动原因 (ChangeReason) of a department-year, one row per subject, versioned for
 * optimistic concurrency like the 情况说明 sections; frozen by trigger once the year is 已批复.
 */
import type { Db } from './client';

export interface ChangeReasonRecord {
  subject: string;
  text: string;
  version: number;
  updatedAt: string;
}

const toRecord = (r: { subject: string; text: string; version: number; updatedAt: Date }): ChangeReasonRecord => ({
  subject: r.subject, text: r.text, version: r.version, updatedAt: r.updatedAt.toISOString(),
});

export async function listChangeReasons(db: Db, departmentId: string, year: number): Promise<ChangeReasonRecord[]> {
  const rows = await db.changeReason.findMany({ where: { departmentId, year }, orderBy: { subject: 'asc' } });
  return rows.map(toRecord);
}

export async function findChangeReason(db: Db, departmentId: string, year: number, subject: string): Promise<ChangeReasonRecord | null> {
  const row = await db.changeReason.findUnique({ where: { departmentId_year_subject: { departmentId, year, subject } } });
  return row && toRecord(row);
}

export async function insertChangeReason(tx: Db, key: { departmentId: string; year: number; subject: string }, text: string, actorId: string): Promise<ChangeReasonRecord> {
  return toRecord(await tx.changeReason.create({ data: { ...key, text, updatedById: actorId } }));
}

/** Updates at the version the user saw; null when it is stale (or the row is gone). */
export async function updateChangeReasonAtVersion(
  tx: Db,
  key: { departmentId: string; year: number; subject: string },
  version: number,
  text: string,
  actorId: string,
): Promise<ChangeReasonRecord | null> {
  const { count } = await tx.changeReason.updateMany({ where: { ...key, version }, data: { text, updatedById: actorId, version: { increment: 1 } } });
  return count === 0 ? null : findChangeReason(tx, key.departmentId, key.year, key.subject);
}

/** Deletes at the version the user saw; false when it is stale (or the row is gone). */
export async function deleteChangeReasonAtVersion(tx: Db, key: { departmentId: string; year: number; subject: string }, version: number): Promise<boolean> {
  const { count } = await tx.changeReason.deleteMany({ where: { ...key, version } });
  return count > 0;
}
