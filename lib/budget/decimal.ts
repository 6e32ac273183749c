/**
 * The private Decimal constructor of lib/budget: high precision, ROUND_HALF_UP; the global
 * decimal.js configuration is untouched. Public through money.ts (`Dec`); its own module so that
 * money.ts and the exact fast path (exact.ts) both build on it without importing each other.
 */
import Decimal from 'decimal.js';

export const Dec = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
