import { can } from '@/lib/auth/permissions';
import { guardPage } from '@/lib/auth/page-guard';
import { narrativeRefusal } from '@/lib/budget/workflow';
import { listNarrativeSections } from '@/lib/db/narrative-repository';
import { NarrativeEditor } from '@/components/narrative/NarrativeEditor';
import { PriorYearForm } from '@/components/narrative/PriorYearForm';
import { readPriorYear } from '@/lib/services/read/prior-year';
import { Section } from '@/components/workspace/PageHeader';
import { Notice } from '@/components/ui/Notice';
import { PageHeader } from '@/components/workspace/PageHeader';
import { QueryPicker } from '@/components/workspace/QueryPicker';
import { Refused } from '@/components/workspace/Refused';
import { DepartmentStatusBadge } from '@/components/workspace/StatusBadge';
import { departmentField, yearField } from '@/components/workspace/pickers';
import { readParams, type SearchParams } from '../_data/params';
import { resolveYear, yearChoices } from '../_data/period';
import { scopeDepartments } from '../_data/scope';

export const dynamic = 'force-dynamic';

const TITLE = '情况说明';

/** 情况说明: the narrative sections of a department-year; the department leader edits, other readers read. */
export default async function NarrativePage({ searchParams }: { searchParams: SearchParams }) {
  const access = await guardPage('report.read', '/narrative');
  if (!access.ok) return <Refused title={TITLE} message={access.message} />;
  const { scope, actor } = access.guarded;
  const params = await readParams(searchParams);
  const years = await yearChoices();
  const year = await resolveYear(params.year, scope, years);
  if (year === null) return <Refused title={TITLE} message="尚未设置预算年度，请联系系统管理员。" />;
  const departments = await scopeDepartments(scope, year);
  const department = params.department ? departments.find((d) => d.code === params.department) : departments[0];
  if (!department) return <Refused title={TITLE} message="无权查看该部门的情况说明，或该部门不存在。" />;
  const [sections, priorYear] = await Promise.all([listNarrativeSections(department.id, year), readPriorYear(access.guarded, department, year)]);

  const readOnlyReason = !can(actor.role, 'narrative.edit')
    ? '只有部门领导可以编辑情况说明'
    : scope.kind !== 'department'
      ? '只有部门领导可以编辑本部门的情况说明'
      : years.find((y) => y.year === year)?.closed
        ? `${year}年度已关闭，不能修改`
        : narrativeRefusal(department.status);

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
        <QueryPicker fields={[...(departments.length > 1 ? [departmentField(departments, department.code)] : []), yearField(years, year)]} keep={{ department: department.code }} />
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
    </>
  );
}
