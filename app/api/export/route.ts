import { route } from '@/lib/http/route';
import { xlsxResponse } from '@/lib/http/xlsx-response';
import { exportWorkbook } from '@/lib/services/workbook';

/** GET /api/export?year=2023&departmentCode=045 (or &unitId=…, or neither for the county): the workbook. */
export const GET = route(exportWorkbook, { respond: xlsxResponse });
