/**
 * TEMPORARY adapter, kept only for report/page.tsx, which the report-pipeline work converts in
 * parallel: the reads live in lib/services/read/reach.ts. Delete this file once that page calls
 * `scopeDepartments(guarded, year)` itself.
 */
import type { Scope } from '@/lib/auth/scope';
import { scopeDepartments as reachedDepartments, type ScopeDepartment } from '@/lib/services/read/reach';

export type { ScopeDepartment };

export function scopeDepartments(scope: Scope, year: number): Promise<ScopeDepartment[]> {
  return reachedDepartments({ scope }, year);
}
