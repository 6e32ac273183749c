/** Reads of the reference data per fiscal year (系统管理员; the caller has passed the guard on `reference.manage`). */
import 'server-only';
import type { Guarded } from '@/lib/auth/guard';
import { listCodes, listFiscalYears, listMappings, type CodeRow, type FiscalYearRow, type MappingRow } from '@/lib/db/reference-repository';
import type { CodeKind } from '@/lib/schemas/reference';

export function readFiscalYears(_g: Guarded): Promise<FiscalYearRow[]> {
  return listFiscalYears();
}

export function readCodes(_g: Guarded, year: number, kind: CodeKind): Promise<CodeRow[]> {
  return listCodes(year, kind);
}

export function readMappings(_g: Guarded, year: number): Promise<MappingRow[]> {
  return listMappings(year);
}
