import type { RenderedReport } from '@/lib/budget/report-wire';

/** The report's file name without extension: "045-柳林县行政审批服务管理局-2023年部门预算公开报告". */
export function reportFileStem(report: RenderedReport): string {
  const name = report.department.name.replace(/[\\/:*?"<>|\s]+/g, '');
  return `${report.department.code}-${name}-${report.year}年部门预算公开报告`;
}
