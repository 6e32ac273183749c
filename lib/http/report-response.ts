/**
 * The report in the requested format: JSON inline, HTML inline (to print from the browser),
 * xlsx as a download. File names are Chinese, sent per RFC 5987. Every response is private to
 * the signed-in reader, so nothing is cached on the way.
 */
import type { RenderedReport } from '@/lib/budget/report-wire';
import { contentDisposition } from '@/lib/export/content-disposition';
import { reportFileStem } from '@/lib/export/file-name';
import { renderReportHtml } from '@/lib/export/html';
import { renderReportXlsx } from '@/lib/export/xlsx';
import type { ReportQuery } from '@/lib/schemas/report';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function reportResponse({ report, format }: { report: RenderedReport; format: ReportQuery['format'] }): Promise<Response> {
  const headers = new Headers({ 'Cache-Control': 'private, no-store' });
  if (format === 'json') return Response.json(report, { headers });
  const stem = reportFileStem(report);
  const ascii = `report-${report.department.code}-${report.year}`;
  if (format === 'html') {
    headers.set('Content-Type', 'text/html; charset=utf-8');
    headers.set('Content-Disposition', contentDisposition('inline', `${stem}.html`, `${ascii}.html`));
    return new Response(renderReportHtml(report), { headers });
  }
  const bytes = await renderReportXlsx(report);
  headers.set('Content-Type', XLSX_TYPE);
  headers.set('Content-Disposition', contentDisposition('attachment', `${stem}.xlsx`, `${ascii}.xlsx`));
  return new Response(bytes, { headers });
}
