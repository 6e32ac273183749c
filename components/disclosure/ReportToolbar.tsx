import type { AmountUnit } from '@/lib/budget/types';
import { buttonClass } from '@/components/ui/Button';
import { UnitToggle } from './UnitToggle';

export interface ReportToolbarProps {
  departmentCode: string;
  year: number;
  amountUnit: AmountUnit;
  /** Offer the internal 勾稽校验报告 (signed-in readers only; off on a public page). */
  showChecks?: boolean;
}

/**
 * 单位 toggle (万元/元), 下载Excel, 下载PDF (the official layout, made on the server), 打印 (the
 * print-ready page from /api/report) and, for signed-in readers, the 勾稽校验报告 (PDF).
 */
export function ReportToolbar({ departmentCode, year, amountUnit, showChecks = true }: ReportToolbarProps) {
  const query = (extra: Record<string, string>) => new URLSearchParams({ department: departmentCode, year: String(year), ...extra }).toString();
  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
      <UnitToggle path="/report" query={{ department: departmentCode, year: String(year) }} amountUnit={amountUnit} />
      <a href={`/api/report?${query({ format: 'xlsx', unit: amountUnit })}`} className={buttonClass()} download>
        下载Excel
      </a>
      <a href={`/api/report?${query({ format: 'pdf', unit: amountUnit })}`} className={buttonClass()} download>
        下载PDF
      </a>
      <a href={`/api/report?${query({ format: 'html', unit: amountUnit })}`} className={buttonClass()} target="_blank" rel="noopener">
        打印
      </a>
      {showChecks && (
        <a href={`/api/report?${query({ format: 'pdf', document: 'checks' })}`} className={buttonClass()} download title="内部文件：各项勾稽关系的逐条校验结果">
          勾稽校验报告
        </a>
      )}
    </div>
  );
}
