/**
 * 金额（元） from a cell: "1,234.56", full-width "１，２３４．５６", or a numeric cell.
 * At most 2 decimals, never negative, at most 1万亿元. The result is the canonical string
 * ("1234.56", "0.00", "12.50") that Decimal(18,2) and the wire schemas take.
 */
import Decimal from 'decimal.js';
import type { CellContent } from './cell';
import { MAX_AMOUNT_YUAN } from './format';

export type AmountRead = { ok: true; amount: string } | { ok: false; message: string };

const SHAPE = '金额须为不小于0、最多两位小数的数字（元），如 1234.56 或 1,234.56';

/** Full-width digits, comma and period → ASCII; spaces (and ¥/元 marks) dropped. */
function halfWidth(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/，/g, ',')
    .replace(/．/g, '.')
    .replace(/[\s¥￥]|元$/g, '');
}

/** A double from a numeric cell, read as Excel shows it (15 significant digits). */
function numberText(value: number): string {
  return new Decimal(value.toPrecision(15)).toFixed();
}

export function parseAmount(cell: CellContent): AmountRead {
  if (cell === null) return { ok: false, message: '金额不能为空' };
  const text = typeof cell === 'number' ? numberText(cell) : halfWidth(cell);
  if (/^[-−－]/.test(text)) return { ok: false, message: '金额不能为负数' };
  const grouped = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text);
  if (!grouped && !/^\d+(\.\d+)?$/.test(text)) return { ok: false, message: SHAPE };
  const value = new Decimal(text.replace(/,/g, ''));
  if (value.decimalPlaces() > 2) return { ok: false, message: `金额最多两位小数（分），“${cell}”有${value.decimalPlaces()}位` };
  if (value.greaterThan(MAX_AMOUNT_YUAN)) return { ok: false, message: '金额超过1万亿元，请检查是否填错单位' };
  return { ok: true, amount: value.toFixed(2) };
}
