/** The import summary as text, for the command line (and anything else that shows plain text). */
import Decimal from 'decimal.js';
import type { LinesDiff } from './diff';

export interface SummaryForText {
  year: number;
  dryRun: boolean;
  departmentsCreated: readonly string[];
  unitsCreated: readonly string[];
  codesAdded: number;
  priorYearDepartments: readonly string[];
  units: readonly {
    unitCode: string;
    unitName: string;
    lines: LinesDiff | null;
    projectsCreated: number;
    procurement: { before: number; after: number } | null;
  }[];
}

/** "1,234.50" */
export const yuanText = (amount: string) => new Decimal(amount).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function formatImportSummary(s: SummaryForText): string {
  const head = `${s.year}年度${s.dryRun ? '（试导入，未写入）' : ''}：新建部门 ${s.departmentsCreated.length} 个，新建单位 ${s.unitsCreated.length} 个，新增科目 ${s.codesAdded} 个，上年数 ${s.priorYearDepartments.length} 个部门`;
  const rows = s.units.map((u) => {
    const parts = [`${u.unitCode} ${u.unitName}`];
    if (u.lines) {
      parts.push(`明细 新增 ${u.lines.added} 删除 ${u.lines.removed} 修改 ${u.lines.changed} 未变 ${u.lines.unchanged}`);
      parts.push(`合计 ${yuanText(u.lines.totalBefore)} → ${yuanText(u.lines.totalAfter)} 元`);
    }
    if (u.projectsCreated > 0) parts.push(`新建项目 ${u.projectsCreated}`);
    if (u.procurement) parts.push(`政府采购 ${u.procurement.before} → ${u.procurement.after} 条`);
    return `  ${parts.join('；')}`;
  });
  return [head, ...rows].join('\n');
}
