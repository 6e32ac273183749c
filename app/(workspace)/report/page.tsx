import Link from 'next/link';
import { guardPage } from '@/lib/auth/page-guard';
import { loadDepartmentBudget } from '@/lib/db/budget-repository';
import { getPrisma } from '@/lib/db/client';
import { ReportToolbar } from '@/components/disclosure/ReportToolbar';
import { DepartmentOverviewTable } from '@/components/workspace/OverviewTables';
import { PageHeader, Section } from '@/components/workspace/PageHeader';
import { QueryPicker } from '@/components/workspace/QueryPicker';
import { Refused } from '@/components/workspace/Refused';
import { DepartmentStatusBadge } from '@/components/workspace/StatusBadge';
import { departmentField, yearField } from '@/components/workspace/pickers';
import { readParams, type SearchParams } from '../_data/params';
import { resolveYear, yearChoices } from '../_data/period';
import { scopeDepartments } from '../_data/scope';
import { departmentTotals } from '../_data/totals';
import { DepartmentReport } from './department-report';

export const dynamic = 'force-dynamic';

const TITLE = '公开报表';

/** 公开报表: a department-year's report in the caller's scope; the finance bureau starts from the county list. */
export default async function ReportPage({ searchParams }: { searchParams: SearchParams }) {
  const access = await guardPage('report.read', '/report');
  if (!access.ok) return <Refused title={TITLE} message={access.message} />;
  const { scope } = access.guarded;
  const params = await readParams(searchParams);
  const years = await yearChoices();
  const year = await resolveYear(params.year, scope, years);
  if (year === null) return <Refused title={TITLE} message="尚未设置预算年度，请联系系统管理员。" />;
  const departments = await scopeDepartments(scope, year);
  const amountUnit = params.unit === '元' ? '元' : '万元';

  if (scope.kind === 'county' && !params.department) {
    const budgets = await Promise.all(departments.map((d) => loadDepartmentBudget(getPrisma(), d.code, year)));
    return (
      <>
        <PageHeader title={TITLE} subtitle={`${year}年度 全县部门预算报送与公开情况`}>
          <QueryPicker fields={[yearField(years, year)]} />
        </PageHeader>
        <Section title="全县部门">
          <DepartmentOverviewTable departments={departments.map((d, k) => ({ ...d, totals: departmentTotals(budgets[k] ?? null) }))} year={year} />
        </Section>
      </>
    );
  }

  const department = params.department ? departments.find((d) => d.code === params.department) : departments[0];
  if (!department) return <Refused title={TITLE} message="无权查看该部门的公开报表，或该部门不存在。" />;
  const budget = await loadDepartmentBudget(getPrisma(), department.code, year);
  if (!budget) return <Refused title={TITLE} message={`未找到部门 ${department.code} 在${year}年度的数据。`} />;

  return (
    <>
      <PageHeader
        title={TITLE}
        subtitle={
          <>
            {department.code} {department.name} {year}年部门预算公开报告 <DepartmentStatusBadge status={department.status} reason={department.returnReason} />
            {scope.kind === 'county' && (
              <>
                {' '}
                · <Link href={`/report?year=${year}`}>返回全县部门列表</Link>
              </>
            )}
          </>
        }
      >
        <QueryPicker fields={[...(departments.length > 1 ? [departmentField(departments, department.code)] : []), yearField(years, year)]} keep={{ department: department.code, unit: amountUnit }} />
        <ReportToolbar departmentCode={department.code} year={year} amountUnit={amountUnit} />
      </PageHeader>
      <DepartmentReport budget={budget} amountUnit={amountUnit} />
    </>
  );
}
