import type { RenderedFunds, RenderedPerformanceForm } from '@/lib/budget/report-wire';
import { yuanText } from '@/components/workspace/money-text';
import { IndicatorTable } from './IndicatorTable';
import styles from './form-sheet.module.css';

const FUND_ROWS: readonly { key: keyof RenderedFunds; label: string }[] = [
  { key: 'total', label: '资金总额' },
  { key: 'central', label: '其中：中央财政资金' },
  { key: 'provincial', label: '省级财政资金' },
  { key: 'cityCounty', label: '市县（区）财政资金' },
  { key: 'selfRaised', label: '单位自筹' },
  { key: 'other', label: '其他资金' },
];

const TEXTS: readonly { key: 'overview' | 'basis' | 'necessity' | 'safeguards' | 'plan'; label: string }[] = [
  { key: 'overview', label: '项目概况' },
  { key: 'basis', label: '立项依据' },
  { key: 'necessity', label: '项目设立必要性' },
  { key: 'safeguards', label: '保证项目实施的制度、措施' },
  { key: 'plan', label: '项目实施计划' },
];

const money = (value: string | null) => (value === null ? '' : yuanText(value));

/** 项目支出绩效目标申报表, laid out like the printed form (funds in 元). */
export function PerformanceFormSheet({ form, year }: { form: RenderedPerformanceForm; year: number }) {
  return (
    <article className={styles.sheet} aria-label={`绩效目标申报表：${form.projectName}`}>
      <h2 className={styles.title}>项目支出绩效目标申报表</h2>
      <p className={styles.caption}>（{year}年度）</p>
      <table className={styles.grid}>
        <colgroup>
          <col style={{ width: '18%' }} />
          <col style={{ width: '32%' }} />
          <col style={{ width: '18%' }} />
          <col style={{ width: '32%' }} />
        </colgroup>
        <tbody>
          <tr>
            <th>项目名称</th>
            <td colSpan={3}>{form.projectName}</td>
          </tr>
          <tr>
            <th>主管部门及代码</th>
            <td>{form.department}</td>
            <th>实施单位</th>
            <td>{form.unit}</td>
          </tr>
          <tr>
            <th>项目属性</th>
            <td>{form.attribute}</td>
            <th>项目期</th>
            <td>{form.period}</td>
          </tr>
          <tr>
            <th rowSpan={FUND_ROWS.length + 1}>项目资金（元）</th>
            <th />
            <th>实施期资金总额</th>
            <th>年度资金总额</th>
          </tr>
          {FUND_ROWS.map(({ key, label }) => (
            <tr key={key}>
              <td>{label}</td>
              <td className={styles.num}>{money(form.funds.period[key])}</td>
              <td className={styles.num}>{money(form.funds.annual[key])}</td>
            </tr>
          ))}
          {TEXTS.map(({ key, label }) => (
            <tr key={key}>
              <th>{label}</th>
              <td colSpan={3} className={styles.text}>
                {form[key]}
              </td>
            </tr>
          ))}
          <tr>
            <th rowSpan={2}>总体目标</th>
            <th colSpan={2}>实施期目标</th>
            <th>年度目标</th>
          </tr>
          <tr>
            <td colSpan={2} className={styles.text}>
              {form.goalPeriod}
            </td>
            <td className={styles.text}>{form.goalAnnual}</td>
          </tr>
        </tbody>
      </table>
      <div style={{ display: 'grid', gap: 12, marginTop: 12 }}>
        <IndicatorTable title="实施期绩效指标" indicators={form.indicators.filter((i) => i.scope === 'PERIOD')} />
        <IndicatorTable title="年度绩效指标" indicators={form.indicators.filter((i) => i.scope === 'ANNUAL')} />
      </div>
      <div className={styles.footer}>
        {form.contactPerson && <span>经办人：{form.contactPerson}</span>}
        {form.contactPhone && <span>联系电话：{form.contactPhone}</span>}
        {form.filledAt && <span>填报日期：{form.filledAt}</span>}
      </div>
    </article>
  );
}
