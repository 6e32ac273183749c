/**
 * The exact fast path behind money.ts, internal to lib/budget: amounts as BigInt multiples of
 * 10^-scale 元, table cells built from those integers, and the display rounding done on integers
 * (the same digits as money.ts's Decimal rounding, a property test holds them equal).
 *
 * No module state. A Decimal built here carries its integer form (a non-enumerable property set
 * when it is constructed), so rounding a cell for display needs no parsing; and the repeated cells
 * of one report are shared through a CellPool that the caller owns (one per BudgetContext).
 */
import type Decimal from 'decimal.js';
import { Dec } from './decimal';
import type { AmountUnit } from './types';

interface ExactForm {
  scale: number;
  value: bigint;
}

const EXACT = Symbol('exact integer form');
type WithExactForm = Decimal & { readonly [EXACT]?: ExactForm };

const POWERS_OF_TEN: readonly bigint[] = Object.freeze(Array.from({ length: 41 }, (_, i) => 10n ** BigInt(i)));
function pow10(exponent: number): bigint {
  return POWERS_OF_TEN[exponent] ?? 10n ** BigInt(exponent);
}

/** The number of decimals needed to hold every amount exactly as an integer (at least 2). */
export function amountScale(amounts: readonly Decimal[]): number {
  let scale = 2;
  for (const amount of amounts) if (amount.isFinite()) scale = Math.max(scale, amount.decimalPlaces());
  return scale;
}

/** amount × 10^scale as an exact integer (scale ≥ the amount's decimals); a non-finite amount (flagged by validation) counts 0. */
export function toScaled(amount: Decimal, scale: number): bigint {
  const known = (amount as WithExactForm)[EXACT];
  if (known && known.scale === scale) return known.value;
  // scale ≥ the amount's decimals, so toFixed only pads with zeros: dropping the point multiplies exactly.
  return amount.isFinite() ? BigInt(amount.toFixed(scale).replace('.', '')) : 0n;
}

/** An exact integer of 分 (10^-2 元) as an integer of 10^-scale 元 (scale ≥ 2). */
export function hundredthsToScaled(hundredths: bigint, scale: number): bigint {
  return scale === 2 ? hundredths : hundredths * pow10(scale - 2);
}

/** The inverse of toScaled: an exact Decimal, built from digits (no division), that keeps its integer form. */
export function fromScaled(value: bigint, scale: number): Decimal {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  const result = new Dec(negative ? `-${text}` : text);
  Object.defineProperty(result, EXACT, { value: { scale, value } satisfies ExactForm });
  return result;
}

/**
 * fromScaled of a text that already is such a number: plain digits with exactly `scale` decimals
 * ("-12.34" for 2), as PostgreSQL prints a NUMERIC(·, scale). Parses it once instead of printing the
 * integer back to digits (the 全县汇总 reads 10⁴–10⁵ of them).
 */
export function fromFixedText(text: string, scale: number): Decimal {
  const result = new Dec(text);
  Object.defineProperty(result, EXACT, { value: { scale, value: BigInt(text.replace('.', '')) } satisfies ExactForm });
  return result;
}

/**
 * One Decimal per distinct cell value, at one scale: a report's tables repeat many totals (表1–5
 * and 7–9 share their 合计 and 类 rows; half of a large department's cells are repeats), and
 * Decimal values are immutable, so sharing them is invisible. Lives as long as its owner.
 */
export class CellPool {
  readonly #cells = new Map<bigint, Decimal>();

  constructor(readonly scale: number) {}

  cell(value: bigint): Decimal {
    let cell = this.#cells.get(value);
    if (!cell) this.#cells.set(value, (cell = fromScaled(value, this.scale)));
    return cell;
  }
}

/** A finite amount as an exact integer of 10^-scale 元 (its kept form when it has one). */
function exactForm(amount: Decimal): ExactForm {
  const known = (amount as WithExactForm)[EXACT];
  if (known) return known;
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
  const { scale, value } = exactForm(amount);
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
  const { scale, value } = exactForm(amount);
  if (scale > 2) return value % pow10(scale - 2) === 0n ? value / pow10(scale - 2) : null;
  return value * pow10(2 - scale);
}

/** The displayed value of a finite amount in units of 0.01 (万元 or 元), as an integer. */
export function displayedHundredths(amountYuan: Decimal, unit: AmountUnit): bigint {
  return roundedUnits(amountYuan, unit === '万元' ? 2 : -2);
}

/** An integer count of 0.01 as "1234.50" / "-0.05" / "0.00": what Decimal's toFixed(2) prints for it. */
export function hundredthsToFixed(hundredths: bigint): string {
  const negative = hundredths < 0n;
  const digits = (negative ? -hundredths : hundredths).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
