import { route } from '@/lib/http/route';
import { xlsxResponse } from '@/lib/http/xlsx-response';
import { workbookTemplate } from '@/lib/services/workbook';

/** GET /api/import/template?year=2024: the import template with the year's code lists as drop-downs. */
export const GET = route(workbookTemplate, { respond: xlsxResponse });
