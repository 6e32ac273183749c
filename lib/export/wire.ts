/**
 * The wire report the renderers take: the JSON a department-year's 部门预算公开报告 travels in
 * (API, CLI, snapshot), defined by lib/budget/report-wire.ts. Amounts are fixed-point strings
 * already rounded for display ("1185.70"); null is a blank cell. The renderers take only this
 * shape, never Decimals or database rows, so the HTML and the workbook show exactly what the
 * JSON says. Aliases keep lib/export's names short.
 */
import type {
  RenderedFunds,
  RenderedPerformanceForm,
  RenderedReport,
  RenderedRow,
  RenderedTable,
} from '@/lib/budget/report-wire';

export type WireReport = RenderedReport;
export type WireTable = RenderedTable;
export type WireSection = RenderedTable['sections'][number];
export type WireRow = RenderedRow;
export type WireReconciliation = RenderedReport['reconciliation'][number];
export type WirePerformanceForm = RenderedPerformanceForm;
export type WireFunds = RenderedFunds;
export type WireIndicator = RenderedPerformanceForm['indicators'][number];
