/**
 * The report in the requested format: JSON inline, HTML inline (to print from the browser),
 * xlsx as a download. File names are Chinese, sent per RFC 5987. Every response is private to
 * the signed-in reader, so nothing is cached on the way.
 */
import type { RenderedReport } from '@/lib/budget/report-wire';
import { contentDisposition } from '@/lib/export/content-disposition';
import { reportFileStem } from '@/lib/export/file-name';
import type { ReportQuery } from '@/lib/schemas/report';
import { reportHtml, reportJson, reportXlsx } from './report-renderings';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function reportResponse({ report, format }: { report: RenderedReport; format: ReportQuery['format'] }): Promise<Response> {
  const headers = new Headers({ 'Cache-Control': 'private, no-store' });
  if (format === 'json') {
    headers.set('Content-Type', 'application/json');
    return new Response(reportJson(report), { headers });
  }
  const stem = reportFileStem(report);
  const ascii = `report-${report.department.code}-${report.year}`;
  if (format === 'html') {
    headers.set('Content-Type', 'text/html; charset=utf-8');
    headers.set('Content-Disposition', contentDisposition('inline', `${stem}.html`, `${ascii}.html`));
    return new Response(reportHtml(report), { headers });
  }
  const bytes = await reportXlsx(report);
  headers.set('Content-Type', XLSX_TYPE);
  headers.set('Content-Disposition', contentDisposition('attachment', `${stem}.xlsx`, `${ascii}.xlsx`));
  return new Response(bytes, { headers });
}
