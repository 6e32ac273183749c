/**
 * The line a `?edit=<id>` asks for, read fresh with its version (the version the form will
 * send back), only when it belongs to the unit-year the page shows (already in scope).
 */
import { getPrisma } from '@/lib/db/client';
import { findLine } from '@/lib/db/lines-repository';
import type { LineFormProps } from '@/components/lines/LineForm';

export type EditRequest = { kind: 'none' } | { kind: 'new' } | { kind: 'line'; line: NonNullable<LineFormProps['line']> } | { kind: 'missing' };

export async function editRequest(edit: string | undefined, unitId: string, year: number): Promise<EditRequest> {
  if (!edit) return { kind: 'none' };
  if (edit === 'new') return { kind: 'new' };
  const line = await findLine(getPrisma(), edit);
  if (!line || line.unitId !== unitId || line.year !== year) return { kind: 'missing' };
  const { id, version, functionalCode, deptEconCode, govEconOverride, kind, projectId, fundingSource, carryover, amountYuan, note } = line;
  return { kind: 'line', line: { id, version, values: { functionalCode, deptEconCode, govEconOverride, kind, projectId, fundingSource, carryover, amountYuan, note } } };
}
