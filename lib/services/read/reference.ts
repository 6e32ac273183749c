/**
 * Reads of the reference data per fiscal year (系统管理员; the caller has passed the guard on `reference.manage`),
 * and the 分类科目 of a year against the year before (reference page): codes added, renamed and
 * removed per kind, and the previous year's lines that use a removed code (they cannot be copied
 * into the new year until the code is added back or the lines are moved to another code).
 */
import 'server-only';
import type { Guarded } from '@/lib/auth/guard';
import { PERMISSIONS, can } from '@/lib/auth/permissions';
import { diffCodes, type CodeDiff } from '@/lib/budget/classification/code-diff';
import { findFiscalYear, linesUsingCodes, listCodes, listFiscalYears, listMappings, type CodeRow, type FiscalYearRow, type MappingRow, type RemovedCodeUse } from '@/lib/db/reference-repository';
import { getPrisma } from '@/lib/db/client';
import { CODE_KINDS, CODE_KIND_LABEL, type CodeKind } from '@/lib/schemas/reference';
import { forbidden } from '@/lib/errors';

export function readFiscalYears(_g: Guarded): Promise<FiscalYearRow[]> {
  return listFiscalYears();
}

export function readCodes(_g: Guarded, year: number, kind: CodeKind): Promise<CodeRow[]> {
  return listCodes(year, kind);
}

export function readMappings(_g: Guarded, year: number): Promise<MappingRow[]> {
  return listMappings(year);
}

export interface KindDiff extends CodeDiff {
  kind: CodeKind;
  label: string;
  removedUses: RemovedCodeUse[];
}

export interface YearCodeDiff {
  year: number;
  previousYear: number;
  kinds: KindDiff[];
}

/** The difference of `year`'s codes against `year − 1`, or null when there is no previous year. */
export async function readCodeDiff(g: Guarded, year: number): Promise<YearCodeDiff | null> {
  if (!can(g.actor.role, 'reference.manage')) throw forbidden(`无权${PERMISSIONS['reference.manage'].description}`);
  const previousYear = year - 1;
  const db = getPrisma();
  if (!(await findFiscalYear(db, previousYear))) return null;
  const kinds = await Promise.all(
    CODE_KINDS.map(async (kind): Promise<KindDiff> => {
      const [before, now] = await Promise.all([listCodes(previousYear, kind, db), listCodes(year, kind, db)]);
      const diff = diffCodes(before, now);
      const removedUses = await linesUsingCodes(previousYear, kind, diff.removed.map((c) => c.code), db);
      return { kind, label: CODE_KIND_LABEL[kind], ...diff, removedUses };
    }),
  );
  return { year, previousYear, kinds };
}
