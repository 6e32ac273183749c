import Link from 'next/link';
import type { AmountUnit } from '@/lib/budget/types';
import { buttonClass } from '@/components/ui/Button';

/** 金额单位 万元/元: links to `path` with the page's query and the other unit. */
export function UnitToggle({ path, query, amountUnit }: { path: string; query: Record<string, string>; amountUnit: AmountUnit }) {
  return (
    <span role="group" aria-label="金额单位" style={{ display: 'inline-flex' }}>
      {(['万元', '元'] as const).map((unit) => (
        <Link key={unit} href={`${path}?${new URLSearchParams({ ...query, unit })}`} aria-current={unit === amountUnit ? 'true' : undefined} className={buttonClass(unit === amountUnit ? 'primary' : 'default', 'small')}>
          {unit}
        </Link>
      ))}
    </span>
  );
}
