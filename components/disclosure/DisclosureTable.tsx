import type { RenderedReport, RenderedTable } from '@/lib/budget/report-wire';
import { tableGrid } from '@/lib/layout/grid';
import { GridTable, type CellLink } from './GridTable';

/** Which report a table's amounts drill down into (signed-in report page only). */
export interface DrillDownTarget {
  department: string;
  year: number;
}

function cellLinks(target: DrillDownTarget, table: number, unit: string): CellLink {
  return (section, row, column) => {
    const query = new URLSearchParams({ department: target.department, year: String(target.year), table: String(table), section: String(section), row: String(row), column: String(column) });
    return { query: query.toString(), href: `/report/cell?${query.toString()}&unit=${encodeURIComponent(unit)}` };
  };
}

/** One 预算公开表 of the rendered report, laid out as printed (lib/layout/grid.ts); amounts link to their lines with `drill`. */
export function DisclosureTable({ report, table, drill }: { report: RenderedReport; table: RenderedTable; drill?: DrillDownTarget }) {
  const cellLink = drill ? cellLinks(drill, table.number, report.amountUnit) : undefined;
  return <GridTable grid={tableGrid(report, table)} id={`table-${table.number}`} cellLink={cellLink} />;
}
