/** The county consolidation in the requested format: JSON inline or xlsx as a download; private, never cached. */
import type { CountyReport } from '@/lib/budget/county-report';
import { contentDisposition } from '@/lib/export/content-disposition';
import { renderCountyXlsx } from '@/lib/export/xlsx';
import type { CountyQueryInput } from '@/lib/schemas/county';
import { XLSX_TYPE } from './xlsx-response';

export async function countyResponse({ report, format }: { report: CountyReport; format: CountyQueryInput['format'] }): Promise<Response> {
  const headers = new Headers({ 'Cache-Control': 'private, no-store' });
  if (format === 'json') return Response.json(report, { headers });
  headers.set('Content-Type', XLSX_TYPE);
  headers.set('Content-Disposition', contentDisposition('attachment', `${report.year}年全县汇总表.xlsx`, `county-${report.year}.xlsx`));
  return new Response(await renderCountyXlsx(report), { headers });
}
