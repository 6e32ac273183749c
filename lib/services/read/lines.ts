/**
 * Budget lines as the grid edits them: a line read on its own, and for a unit-year the version
 * each line was read at (sent back by an edit, a stale one is a 409) with its 备注 — only when
 * the guard's scope reaches the unit.
 */
import 'server-only';
import { reachesUnit } from '@/lib/auth/scope';
import { getPrisma } from '@/lib/db/client';
import { findLine, listLineStamps, type LineRecord } from '@/lib/db/lines-repository';
import type { Reader } from './reach';

/** The line, or null when it does not exist or its unit is out of the scope's reach. */
export async function readLine({ scope }: Reader, id: string): Promise<LineRecord | null> {
  const line = await findLine(getPrisma(), id);
  return line && reachesUnit(scope, { id: line.unitId, departmentId: line.departmentId }) ? line : null;
}

export interface LineStamp {
  version: number;
  note: string | null;
}

/** Line id → version and 备注 for the unit-year; empty when the unit is out of the scope's reach. */
export async function unitLineStamps({ scope }: Reader, unit: { id: string; departmentId: string }, year: number): Promise<Map<string, LineStamp>> {
  if (!reachesUnit(scope, unit)) return new Map();
  const rows = await listLineStamps(getPrisma(), unit.id, year);
  return new Map(rows.map((r) => [r.id, { version: r.version, note: r.note }]));
}
