import type { CellDrillDown } from '@/lib/budget/drill-down';
import type { AmountUnit } from '@/lib/budget/types';
import styles from './disclosure.module.css';

const code = (c: { code: string; name: string } | null) => (c ? `${c.code} ${c.name}` : '（未对照）');

/** Where the cell sits: 表3 预算支出总表 ·（支出）· 201 一般公共服务支出 · 合计. */
export function cellPlace(cell: CellDrillDown): string {
  const row = [cell.row.code, cell.row.name, cell.row.govCode ? `| ${cell.row.govCode} ${cell.row.govName ?? ''}` : ''].filter(Boolean).join(' ');
  return [`表${cell.table.number} ${cell.table.title}`, cell.section, row, cell.column].filter(Boolean).join(' · ');
}

/**
 * The lines behind one report cell (docs/domain.md §13): each line with its unit, 功能/经济 codes,
 * 资金来源, 本年/结转 and project, the exact sum in 元 and how it rounds to the displayed cell
 * (`unit` first). Drawn by the drill-down dialog and by the /report/cell page alike.
 */
export function CellLines({ cell, unit }: { cell: CellDrillDown; unit: AmountUnit }) {
  const other: AmountUnit = unit === '万元' ? '元' : '万元';
  return (
    <div className={styles.cellLines} data-cell-lines>
      <p className={styles.cellPlace}>{cellPlace(cell)}</p>
      <p className={styles.cellSummary}>
        按{unit}显示 <strong>{cell.displayed[unit].value ?? '（空）'}</strong>
        {cell.source.kind === 'lines' && cell.source.lines.length > 0 && (
          <>
            ：由 {cell.source.lines.length} 行预算明细组成，精确合计 {cell.source.sumYuan} 元
          </>
        )}
      </p>
      {cell.source.kind === 'other' ? (
        <p>{cell.source.description}</p>
      ) : cell.source.lines.length === 0 ? (
        <p>该单元格为空：没有预算明细行。</p>
      ) : (
        <div className={styles.scroll}>
          <table className={styles.grid}>
            <thead>
              <tr>
                <th>单位</th>
                <th>功能分类科目</th>
                <th>部门经济分类</th>
                <th>政府经济分类</th>
                <th>支出类型</th>
                <th>资金来源</th>
                <th>本年/结转</th>
                <th>项目</th>
                <th>金额（元）</th>
              </tr>
            </thead>
            <tbody>
              {cell.source.lines.map((line) => (
                <tr key={line.id} data-line={line.id}>
                  <td>{line.unit.name}</td>
                  <td>{code(line.functional)}</td>
                  <td>{code(line.deptEcon)}</td>
                  <td>{code(line.govEcon)}</td>
                  <td className={styles.nowrap}>
                    {line.kind}
                    {line.nature ? `（${line.nature}）` : ''}
                  </td>
                  <td className={styles.nowrap}>{line.fundingSource}</td>
                  <td className={styles.nowrap}>{line.period}</td>
                  <td>{line.project ?? ''}</td>
                  <td className={styles.num}>{line.amountYuan}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className={styles.total}>
                <td colSpan={8}>合计（{cell.source.lines.length} 行，精确值）</td>
                <td className={styles.num} data-sum>
                  {cell.source.sumYuan}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <dl className={styles.rounding}>
        {[unit, other].map((u) => (
          <div key={u}>
            <dt>按{u}显示：{cell.displayed[u].value ?? '（空）'}</dt>
            <dd data-rounding={u}>{cell.displayed[u].rounding}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
