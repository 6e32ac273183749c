import type { AmountUnit } from '@/lib/budget/types';
import { buttonClass } from '@/components/ui/Button';
import { UnitToggle } from './UnitToggle';

export interface ReportToolbarProps {
  departmentCode: string;
  year: number;
  amountUnit: AmountUnit;
}

/** 单位 toggle (万元/元), 下载Excel and 打印/PDF (a print-ready page from /api/report). */
export function ReportToolbar({ departmentCode, year, amountUnit }: ReportToolbarProps) {
  const query = (extra: Record<string, string>) => new URLSearchParams({ department: departmentCode, year: String(year), ...extra }).toString();
  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
      <UnitToggle path="/report" query={{ department: departmentCode, year: String(year) }} amountUnit={amountUnit} />
      <a href={`/api/report?${query({ format: 'xlsx', unit: amountUnit })}`} className={buttonClass()} download>
        下载Excel
      </a>
      <a href={`/api/report?${query({ format: 'html', unit: amountUnit })}`} className={buttonClass()} target="_blank" rel="noopener">
        打印/PDF
      </a>
    </div>
  );
}
