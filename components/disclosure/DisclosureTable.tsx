import type { RenderedReport, RenderedTable } from '@/lib/budget/report-wire';
import { tableGrid } from '@/lib/layout/grid';
import { GridTable } from './GridTable';

/** One 预算公开表 of the rendered report, laid out as printed (lib/layout/grid.ts). */
export function DisclosureTable({ report, table }: { report: RenderedReport; table: RenderedTable }) {
  return <GridTable grid={tableGrid(report, table)} id={`table-${table.number}`} />;
}
