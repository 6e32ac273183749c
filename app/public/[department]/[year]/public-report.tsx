import type { RenderedReport } from '@/lib/budget/report-wire';
import { DisclosureTable } from '@/components/disclosure/DisclosureTable';
import { ReportContents } from '@/components/disclosure/ReportContents';
import { RoundingNotes } from '@/components/disclosure/RoundingNotes';
import { PerformanceFormSheet } from '@/components/projects/PerformanceFormSheet';

/**
 * The published report as the public reads it: the 13 tables (server-rendered grids), the 情况说明,
 * the 尾差说明 (万元) and the 绩效目标申报表 — no 勾稽 check list, which is an internal document.
 * <details> opens without JavaScript.
 */
export function PublicReport({ report }: { report: RenderedReport }) {
  return (
    <>
      <ReportContents report={report} sections={[['narrative', '情况说明'], ...(report.amountUnit === '万元' ? ([['rounding', '尾差说明']] as const) : []), ['forms', '绩效目标申报表']]} />
      {report.tables.map((table) => (
        <DisclosureTable key={table.number} report={report} table={table} />
      ))}
      <section id="narrative">
        <h2 style={{ fontSize: 16 }}>情况说明</h2>
        {report.narrative.sentences.map((sentence, k) => (
          <p key={k} style={{ lineHeight: 1.8 }}>
            {sentence}
          </p>
        ))}
      </section>
      {report.amountUnit === '万元' && (
        <section id="rounding">
          <h2 style={{ fontSize: 16 }}>尾差说明</h2>
          <RoundingNotes notes={report.roundingNotes} />
        </section>
      )}
      <section id="forms">
        <h2 style={{ fontSize: 16 }}>绩效目标申报表（{report.performanceForms.length} 份）</h2>
        {report.performanceForms.map((form, k) => (
          <details key={k} style={{ marginBottom: 8 }}>
            <summary>
              {form.unit}：{form.projectName}
            </summary>
            <PerformanceFormSheet form={form} year={report.year} />
          </details>
        ))}
      </section>
    </>
  );
}
