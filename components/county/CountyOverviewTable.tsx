import type { CountyOverview } from '@/lib/budget/county-overview';
import { DEPARTMENT_STATUSES, DEPARTMENT_STATUS_LABEL } from '@/lib/budget/workflow';
import { Button } from '@/components/ui/Button';
import { Field } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';
import { Select } from '@/components/ui/Select';
import { overviewTableData } from './overview-markup';
import { OverviewMarkup } from './OverviewMarkup';

/**
 * 全县部门概况: the state filter (a GET form: works without JavaScript), then one row per
 * department with its 部门报送 state, unit counts, amounts, change from last year and a link to
 * its report; the 合计 row sums the departments shown.
 */
export function CountyOverviewTable({ overview }: { overview: CountyOverview }) {
  const { year, amountUnit, rows, stateCounts } = overview;
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
          <OverviewMarkup data={overviewTableData(overview)} />
          <p style={{ color: 'var(--muted)', fontSize: 12, margin: '4px 0 0' }}>
            比上年：上年支出总计取自上年批复的部门预算，未批复的取部门填报的上年数；合计行只含上年数已知的部门。金额为各格按元精确合计后分别四舍五入，不强求加总一致。
          </p>
        </div>
      )}
    </>
  );
}
