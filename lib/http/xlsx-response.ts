/** An xlsx download from an operation's `{ fileName, content }` (workbook export and template). */
import { contentDisposition } from '@/lib/export/content-disposition';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function xlsxResponse({ fileName, content }: { fileName: string; content: Buffer }): Response {
  return new Response(new Uint8Array(content), {
    headers: {
      'content-type': XLSX_TYPE,
      'content-disposition': contentDisposition('attachment', fileName, 'workbook.xlsx'),
      'cache-control': 'no-store',
    },
  });
}
