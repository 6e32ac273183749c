import type { AmountUnit } from '@/lib/budget/types';
import { buttonClass } from '@/components/ui/Button';
import { UnitToggle } from '@/components/disclosure/UnitToggle';

/** 单位 toggle (万元/元) and 下载Excel for the 全县汇总. */
export function CountyToolbar({ year, amountUnit, state }: { year: number; amountUnit: AmountUnit; state: string | null }) {
  const query = (extra: Record<string, string>) => new URLSearchParams({ year: String(year), ...extra }).toString();
  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
      <UnitToggle path="/county" query={{ year: String(year), ...(state && { state }) }} amountUnit={amountUnit} />
      <a href={`/api/county?${query({ format: 'xlsx', unit: amountUnit })}`} className={buttonClass()} download>
        下载Excel
      </a>
    </div>
  );
}
