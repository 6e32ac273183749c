/**
 * What a file really is, from its first bytes, before exceljs sees it: an .xls or a
 * password-protected workbook (both OLE/CFB containers), an .ods renamed to .xlsx, or not a
 * spreadsheet at all. exceljs would otherwise fail on these with an English stack trace.
 */
import { MAX_FILE_BYTES } from './format';
import { WorkbookFileError } from './types';

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

const startsWith = (buffer: Uint8Array, magic: readonly number[]) => magic.every((byte, i) => buffer[i] === byte);

/** An encrypted OOXML file is a CFB container holding an "EncryptionInfo" stream (names are UTF-16LE). */
function isEncryptedPackage(buffer: Buffer): boolean {
  return buffer.includes(Buffer.from('EncryptionInfo', 'utf16le'));
}

/** Throws a WorkbookFileError with the Chinese reason unless the bytes can be an .xlsx. */
export function checkXlsxBytes(buffer: Buffer): void {
  if (buffer.length === 0) throw new WorkbookFileError('文件为空');
  if (buffer.length > MAX_FILE_BYTES) {
    throw new WorkbookFileError(`文件过大（${(buffer.length / 1024 / 1024).toFixed(1)} MB），不能超过 20 MB；请按单位或部门分成多个文件导入`);
  }
  if (startsWith(buffer, CFB)) {
    if (isEncryptedPackage(buffer)) throw new WorkbookFileError('文件设有密码保护，请在Excel中取消密码（文件 → 信息 → 保护工作簿）后重新导入');
    throw new WorkbookFileError('文件是旧版Excel 97-2003格式（.xls），请在Excel中另存为“Excel 工作簿（*.xlsx）”后导入');
  }
  if (!startsWith(buffer, ZIP)) throw new WorkbookFileError('文件不是有效的Excel工作簿（.xlsx），可能已损坏或是其他格式');
  if (buffer.subarray(0, 200).includes(Buffer.from(ODS_MIMETYPE, 'latin1'))) {
    throw new WorkbookFileError('文件是OpenDocument表格（.ods），请另存为“Excel 工作簿（*.xlsx）”后导入');
  }
}

/** Same limits for a CSV upload. */
export function checkCsvBytes(buffer: Buffer): void {
  if (buffer.length === 0) throw new WorkbookFileError('文件为空');
  if (buffer.length > MAX_FILE_BYTES) throw new WorkbookFileError('文件过大，不能超过 20 MB');
  if (startsWith(buffer, CFB) || startsWith(buffer, ZIP)) throw new WorkbookFileError('文件不是CSV文本，请上传 .xlsx 工作簿或 UTF-8 编码的 CSV 文件');
}
