/**
 * Money in 元 as decimal.js values, and the one rounding rule of the report:
 * every displayed cell is its exact 元 sum ÷ 10,000, rounded half-up to 2 decimals, on its own.
 * Never JS numbers; never the global Decimal configuration.
 */
import Decimal from 'decimal.js';
import type { AmountUnit } from './types';

/** A private Decimal constructor: high precision, ROUND_HALF_UP. The global config is untouched. */
export const Dec = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });

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

/** The number of decimals needed to hold every amount exactly as an integer (at least 2). */
export function amountScale(amounts: readonly Decimal[]): number {
  let scale = 2;
  for (const amount of amounts) if (amount.isFinite()) scale = Math.max(scale, amount.decimalPlaces());
  return scale;
}

/** Decimal instances are immutable, so their scaled form can be remembered safely. */
const scaledCache = new WeakMap<Decimal, { scale: number; value: bigint }>([[ZERO, { scale: 2, value: 0n }]]);

/** amount × 10^scale as an exact integer; a non-finite amount (flagged by validation) counts 0. */
export function toScaled(amount: Decimal, scale: number): bigint {
  const cached = scaledCache.get(amount);
  if (cached && cached.scale === scale) return cached.value;
  // scale ≥ the amount's decimals, so toFixed only pads with zeros: dropping the point multiplies exactly.
  const value = amount.isFinite() ? BigInt(amount.toFixed(scale).replace('.', '')) : 0n;
  scaledCache.set(amount, { scale, value });
  return value;
}

/** The inverse of toScaled: an exact Decimal, built from digits (no division). */
export function fromScaled(value: bigint, scale: number): Decimal {
  const shared = sharedCells?.get(scale)?.get(value);
  if (shared) return shared;
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  const result = new Dec(negative ? `-${text}` : text);
  // Table cells are built here: remember their exact integer form for the display rounding below.
  scaledCache.set(result, { scale, value });
  if (sharedCells) {
    let ofScale = sharedCells.get(scale);
    if (!ofScale) sharedCells.set(scale, (ofScale = new Map()));
    ofScale.set(value, result);
  }
  return result;
}

/** Cells built during the current sharingCells() call, by scale and integer value. */
let sharedCells: Map<number, Map<bigint, Decimal>> | null = null;

/**
 * Runs `work` (synchronous) with fromScaled handing out one Decimal per distinct value: a report's
 * tables repeat many totals (表1–5 and 7–9 share their 合计 and 类 rows; half of a large
 * department's cells are repeats), and Decimal values are immutable, so sharing them is
 * invisible. The cache lives for this call only.
 */
export function sharingCells<T>(work: () => T): T {
  const outer = sharedCells;
  sharedCells = outer ?? new Map();
  try {
    return work();
  } finally {
    sharedCells = outer;
  }
}

const POWERS_OF_TEN: bigint[] = [];
function pow10(exponent: number): bigint {
  return (POWERS_OF_TEN[exponent] ??= 10n ** BigInt(exponent));
}

/** A finite amount as an exact integer of 10^-scale 元 (the cached form when there is one). */
function exactScaled(amount: Decimal): { scale: number; value: bigint } {
  const cached = scaledCache.get(amount);
  if (cached) return cached;
  const text = amount.toFixed(); // exact, never exponential
  const point = text.indexOf('.');
  return point < 0
    ? { scale: 0, value: BigInt(text) }
    : { scale: text.length - point - 1, value: BigInt(text.slice(0, point) + text.slice(point + 1)) };
}

/**
 * A finite amount rounded half-up (ties away from zero) to a multiple of 10^exponent 元, as the
 * integer count of those multiples: exponent 2 gives the displayed 万元 value in 0.01 万元 (what
 * toWanYuan rounds to), exponent -2 the 元 value in 分. Exact BigInt arithmetic, no Decimal.
 */
function roundedUnits(amount: Decimal, exponent: number): bigint {
  const { scale, value } = exactScaled(amount);
  const shift = scale + exponent;
  if (shift <= 0) return value * pow10(-shift);
  const unit = pow10(shift);
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  let units = magnitude / unit;
  if ((magnitude % unit) * 2n >= unit) units += 1n;
  return negative ? -units : units;
}

/** A finite amount with at most 2 decimals as an exact integer of 分; null otherwise (non-finite, or finer than 分). */
export function exactHundredths(amount: Decimal): bigint | null {
  if (!amount.isFinite()) return null;
  const { scale, value } = exactScaled(amount);
  if (scale > 2) return value % pow10(scale - 2) === 0n ? value / pow10(scale - 2) : null;
  return value * pow10(2 - scale);
}

/** The displayed value in units of 0.01 (万元 or 元): toWanYuan / the 元 rounding, as an integer. */
export function displayedHundredths(amountYuan: Decimal, unit: AmountUnit): bigint {
  return roundedUnits(amountYuan, unit === '万元' ? 2 : -2);
}

/** An integer count of 0.01 as "1234.50" / "-0.05" / "0.00": what Decimal's toFixed(2) prints for it. */
export function hundredthsToFixed(hundredths: bigint): string {
  const negative = hundredths < 0n;
  const digits = (negative ? -hundredths : hundredths).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
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
