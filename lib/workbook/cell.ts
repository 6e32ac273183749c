/**
 * One exceljs cell value → plain text or number. A formula gives its cached result (what Excel
 * last computed and saved); a formula without one is refused, never evaluated.
 */
export type CellContent = string | number | null;
export type CellRead = { ok: true; value: CellContent } | { ok: false; message: string };

const FORMULA_WITHOUT_RESULT = '公式没有保存的计算结果（系统不计算公式），请在Excel中重新计算并保存，或改为直接填写数值';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function plain(value: unknown): CellRead {
  if (value === null || value === undefined) return { ok: true, value: null };
  if (typeof value === 'string') return { ok: true, value: value.trim() === '' ? null : value.trim() };
  if (typeof value === 'number') return Number.isFinite(value) ? { ok: true, value } : { ok: false, message: '数值无效' };
  if (typeof value === 'boolean') return { ok: true, value: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { ok: false, message: '此处不能填写日期' };
  if (isRecord(value)) {
    if (Array.isArray(value.richText)) {
      const text = value.richText.map((run: unknown) => (isRecord(run) && typeof run.text === 'string' ? run.text : '')).join('');
      return plain(text);
    }
    if (typeof value.error === 'string') return { ok: false, message: `单元格为错误值 ${value.error}` };
    if (typeof value.text === 'string') return plain(value.text); // hyperlink
  }
  return { ok: false, message: '无法识别的单元格内容' };
}

export function readCell(value: unknown): CellRead {
  if (isRecord(value) && ('formula' in value || 'sharedFormula' in value)) {
    const result = value.result;
    if (result === undefined || result === null) return { ok: false, message: FORMULA_WITHOUT_RESULT };
    if (isRecord(result) && typeof result.error === 'string') return { ok: false, message: `公式的计算结果为错误值 ${result.error}` };
    return plain(result);
  }
  return plain(value);
}

/** A cell as text: numbers in their shortest exact form (codes typed as numbers stay digits). */
export function cellText(value: CellContent): string | null {
  if (value === null) return null;
  return typeof value === 'number' ? String(value) : value;
}
