import { route } from '@/lib/http/route';
import { readReport } from '@/lib/services/read/report';
import { reportResponse } from './report-response';

/**
 * GET /api/report?department=045&year=2023&format=json|html|xlsx&unit=万元|元
 * 401 without a session, 403 outside the reader's scope, 400 on bad input, 404 without data.
 */
export const GET = route(readReport, { respond: reportResponse });
