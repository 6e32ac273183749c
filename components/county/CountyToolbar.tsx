import Link from 'next/link';
import type { AmountUnit } from '@/lib/budget/types';
import { buttonClass } from '@/components/ui/Button';

/** 单位 toggle (万元/元) and 下载Excel for the 全县汇总. */
export function CountyToolbar({ year, amountUnit }: { year: number; amountUnit: AmountUnit }) {
  const query = (extra: Record<string, string>) => new URLSearchParams({ year: String(year), ...extra }).toString();
  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
      <span role="group" aria-label="金额单位" style={{ display: 'inline-flex' }}>
        {(['万元', '元'] as const).map((unit) => (
          <Link key={unit} href={`/county?${query({ unit })}`} aria-current={unit === amountUnit ? 'true' : undefined} className={buttonClass(unit === amountUnit ? 'primary' : 'default', 'small')}>
            {unit}
          </Link>
        ))}
      </span>
      <a href={`/api/county?${query({ format: 'xlsx', unit: amountUnit })}`} className={buttonClass()} download>
        下载Excel
      </a>
    </div>
  );
}
