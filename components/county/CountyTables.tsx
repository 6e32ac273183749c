import { countyGrid, type Grid } from '@/lib/layout/grid';
import type { CountyReport } from '@/lib/budget/county-report';
import { GridTable } from '@/components/disclosure/GridTable';
import { gridTableMarkup } from '@/components/disclosure/grid-markup';

/** Per rendered county report (cached and shared, lib/services/county.ts): its grids and their markup, made once. */
const made = new WeakMap<CountyReport, { grid: Grid; markup: string }[]>();

function tablesOf(report: CountyReport): { grid: Grid; markup: string }[] {
  let tables = made.get(report);
  if (!tables) {
    tables = report.tables.map((table) => {
      const grid = countyGrid(report, table);
      return { grid, markup: gridTableMarkup(grid) };
    });
    made.set(report, tables);
  }
  return tables;
}

/** The 全县汇总 tables, laid out as the workbook lays them out (lib/layout/grid.ts). */
export function CountyTables({ report }: { report: CountyReport }) {
  return (
    <>
      {tablesOf(report).map(({ grid, markup }) => (
        <GridTable key={grid.number} grid={grid} id={`county-table-${grid.number}`} markup={markup} />
      ))}
    </>
  );
}
