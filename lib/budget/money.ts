/**
 * Money in 元 as decimal.js values, and the one rounding rule of the report (docs/domain.md §3):
 * every displayed cell is its exact 元 sum ÷ 10,000, rounded half-up to 2 decimals, on its own.
 * Never JS numbers; never the global Decimal configuration. The integer fast path that table cells
 * and formatting use underneath is exact.ts (internal to lib/budget).
 */
import Decimal from 'decimal.js';
import type { AmountUnit } from './types';
import { Dec } from './decimal';
import { displayedHundredths, fromFixedText, fromScaled, hundredthsToFixed } from './exact';

/** A private Decimal constructor: high precision, ROUND_HALF_UP. The global config is untouched. */
export { Dec };

export const ZERO: Decimal = new Dec(0);
/** ÷ 10,000 as an exact multiplication (far cheaper than Decimal division, same result). */
const TEN_THOUSANDTH = new Dec('0.0001');
const YUAN_PATTERN = /^-?\d+(\.\d{1,2})?$/;

/** Parses a 元 amount written with at most 2 decimals ("1234.5", "-3", "0.05"). Throws RangeError otherwise. */
export function yuan(text: string): Decimal {
  const trimmed = text.trim();
  if (!YUAN_PATTERN.test(trimmed)) {
    throw new RangeError(`金额格式不正确（最多两位小数的数字）："${text}"`);
  }
  return new Dec(trimmed);
}

const STORED_PATTERN = /^-?\d+\.\d\d$/;

/**
 * An amount as the database prints a NUMERIC(18,2) ("12345.67"), keeping its exact integer form
 * (exact.ts), so the derivation sums it without parsing it again; any other text as `new Dec`.
 * The same value as `new Dec(text)` (tests/budget/money.test.ts).
 */
export function storedYuan(text: string): Decimal {
  return STORED_PATTERN.test(text) ? fromFixedText(text, 2) : new Dec(text);
}

/** A NUMERIC(18,2) as the database prints it ("-12.34") as an exact integer of 分; RangeError for any other text. */
export function storedHundredths(text: string): bigint {
  if (!STORED_PATTERN.test(text)) throw new RangeError(`not a stored 元 amount: "${text}"`);
  return BigInt(text.replace('.', ''));
}

/** An exact integer of 分 as 元 (the Decimal keeps its integer form, see storedYuan). */
export function yuanFromHundredths(hundredths: bigint): Decimal {
  return fromScaled(hundredths, 2);
}

export function isYuanString(text: string): boolean {
  return YUAN_PATTERN.test(text.trim());
}

/** True when the value has more than 2 decimals (a 元 amount must not). */
export function hasMoreThanTwoDecimals(value: Decimal): boolean {
  return value.decimalPlaces() > 2;
}

/** Exact sum; starts from the private constructor so precision never depends on the inputs' config. */
export function sum(values: Iterable<Decimal | null | undefined>): Decimal {
  let total: Decimal = ZERO;
  for (const value of values) {
    if (value) total = total.plus(value);
  }
  return total;
}

export function sumBy<T>(items: Iterable<T>, amount: (item: T) => Decimal | null | undefined): Decimal {
  let total: Decimal = ZERO;
  for (const item of items) {
    const value = amount(item);
    if (value) total = total.plus(value);
  }
  return total;
}

/** 元 → 万元, rounded half-up to 2 decimals. */
export function toWanYuan(amountYuan: Decimal): Decimal {
  return own(amountYuan).times(TEN_THOUSANDTH).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** The value under the private constructor (precision 60), without copying when it already is. */
function own(value: Decimal): Decimal {
  return value.constructor === Dec ? value : new Dec(value);
}

/** The displayed value of a cell in the given unit (万元 rounded per the rule; 元 to 2 decimals). */
export function displayed(amountYuan: Decimal, unit: AmountUnit): Decimal {
  return unit === '万元' ? toWanYuan(amountYuan) : own(amountYuan).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Fixed-point string without separators: "1234.50". */
export function formatAmount(amountYuan: Decimal, unit: AmountUnit): string {
  // Integer rounding of the exact value: the same digits as displayed(…).toFixed(2), without Decimal arithmetic.
  if (amountYuan.isFinite()) return hundredthsToFixed(displayedHundredths(amountYuan, unit));
  return displayed(amountYuan, unit).toFixed(2);
}

/** A table cell: blank (null) stays blank. */
export function formatCell(amountYuan: Decimal | null, unit: AmountUnit): string | null {
  return amountYuan === null ? null : formatAmount(amountYuan, unit);
}

/** Thousands separators for prose: "1,185.70". The input is already in the unit to show. */
export function formatThousands(value: Decimal, decimals = 2): string {
  const fixed = new Dec(value).toFixed(decimals, Decimal.ROUND_HALF_UP);
  const negative = fixed.startsWith('-');
  const [intPart = '0', fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** part / whole × 100, half-up to 2 decimals; null when whole is 0 (no meaningful share). */
export function percent(part: Decimal, whole: Decimal): Decimal | null {
  if (whole.isZero()) return null;
  return new Dec(part).div(whole).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** A blank cell is a zero sum: the example prints no 0.00 in its tables. */
export function blankIfZero(value: Decimal): Decimal | null {
  return value.isZero() ? null : value;
}

/** Null-as-zero, for checks over table cells. */
export function orZero(value: Decimal | null | undefined): Decimal {
  return value ?? ZERO;
}
