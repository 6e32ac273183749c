import { guardPage } from '@/lib/auth/page-guard';
import { loadNarrativeContext } from '@/lib/services/read/narrative';
import { NarrativeEditor } from '@/components/narrative/NarrativeEditor';
import { PriorYearForm } from '@/components/narrative/PriorYearForm';
import { ChangeReasonsPanel } from '@/components/checks/ChangeReasonsPanel';
import { readChangeReasons } from '@/lib/services/read/change-reasons';
import { readPriorYear } from '@/lib/services/read/prior-year';
import { Section } from '@/components/workspace/PageHeader';
import { Notice } from '@/components/ui/Notice';
import { PageHeader } from '@/components/workspace/PageHeader';
import { QueryPicker } from '@/components/workspace/QueryPicker';
import { Refused } from '@/components/workspace/Refused';
import { DepartmentStatusBadge } from '@/components/workspace/StatusBadge';
import { departmentField } from '@/components/workspace/pickers';
import { readParams, type SearchParams } from '../_data/params';

export const dynamic = 'force-dynamic';

const TITLE = '情况说明';

/** 情况说明: the narrative sections of a department-year; the department leader edits, other readers read. */
export default async function NarrativePage({ searchParams }: { searchParams: SearchParams }) {
  const access = await guardPage('report.read', '/narrative');
  if (!access.ok) return <Refused title={TITLE} message={access.message} />;
  const loaded = await loadNarrativeContext(access.guarded, await readParams(searchParams));
  if (!loaded.ok) return <Refused title={TITLE} message={loaded.message} />;
  const { year, departments, department, sections, readOnlyReason } = loaded.context;
  const [priorYear, reasons] = await Promise.all([readPriorYear(access.guarded, department, year), readChangeReasons(access.guarded, department, year)]);

  return (
    <>
      <PageHeader
        title={TITLE}
        subtitle={
          <>
            {department.code} {department.name} · {year}年度 <DepartmentStatusBadge status={department.status} reason={department.returnReason} />
          </>
        }
      >
        {departments.length > 1 && <QueryPicker fields={[departmentField(departments, department.code)]} keep={{ year: String(year) }} />}
      </PageHeader>
      {readOnlyReason && <Notice tone="info">只读：{readOnlyReason}</Notice>}
      {sections.length === 0 ? (
        <Notice tone="info">该部门本年度尚无情况说明。</Notice>
      ) : (
        <NarrativeEditor year={year} sections={sections} readOnly={Boolean(readOnlyReason)} />
      )}
      {priorYear && (
        <Section title="上年数与同比">
          <PriorYearForm year={year} panel={priorYear} readOnly={Boolean(readOnlyReason)} />
        </Section>
      )}
      {reasons && (
        <Section title="增减变动原因">
          <ChangeReasonsPanel year={year} panel={reasons} readOnly={Boolean(readOnlyReason)} />
        </Section>
      )}
    </>
  );
}
