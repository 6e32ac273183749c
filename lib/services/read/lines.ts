/**
 * Budget lines read one at a time (the `?edit=<id>` form), fresh with their version (the
 * version the form will send back), only when the guard's scope reaches the line's unit.
 */
import 'server-only';
import type { z } from 'zod';
import { reachesUnit } from '@/lib/auth/scope';
import { getPrisma } from '@/lib/db/client';
import { findLine, type LineRecord } from '@/lib/db/lines-repository';
import type { createLineSchema } from '@/lib/schemas/line';
import type { Reader } from './reach';

/** A line as the edit form takes it: id, version and the form's values. */
export interface EditableLine {
  id: string;
  version: number;
  values: Omit<z.input<typeof createLineSchema>, 'unitId' | 'year'>;
}

export type LineEdit = { kind: 'none' } | { kind: 'new' } | { kind: 'line'; line: EditableLine } | { kind: 'missing' };

/** The line, or null when it does not exist or its unit is out of the scope's reach. */
export async function readLine({ scope }: Reader, id: string): Promise<LineRecord | null> {
  const line = await findLine(getPrisma(), id);
  return line && reachesUnit(scope, { id: line.unitId, departmentId: line.departmentId }) ? line : null;
}

/** What `?edit=` asks for on the lines page of `unitId` / `year`: nothing, a new line, or a reachable line of that unit-year. */
export async function lineToEdit(g: Reader, edit: string | undefined, unitId: string, year: number): Promise<LineEdit> {
  if (!edit) return { kind: 'none' };
  if (edit === 'new') return { kind: 'new' };
  const line = await readLine(g, edit);
  if (!line || line.unitId !== unitId || line.year !== year) return { kind: 'missing' };
  const { id, version, functionalCode, deptEconCode, govEconOverride, kind, projectId, fundingSource, carryover, amountYuan, note } = line;
  return { kind: 'line', line: { id, version, values: { functionalCode, deptEconCode, govEconOverride, kind, projectId, fundingSource, carryover, amountYuan, note } } };
}
