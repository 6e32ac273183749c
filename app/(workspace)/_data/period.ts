/**
 * TEMPORARY adapter, kept only for report/page.tsx and county/page.tsx, which the report-pipeline
 * work converts in parallel: the reads live in lib/services/read/years.ts. Delete this file once
 * those pages call `readPeriod(guarded, …)` themselves.
 */
import type { Scope } from '@/lib/auth/scope';
import { resolveYear as resolveScopedYear, yearChoices, type YearChoice } from '@/lib/services/read/years';

export { yearChoices, type YearChoice };

export function resolveYear(requested: string | undefined, scope: Scope, choices: readonly YearChoice[]): Promise<number | null> {
  return resolveScopedYear({ scope }, requested, choices);
}
