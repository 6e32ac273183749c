/**
 * Narrative figures as flat strings for the wire: "totalIncome.change" → "12.34".
 * Amounts are shown in the requested unit (万元 half-up per cell, or 元); fields named
 * `share` or `rate` are percentages (2 decimals, no unit); plain numbers (year, projectCount)
 * print as integers; lists of names stay lists; null stays null (unknown).
 */
import Decimal from 'decimal.js';
import type { AmountUnit } from '../types';
import { formatAmount } from '../money';
import type { NarrativeFigures } from './figures';

export type RenderedFigure = string | string[] | null;
const PERCENT_KEYS = new Set(['share', 'rate']);

function walk(value: unknown, path: string, unit: AmountUnit, out: Record<string, RenderedFigure>): void {
  const key = path.split('.').pop() ?? '';
  if (value === null || value === undefined) out[path] = null;
  else if (Decimal.isDecimal(value)) out[path] = PERCENT_KEYS.has(key) ? value.toFixed(2) : formatAmount(value, unit);
  else if (typeof value === 'number') out[path] = String(value);
  else if (typeof value === 'string') out[path] = value;
  else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) out[path] = value.map(String);
  else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}.${i}`, unit, out));
  else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k, unit, out);
  }
}

export function renderFigures(figures: NarrativeFigures, unit: AmountUnit): Record<string, RenderedFigure> {
  const out: Record<string, RenderedFigure> = {};
  walk(figures, '', unit, out);
  return out;
}
