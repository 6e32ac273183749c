import { withGuard } from '@/lib/auth/with-guard';
import { reportResponse } from './report-response';
import { reportQuerySchema } from './schema';
import { readReport } from './read-report';

/**
 * GET /api/report?department=045&year=2023&format=json|html|xlsx&unit=万元|元
 * 401 without a session, 403 outside the reader's scope, 400 on bad input, 404 without data.
 */
export const GET = withGuard({ action: 'report.read', input: reportQuerySchema }, async ({ input, actor, scope }) =>
  reportResponse(await readReport({ actor, scope }, input), input.format),
);
