import type { CountyReport } from '@/lib/services/county';
import styles from '@/components/disclosure/disclosure.module.css';

/**
 * The 全县汇总 tables from the wire shape: 类 code, name and the department tables' own
 * columns, then the 合计 row. Amounts are shown exactly as the wire strings say.
 */
export function CountyTables({ report }: { report: CountyReport }) {
  return (
    <>
      {report.tables.map((table) => (
        <section key={table.number} className={styles.table} aria-label={`表${table.number} ${table.title}`} data-table={table.number} id={`county-table-${table.number}`}>
          <div className={styles.head}>
            <h3 className={styles.title}>
              表{table.number}　{table.title}
            </h3>
            <span className={styles.unit}>单位：{report.amountUnit}</span>
          </div>
          <div className={styles.scroll}>
            <table className={styles.grid}>
              <tbody>
                <tr>
                  <th>科目编码</th>
                  <th>科目名称</th>
                  {table.columns.map((c) => (
                    <th key={c}>{c}</th>
                  ))}
                </tr>
                {table.rows.map((row) => (
                  <tr key={row.code} className={styles.class}>
                    <td className={styles.code}>{row.code}</td>
                    <td data-name>{row.name}</td>
                    {row.values.map((value, c) => (
                      <td key={c} className={styles.num} data-col={c}>
                        <span data-amount>{value ?? ''}</span>
                      </td>
                    ))}
                  </tr>
                ))}
                <tr className={styles.total}>
                  <td className={styles.code} />
                  <td data-name>{table.number === 1 ? '本年支出合计' : '合计'}</td>
                  {table.total.map((value, c) => (
                    <td key={c} className={styles.num} data-col={c}>
                      <span data-amount>{value}</span>
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
