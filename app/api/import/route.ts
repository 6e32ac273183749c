import { route } from '@/lib/http/route';
import { readUploadForm } from '@/lib/http/upload';
import { importWorkbook } from '@/lib/services/workbook';

/** POST /api/import, multipart/form-data `file` (.xlsx or .csv), `year`, `dryRun`: 200 summary; 400 every row error, nothing written. */
export const POST = route(importWorkbook, { body: readUploadForm });
