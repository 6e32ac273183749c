import { Table, Td, Th } from '@/components/ui/Table';
import { yuanText } from '@/components/workspace/money-text';
import { CATEGORY_LABEL, type ProcurementRow, type procurementTotals } from './procurement-rows';

/** 政府采购 entries with the totals by 类别 (货物 + 工程 + 服务 = 合计). */
export function ProcurementTable({ rows, totals }: { rows: ProcurementRow[]; totals: ReturnType<typeof procurementTotals> }) {
  return (
    <Table aria-label="政府采购">
      <thead>
        <tr>
          <Th>类别</Th>
          <Th>采购项目名称</Th>
          <Th>所属项目</Th>
          <Th numeric>金额（元）</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <Td>{CATEGORY_LABEL[r.category]}</Td>
            <Td>{r.itemName}</Td>
            <Td>{r.projectName ?? '—'}</Td>
            <Td numeric>{yuanText(r.amountYuan)}</Td>
          </tr>
        ))}
        {rows.length === 0 && (
          <tr>
            <Td colSpan={4}>本单位尚无政府采购预算。</Td>
          </tr>
        )}
      </tbody>
      <tfoot>
        {totals.map((t) => (
          <tr key={t.category ?? 'total'}>
            <Td colSpan={3}>{t.category ? `${CATEGORY_LABEL[t.category]}小计` : '合计'}</Td>
            <Td numeric>{yuanText(t.amountYuan)}</Td>
          </tr>
        ))}
      </tfoot>
    </Table>
  );
}
