import { reportResponse } from '@/lib/http/report-response';
import { route } from '@/lib/http/route';
import { readReport } from '@/lib/services/read/report';

/** GET /api/report?department=045&year=2023&format=json|html|xlsx|pdf&unit=万元|元[&document=checks]: a department's report (or its 勾稽校验报告) in the reader's scope. */
export const GET = route(readReport, { respond: reportResponse });
