/** Display helpers for 元 strings on the client: exact sums with decimal.js, 万元 by the one rounding rule. */
import { Dec, formatThousands, sum, toWanYuan } from '@/lib/budget/money';

export function sumYuan(amounts: readonly string[]) {
  return sum(amounts.map((a) => new Dec(a)));
}

/** "1,234,567.80" */
export function yuanText(amount: string | ReturnType<typeof sumYuan>): string {
  return formatThousands(new Dec(amount));
}

/** "123.46" (万元, half-up, from the exact 元 amount). */
export function wanYuanText(amount: string | ReturnType<typeof sumYuan>): string {
  return formatThousands(toWanYuan(new Dec(amount)));
}
