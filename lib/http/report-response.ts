/**
 * The report in the requested format: JSON inline, HTML inline (to print from the browser),
 * xlsx and PDF as downloads; with document=checks the internal 勾稽校验报告 (HTML or PDF) instead
 * of the 部门预算公开报告. File names are Chinese, sent per RFC 5987. Every response is private to
 * the signed-in reader, so nothing is cached on the way. No Chromium on the server → 503 with a
 * Chinese message (lib/export/pdf.ts).
 */
import type { RenderedReport } from '@/lib/budget/report-wire';
import { contentDisposition } from '@/lib/export/content-disposition';
import { reportFileStem } from '@/lib/export/file-name';
import { checksFileStem, renderChecksHtml } from '@/lib/export/checks';
import { PdfUnavailableError, renderChecksPdf, renderReportPdf } from '@/lib/export/pdf';
import type { ReportQuery } from '@/lib/schemas/report';
import { reportHtml, reportJson, reportXlsx } from './report-renderings';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF_TYPE = 'application/pdf';

/** A PDF download, or the 503 that says Chromium is missing. */
export async function pdfResponse(render: () => Promise<Uint8Array>, fileName: string, asciiName: string): Promise<Response> {
  const headers = new Headers({ 'Cache-Control': 'private, no-store' });
  let bytes: Uint8Array;
  try {
    bytes = await render();
  } catch (err) {
    if (err instanceof PdfUnavailableError) return Response.json({ error: err.message, code: 'PDF_UNAVAILABLE' }, { status: 503, headers });
    throw err;
  }
  headers.set('Content-Type', PDF_TYPE);
  headers.set('Content-Disposition', contentDisposition('attachment', fileName, asciiName));
  return new Response(new Uint8Array(bytes), { headers });
}

/**
 * PDFs of published snapshots, by the snapshot's hash and unit: a snapshot never changes, and making a
 * PDF takes Chromium seconds, so an anonymous reader of /public costs it once. Bounded (oldest out).
 */
const publishedPdfs = new Map<string, Promise<Uint8Array>>();
const PUBLISHED_PDFS_KEPT = 16;

function publishedPdf(key: string, report: RenderedReport): Promise<Uint8Array> {
  let pdf = publishedPdfs.get(key);
  if (!pdf) {
    pdf = renderReportPdf(report);
    pdf.catch(() => publishedPdfs.delete(key)); // a failure (no Chromium) is not remembered
    publishedPdfs.set(key, pdf);
    if (publishedPdfs.size > PUBLISHED_PDFS_KEPT) publishedPdfs.delete(publishedPdfs.keys().next().value!);
  }
  return pdf;
}

/** GET /api/public/report: as reportResponse (never the 勾稽校验报告), the PDF made once per snapshot. */
export function publicReportResponse({ report, format, renderingKey }: { report: RenderedReport; format: ReportQuery['format']; renderingKey: string }): Promise<Response> {
  if (format !== 'pdf') return reportResponse({ report, format });
  const ascii = `report-${report.department.code}-${report.year}`;
  return pdfResponse(() => publishedPdf(renderingKey, report), `${reportFileStem(report)}.pdf`, `${ascii}.pdf`);
}

export async function reportResponse({
  report,
  format,
  document = 'report',
}: {
  report: RenderedReport;
  format: ReportQuery['format'];
  document?: ReportQuery['document'];
}): Promise<Response> {
  const headers = new Headers({ 'Cache-Control': 'private, no-store' });
  if (format === 'json') {
    headers.set('Content-Type', 'application/json');
    return new Response(reportJson(report), { headers });
  }
  const checks = document === 'checks';
  const stem = checks ? checksFileStem(report) : reportFileStem(report);
  const ascii = `${checks ? 'checks' : 'report'}-${report.department.code}-${report.year}`;
  if (format === 'pdf') return pdfResponse(() => (checks ? renderChecksPdf(report) : renderReportPdf(report)), `${stem}.pdf`, `${ascii}.pdf`);
  if (format === 'html') {
    headers.set('Content-Type', 'text/html; charset=utf-8');
    headers.set('Content-Disposition', contentDisposition('inline', `${stem}.html`, `${ascii}.html`));
    return new Response(checks ? renderChecksHtml(report) : reportHtml(report), { headers });
  }
  const bytes = await reportXlsx(report);
  headers.set('Content-Type', XLSX_TYPE);
  headers.set('Content-Disposition', contentDisposition('attachment', `${stem}.xlsx`, `${ascii}.xlsx`));
  return new Response(bytes, { headers });
}
