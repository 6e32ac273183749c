import type { AmountUnit, RowLevel } from '@/lib/budget/types';
import type { RenderedRow, RenderedTable } from '@/lib/budget/report-wire';
import { cellKey } from './rounding-marks';
import styles from './disclosure.module.css';

export interface DisclosureTableProps {
  table: RenderedTable;
  amountUnit: AmountUnit;
  /** Note numbers of the cells whose displayed parts do not foot ("t:s:r:c" → [n]). */
  marks?: Record<string, number[]>;
}

const INDENT: Record<RowLevel, string | undefined> = { 类: undefined, 款: styles.indent1, 项: styles.indent2, 单位: styles.indent1, 项目: styles.indent2 };

function rowClass(row: RenderedRow): string | undefined {
  if (!row.level) return styles.total;
  return row.level === '类' ? styles.class : undefined;
}

/**
 * One 预算公开表 from the wire JSON: codes, names indented by level (类/款/项, 单位/项目),
 * amounts as rendered, "本表无数据" when empty, and a ※ marker on cells that do not foot
 * visibly (each cell is its exact 元 sum rounded on its own).
 */
export function DisclosureTable({ table, amountUnit, marks = {} }: DisclosureTableProps) {
  // An empty table is printed once with 本表无数据, under its first section's columns.
  const sections = table.empty ? table.sections.slice(0, 1) : table.sections;
  const rows = sections.flatMap((s) => s.rows);
  const hasCode = rows.some((r) => r.code !== null);
  const hasGov = rows.some((r) => r.govCode !== undefined);
  const labelColumns = 1 + (hasCode ? 1 : 0) + (hasGov ? 2 : 0);
  const width = Math.max(...table.sections.map((s) => s.columns.length)) + labelColumns;

  return (
    <section className={styles.table} aria-label={`表${table.number} ${table.title}`} data-table={table.number} id={`table-${table.number}`}>
      <div className={styles.head}>
        <h3 className={styles.title}>
          表{table.number}　{table.title}
        </h3>
        <span className={styles.unit}>单位：{amountUnit}</span>
      </div>
      <div className={styles.scroll}>
        <table className={styles.grid}>
          {sections.map((section, s) => (
            <tbody key={s}>
              {section.name && (
                <tr className={styles.sectionRow}>
                  <th colSpan={width}>{section.name}</th>
                </tr>
              )}
              <tr>
                {hasCode && <th>科目编码</th>}
                <th>{hasCode ? '科目名称' : '项目'}</th>
                {hasGov && (
                  <>
                    <th>政府经济分类编码</th>
                    <th>政府经济分类名称</th>
                  </>
                )}
                {section.columns.map((c) => (
                  <th key={c}>{c}</th>
                ))}
              </tr>
              {table.empty ? (
                <tr>
                  <td colSpan={width} className={styles.empty}>
                    本表无数据
                  </td>
                </tr>
              ) : (
                section.rows.map((row, r) => (
                  <tr key={r} className={rowClass(row)}>
                    {hasCode && <td className={styles.code}>{row.code ?? ''}</td>}
                    <td className={row.level ? INDENT[row.level] : undefined} data-name>
                      {row.name}
                    </td>
                    {hasGov && (
                      <>
                        <td className={styles.code}>{row.govCode ?? ''}</td>
                        <td>{row.govName ?? ''}</td>
                      </>
                    )}
                    {row.values.map((value, c) => (
                      <td key={c} className={styles.num} data-col={c}>
                        {(marks[cellKey(table.number, s, r, c)] ?? []).map((n) => (
                          <a key={n} href={`#rounding-${n}`} className={styles.marker} title={`尾差说明 ${n}：显示的合计与分项之和不等，见下方说明`}>
                            ※{n}
                          </a>
                        ))}
                        <span data-amount>{value ?? ''}</span>
                      </td>
                    ))}
                  </tr>
                ))
              )}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}
