import { route } from '@/lib/http/route';
import { readReportCell } from '@/lib/services/read/report-cell';

/** GET /api/report/cell?department=045&year=2023&table=3&section=0&row=2&column=0: the lines behind one amount (0-based section/row/amount column). */
export const GET = route(readReportCell);
