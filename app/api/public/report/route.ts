import { publicReportResponse } from '@/lib/http/report-response';
import { route } from '@/lib/http/route';
import { readPublicReport } from '@/lib/services/read/public';

/** GET /api/public/report?department=045&year=2023&format=html|xlsx|pdf|json&unit=万元|元: a published report from its snapshot, no sign-in. */
export const GET = route(readPublicReport, { respond: publicReportResponse });
