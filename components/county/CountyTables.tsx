import { countyGrid } from '@/lib/layout/grid';
import type { CountyReport } from '@/lib/budget/county-report';
import { GridTable } from '@/components/disclosure/GridTable';

/** The 全县汇总 tables, laid out as the workbook lays them out (lib/layout/grid.ts). */
export function CountyTables({ report }: { report: CountyReport }) {
  return (
    <>
      {report.tables.map((table) => (
        <GridTable key={table.number} grid={countyGrid(report, table)} id={`county-table-${table.number}`} />
      ))}
    </>
  );
}
