import Link from 'next/link';
import { AMOUNT_KEYS, AMOUNT_LABEL, type CountyOverview, type YearChange } from '@/lib/budget/county-overview';
import { Dec, formatThousands } from '@/lib/budget/money';
import { DEPARTMENT_STATUSES, DEPARTMENT_STATUS_LABEL, UNIT_STATUSES, UNIT_STATUS_LABEL } from '@/lib/budget/workflow';
import { Button } from '@/components/ui/Button';
import { Field } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';
import { Select } from '@/components/ui/Select';
import { Table, Td, Th } from '@/components/ui/Table';
import { DepartmentStatusBadge } from '@/components/workspace/StatusBadge';

/** "1,234.56"; a zero cell is blank, as the official tables print it. */
const amountText = (value: string) => (new Dec(value).isZero() ? '' : formatThousands(new Dec(value)));

const signed = (value: string) => (value.startsWith('-') ? formatThousands(new Dec(value)) : `+${formatThousands(new Dec(value))}`);

const SOURCE_LABEL = { PUBLISHED: '上年批复', ENTERED: '部门填报' } as const;

function ChangeCells({ change }: { change: YearChange }) {
  return (
    <>
      <Td numeric title={change.source ? `上年数来源：${SOURCE_LABEL[change.source]}` : undefined}>
        {change.prior === null ? '—' : formatThousands(new Dec(change.prior))}
      </Td>
      <Td numeric>{change.amount === null ? '—' : signed(change.amount)}</Td>
      <Td numeric>{change.rate === null ? '—' : `${signed(change.rate)}%`}</Td>
    </>
  );
}

/**
 * 全县部门概况: the state filter (a GET form: works without JavaScript), then one row per
 * department with its 部门报送 state, unit counts, amounts, change from last year and a link to
 * its report; the 合计 row sums the departments shown.
 */
export function CountyOverviewTable({ overview }: { overview: CountyOverview }) {
  const { year, amountUnit, rows, totals, stateCounts } = overview;
  const all = DEPARTMENT_STATUSES.reduce((n, s) => n + stateCounts[s], 0);
  return (
    <>
      <form method="get" action="/county" aria-label="按报送状态筛选部门" style={{ display: 'flex', gap: 12, alignItems: 'end', flexWrap: 'wrap', marginBottom: 12 }}>
        <input type="hidden" name="year" value={year} />
        <input type="hidden" name="unit" value={amountUnit} />
        <Field label="部门报送状态">
          <Select
            name="state"
            defaultValue={overview.state ?? ''}
            placeholder={`全部（${all}）`}
            options={DEPARTMENT_STATUSES.map((s) => ({ value: s, label: `${DEPARTMENT_STATUS_LABEL[s]}（${stateCounts[s]}）` }))}
          />
        </Field>
        <Button type="submit">筛选</Button>
      </form>
      {rows.length === 0 ? (
        <Notice tone="info">没有处于该状态的部门。</Notice>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <Table aria-label="全县部门概况">
            <thead>
              <tr>
                <Th rowSpan={2}>部门</Th>
                <Th rowSpan={2}>报送状态</Th>
                <Th colSpan={UNIT_STATUSES.length + 1}>单位（个）</Th>
                <Th colSpan={AMOUNT_KEYS.length}>支出（{amountUnit}）</Th>
                <Th colSpan={3}>比上年（{amountUnit}）</Th>
                <Th rowSpan={2}>报表</Th>
              </tr>
              <tr>
                {UNIT_STATUSES.map((s) => (
                  <Th key={s} numeric>
                    {UNIT_STATUS_LABEL[s]}
                  </Th>
                ))}
                <Th numeric>合计</Th>
                {AMOUNT_KEYS.map((k) => (
                  <Th key={k} numeric>
                    {AMOUNT_LABEL[k]}
                  </Th>
                ))}
                <Th numeric>上年支出总计</Th>
                <Th numeric>增减额</Th>
                <Th numeric>增减率</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr key={d.id} data-department={d.code}>
                  <Td style={{ whiteSpace: 'nowrap' }}>
                    {d.code} {d.name}
                  </Td>
                  <Td>
                    <DepartmentStatusBadge status={d.status} reason={d.returnReason} />
                  </Td>
                  {UNIT_STATUSES.map((s) => (
                    <Td key={s} numeric>
                      {d.units[s] === 0 ? '' : d.units[s]}
                    </Td>
                  ))}
                  <Td numeric>{d.unitTotal}</Td>
                  {AMOUNT_KEYS.map((k) => (
                    <Td key={k} numeric>
                      {amountText(d.amounts[k])}
                    </Td>
                  ))}
                  <ChangeCells change={d.change} />
                  <Td style={{ whiteSpace: 'nowrap' }}>
                    <Link href={`/report?department=${encodeURIComponent(d.code)}&year=${year}`} aria-label={`查看${d.name}的部门预算报表`}>
                      查看报表
                    </Link>
                  </Td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <Th colSpan={2}>合计（{rows.length} 个部门）</Th>
                {UNIT_STATUSES.map((s) => (
                  <Td key={s} numeric>
                    {totals.units[s] === 0 ? '' : totals.units[s]}
                  </Td>
                ))}
                <Td numeric>{totals.unitTotal}</Td>
                {AMOUNT_KEYS.map((k) => (
                  <Td key={k} numeric>
                    {amountText(totals.amounts[k])}
                  </Td>
                ))}
                <ChangeCells change={totals.change} />
                <Td />
              </tr>
            </tfoot>
          </Table>
          <p style={{ color: 'var(--muted)', fontSize: 12, margin: '4px 0 0' }}>
            比上年：上年支出总计取自上年批复的部门预算，未批复的取部门填报的上年数；合计行只含上年数已知的部门。金额为各格按元精确合计后分别四舍五入，不强求加总一致。
          </p>
        </div>
      )}
    </>
  );
}
