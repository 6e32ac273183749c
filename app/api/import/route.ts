import { authenticate } from '@/lib/auth/guard';
import { errorResponse } from '@/lib/http/route';
import { readUploadForm } from '@/lib/http/upload';
import { execute } from '@/lib/services/operation';
import { importWorkbook } from '@/lib/services/workbook';

/**
 * POST /api/import — multipart/form-data: `file` (.xlsx, or .csv of the 明细 columns), `year`,
 * `dryRun` (true|false). 200 `{ summary, warnings }`; 400 `{ error, errors: [every row error] }`
 * with nothing written; 403 outside the caller's units; 409 a unit already 已提交/已审核.
 */
export async function POST(req: Request): Promise<Response> {
  try {
    const user = await authenticate();
    return Response.json(await execute(importWorkbook, user, await readUploadForm(req)));
  } catch (error) {
    return errorResponse(error);
  }
}
