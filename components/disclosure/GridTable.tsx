import type { Grid, GridRow } from '@/lib/layout/grid';
import styles from './disclosure.module.css';

const INDENT = [undefined, styles.indent1, styles.indent2];

function rowClass(row: GridRow): string | undefined {
  if (row.total) return styles.total;
  return row.level === '类' ? styles.class : undefined;
}

/** The drill-down link of an amount cell (section, row, amount column, all 0-based), or none. */
export type CellLink = (section: number, row: number, col: number) => { href: string; query: string } | null;

/**
 * An amount cell's text: blank for zero, as the official tables print zero cells; in the 元 view
 * with thousands separators ("11,856,970.06"); 万元 as rendered. Only the screen: print and xlsx
 * draw the layout's own values.
 */
export function cellText(value: string | null, unit: string): string {
  if (value === null || /^-?0+(\.0+)?$/.test(value)) return '';
  return unit === '元' ? value.replace(/^(-?\d+)/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ',')) : value;
}

function Row({ row, unit, link }: { row: GridRow; unit: string; link: ((col: number) => ReturnType<CellLink>) | null }) {
  return (
    <tr className={rowClass(row)}>
      {row.cells.map((cell, i) =>
        cell.kind === 'stub' ? (
          cell.indented ? (
            <td key={i} className={INDENT[cell.indent]} data-name>
              {cell.text}
            </td>
          ) : (
            <td key={i} className={styles.code}>
              {cell.text}
            </td>
          )
        ) : (
          <td key={i} className={styles.num} data-col={cell.col}>
            {cell.marks.map((n) => (
              <a key={n} href={`#rounding-${n}`} className={styles.marker} title={`尾差说明 ${n}：显示的合计与分项之和不等，见下方说明`}>
                ※{n}
              </a>
            ))}
            <span data-amount>{cellText(cell.value, unit) === '' ? '' : <Amount value={cellText(cell.value, unit)} link={link?.(cell.col) ?? null} />}</span>
          </td>
        ),
      )}
    </tr>
  );
}

function Amount({ value, link }: { value: string; link: ReturnType<CellLink> }) {
  if (!link) return <>{value}</>;
  return (
    <a href={link.href} data-cell={link.query} className={styles.cellLink} title="查看组成该数的预算明细">
      {value}
    </a>
  );
}

/**
 * A table on screen exactly as lib/layout/grid.ts lays it out for print and xlsx: the merged
 * headers, codes, names indented by level, amounts as rendered with their ※ rounding marks,
 * and 本表无数据 under an empty table. With `cellLink` (the department report) every amount is a
 * link to its drill-down (components/disclosure/DrillDown.tsx); the table reads the same without JS.
 */
export function GridTable({ grid, id, cellLink }: { grid: Grid; id: string; cellLink?: CellLink }) {
  return (
    <section className={styles.table} aria-label={`表${grid.number} ${grid.title}`} data-table={grid.number} id={id}>
      <div className={styles.head}>
        <h3 className={styles.title}>
          表{grid.number}　{grid.title}
        </h3>
        <span className={styles.unit}>单位：{grid.unit}</span>
      </div>
      <div className={styles.scroll}>
        <table className={styles.grid}>
          {grid.sections.map((section, s) => (
            <tbody key={s}>
              {section.name && (
                <tr className={styles.sectionRow}>
                  <th colSpan={section.width}>{section.name}</th>
                </tr>
              )}
              {section.header.map((cells, h) => (
                <tr key={`h${h}`}>
                  {cells.map((cell) => (
                    <th key={cell.col} colSpan={cell.colSpan > 1 ? cell.colSpan : undefined} rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}>
                      {cell.label}
                    </th>
                  ))}
                </tr>
              ))}
              {section.rows.map((row, r) => (
                <Row key={r} row={row} unit={grid.unit} link={cellLink ? (c) => cellLink(s, r, c) : null} />
              ))}
            </tbody>
          ))}
        </table>
        {grid.empty && <p className={styles.empty}>本表无数据</p>}
      </div>
    </section>
  );
}
