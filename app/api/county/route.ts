import { contentDisposition } from '@/lib/export/content-disposition';
import { renderCountyXlsx } from '@/lib/export/xlsx';
import { route } from '@/lib/http/route';
import type { CountyQueryInput } from '@/lib/schemas/county';
import type { CountyReport } from '@/lib/budget/county-report';
import { readCountyReport } from '@/lib/services/county';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function countyResponse({ report, format }: { report: CountyReport; format: CountyQueryInput['format'] }): Promise<Response> {
  const headers = new Headers({ 'Cache-Control': 'private, no-store' });
  if (format === 'json') return Response.json(report, { headers });
  headers.set('Content-Type', XLSX_TYPE);
  headers.set('Content-Disposition', contentDisposition('attachment', `${report.year}年全县汇总表.xlsx`, `county-${report.year}.xlsx`));
  return new Response(await renderCountyXlsx(report), { headers });
}

/**
 * GET /api/county?year=2023&unit=万元|元&format=json|xlsx — 全县汇总 (表1–3 by 功能 类).
 * 401 without a session, 403 without `consolidated.read`, 400 on bad input, 404 for an unknown year.
 */
export const GET = route(readCountyReport, { respond: countyResponse });
