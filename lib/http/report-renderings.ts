/**
 * The JSON, HTML and xlsx of one rendered report, made once per report object. The report
 * cache (lib/services/report-cache.ts) hands out the same frozen object until the data version
 * changes, so repeated downloads of an unchanged report skip serialisation and rendering; a new
 * version is a new object, and the old one's renderings go with it (WeakMap).
 */
import type { RenderedReport } from '@/lib/budget/report-wire';
import { renderReportHtml } from '@/lib/export/html';
import { renderReportXlsx } from '@/lib/export/xlsx';

interface Renderings {
  json?: string;
  html?: string;
  xlsx?: Promise<Uint8Array<ArrayBuffer>>;
}

const made = new WeakMap<RenderedReport, Renderings>();

function of(report: RenderedReport): Renderings {
  let renderings = made.get(report);
  if (!renderings) made.set(report, (renderings = {}));
  return renderings;
}

export function reportJson(report: RenderedReport): string {
  const r = of(report);
  return (r.json ??= JSON.stringify(report));
}

export function reportHtml(report: RenderedReport): string {
  const r = of(report);
  return (r.html ??= renderReportHtml(report));
}

/** A fresh copy each call: a response body must not share its bytes with the next one. */
export async function reportXlsx(report: RenderedReport): Promise<Uint8Array<ArrayBuffer>> {
  const r = of(report);
  if (!r.xlsx) {
    const rendering = renderReportXlsx(report).then((bytes) => new Uint8Array(bytes));
    r.xlsx = rendering;
    rendering.catch(() => (r.xlsx = undefined)); // a failure is not remembered
  }
  return new Uint8Array(await r.xlsx);
}
