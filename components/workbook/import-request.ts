/** The upload to POST /api/import and its answer, for the import form. */
import type { ImportSummary } from '@/lib/services/workbook-import';

export type ImportAnswer =
  | { ok: true; summary: ImportSummary; warnings: string[] }
  | { ok: false; message: string; errors: string[]; warnings: string[] };

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

export async function postImport(file: File, year: number, dryRun: boolean): Promise<ImportAnswer> {
  const form = new FormData();
  form.set('file', file);
  form.set('year', String(year));
  form.set('dryRun', String(dryRun));
  try {
    const res = await fetch('/api/import', { method: 'POST', body: form });
    const data: unknown = await res.json().catch(() => null);
    const body = typeof data === 'object' && data !== null ? data : {};
    if (res.ok) {
      const summary: unknown = Reflect.get(body, 'summary');
      // The route's JSON answer: `{ summary, warnings }` as lib/services/workbook.ts returns it.
      if (typeof summary === 'object' && summary !== null) return { ok: true, summary: summary as ImportSummary, warnings: strings(Reflect.get(body, 'warnings')) };
    }
    const message: unknown = Reflect.get(body, 'error');
    return {
      ok: false,
      message: typeof message === 'string' ? message : `导入失败（${res.status}）`,
      errors: strings(Reflect.get(body, 'errors')),
      warnings: strings(Reflect.get(body, 'warnings')),
    };
  } catch {
    return { ok: false, message: '网络错误，请稍后重试', errors: [], warnings: [] };
  }
}
