/**
 * A file upload (multipart/form-data) as the import operation's payload. The content type must
 * be multipart/form-data exactly (a cross-site form can send it, so the session cookie's SameSite
 * and the guard are what protect it, as for every write); the body may not exceed 20 MB plus the
 * form's own overhead, checked on Content-Length before the body is read.
 */
import { invalidInput } from '@/lib/errors';
import { MAX_FILE_BYTES } from '@/lib/workbook/format';

const FORM_OVERHEAD = 64 * 1024;

export async function readUploadForm(req: Request): Promise<{ year: unknown; dryRun: unknown; fileName: string; content: Uint8Array }> {
  const type = req.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data;\s*boundary=/i.test(type)) throw invalidInput(null, '请求内容须为 multipart/form-data（上传文件）');
  const length = Number(req.headers.get('content-length') ?? '0');
  if (length > MAX_FILE_BYTES + FORM_OVERHEAD) throw invalidInput('file', '文件过大，不能超过 20 MB');
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    throw invalidInput(null, '上传内容无法读取，请重新选择文件');
  }
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) throw invalidInput('file', '请选择要导入的文件');
  if (file.size > MAX_FILE_BYTES) throw invalidInput('file', '文件过大，不能超过 20 MB');
  return { year: form.get('year'), dryRun: form.get('dryRun'), fileName: file.name, content: new Uint8Array(await file.arrayBuffer()) };
}
