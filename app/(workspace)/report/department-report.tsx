import type { RenderedReport } from '@/lib/budget/report-wire';
import { DisclosureTable } from '@/components/disclosure/DisclosureTable';
import { ReportContents } from '@/components/disclosure/ReportContents';
import { DrillDownArea } from '@/components/disclosure/DrillDown';
import { ReconciliationList } from '@/components/disclosure/ReconciliationList';
import { RoundingNotes } from '@/components/disclosure/RoundingNotes';
import { PerformanceFormSheet } from '@/components/projects/PerformanceFormSheet';
import { Section } from '@/components/workspace/PageHeader';

/**
 * The body of a department-year's 部门预算公开报告, drawn from the rendered report the pipeline
 * returned (nothing is derived here): the 13 tables with their ※ marks, the 情况说明, the 勾稽
 * checks and the 尾差说明 (万元 only: in 元 every cell is exact), then the 绩效目标申报表.
 * With `drillDown` (a signed-in reader) every amount of 表1–13 opens the lines behind it.
 */
export function DepartmentReport({ report, drillDown = false }: { report: RenderedReport; drillDown?: boolean }) {
  const drill = drillDown ? { department: report.department.code, year: report.year } : undefined;

  return (
    <>
      <ReportContents report={report} sections={[['narrative', '情况说明'], ['checks', '勾稽校验'], ['rounding', '尾差说明'], ['forms', '绩效目标申报表']]} />
      <DrillDownArea unit={report.amountUnit}>
        {report.tables.map((table) => (
          <DisclosureTable key={table.number} report={report} table={table} drill={drill} />
        ))}
      </DrillDownArea>
      <div id="narrative">
        <Section title="情况说明">
          <div style={{ background: '#fff', border: '1px solid var(--border)', borderRadius: 4, padding: '4px 16px', lineHeight: 1.8, fontSize: 14 }}>
            {report.narrative.sentences.map((sentence, k) => (
              <p key={k}>{sentence}</p>
            ))}
          </div>
        </Section>
      </div>
      <div id="checks">
        <Section title="勾稽关系校验">
          <ReconciliationList checks={report.reconciliation} />
        </Section>
      </div>
      <div id="rounding">
        <Section title="尾差说明">
          {report.amountUnit === '万元' ? (
            <RoundingNotes notes={report.roundingNotes} />
          ) : (
            <p style={{ fontSize: 13 }}>以元为单位显示时各单元格均为精确值，不存在尾差。</p>
          )}
        </Section>
      </div>
      <div id="forms">
        <Section title={`绩效目标申报表（${report.performanceForms.length} 份）`}>
          {report.performanceForms.map((form, k) => (
            <details key={k} style={{ marginBottom: 8 }}>
              <summary>
                {form.unit}：{form.projectName}
              </summary>
              <PerformanceFormSheet form={form} year={report.year} />
            </details>
          ))}
        </Section>
      </div>
    </>
  );
}
