import type { Grid } from '@/lib/layout/grid';
import { gridTableMarkup, type CellLink } from './grid-markup';
import styles from './disclosure.module.css';

export type { CellLink } from './grid-markup';

/**
 * A table on screen exactly as lib/layout/grid.ts lays it out for print and xlsx: the merged
 * headers, codes, names indented by level, amounts as rendered with their ※ rounding marks,
 * and 本表无数据 under an empty table. With `cellLink` (the department report) every amount is a
 * link to its drill-down (components/disclosure/DrillDown.tsx); the table reads the same without JS.
 * The table itself is one escaped string (grid-markup.ts); `markup` passes one already made.
 */
export function GridTable({ grid, id, cellLink, markup }: { grid: Grid; id: string; cellLink?: CellLink; markup?: string }) {
  return (
    <section className={styles.table} aria-label={`表${grid.number} ${grid.title}`} data-table={grid.number} id={id}>
      <div className={styles.head}>
        <h3 className={styles.title}>
          表{grid.number}　{grid.title}
        </h3>
        <span className={styles.unit}>单位：{grid.unit}</span>
      </div>
      {/* Escaped text only: every string is escaped by gridTableMarkup (lib/export/escape.ts). */}
      <div className={styles.scroll} dangerouslySetInnerHTML={{ __html: markup ?? gridTableMarkup(grid, cellLink) }} />
    </section>
  );
}
