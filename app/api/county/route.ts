import { countyResponse } from '@/lib/http/county-response';
import { route } from '@/lib/http/route';
import { readCountyReport } from '@/lib/services/county';

/** GET /api/county?year=2023&unit=万元|元&format=json|xlsx: 全县汇总 (表1–3 by 功能 类), for 财政局审核. */
export const GET = route(readCountyReport, { respond: countyResponse });
