import { withGuard } from '@/lib/auth/with-guard';
import { contentDisposition } from '@/lib/export/content-disposition';
import { readCounty } from '@/lib/services/county';
import { renderCountyXlsx } from './county-xlsx';
import { countyQuerySchema } from './schema';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * GET /api/county?year=2023&unit=万元|元&format=json|xlsx — 全县汇总 (表1–3 by 功能 类).
 * 401 without a session, 403 without `consolidated.read`, 400 on bad input, 404 for an unknown year.
 */
export const GET = withGuard({ action: 'consolidated.read', input: countyQuerySchema }, async ({ input, actor, scope }) => {
  const report = await readCounty({ actor, scope }, { year: input.year, unit: input.unit });
  const headers = new Headers({ 'Cache-Control': 'private, no-store' });
  if (input.format === 'json') return Response.json(report, { headers });
  headers.set('Content-Type', XLSX_TYPE);
  headers.set('Content-Disposition', contentDisposition('attachment', `${report.year}年全县汇总表.xlsx`, `county-${report.year}.xlsx`));
  return new Response(await renderCountyXlsx(report), { headers });
});
