import Link from 'next/link';
import { guardPage } from '@/lib/auth/page-guard';
import { AppError } from '@/lib/errors';
import { mayCompareCurrent, readCurrentComparison, readDepartmentReport } from '@/lib/services/read/report';
import { readDepartmentTotals } from '@/lib/services/read/overview';
import { ReportToolbar } from '@/components/disclosure/ReportToolbar';
import { DepartmentOverviewTable } from '@/components/workspace/OverviewTables';
import { PageHeader, Section } from '@/components/workspace/PageHeader';
import { QueryPicker } from '@/components/workspace/QueryPicker';
import { Refused } from '@/components/workspace/Refused';
import { DepartmentStatusBadge } from '@/components/workspace/StatusBadge';
import { departmentField } from '@/components/workspace/pickers';
import { readParams, type SearchParams } from '../_data/params';
import { scopeDepartments } from '@/lib/services/read/reach';
import { readPeriod } from '@/lib/services/read/years';
import { CurrentDataDiff, DataSourceToggle } from './current-data';
import { DepartmentReport } from './department-report';

export const dynamic = 'force-dynamic';

const NO_TOTALS = { current: '0.00', carryover: '0.00', total: '0.00' };

const TITLE = '公开报表';
const REFUSED = '无权查看该部门的公开报表，或该部门不存在。';

/**
 * 公开报表: a department-year's report in the caller's scope, read through readDepartmentReport (the
 * same read, and the same access rule, as GET /api/report); the finance bureau starts from the county list.
 */
export default async function ReportPage({ searchParams }: { searchParams: SearchParams }) {
  const access = await guardPage('report.read', '/report');
  if (!access.ok) return <Refused title={TITLE} message={access.message} />;
  const { scope } = access.guarded;
  const params = await readParams(searchParams);
  const { year } = await readPeriod(access.guarded, params.year);
  if (year === null) return <Refused title={TITLE} message="尚未设置预算年度，请联系系统管理员。" />;
  const departments = await scopeDepartments(access.guarded, year);
  const amountUnit = params.unit === '元' ? '元' : '万元';

  if (scope.kind === 'county' && !params.department) {
    const totals = await readDepartmentTotals(access.guarded, year, departments.map((d) => d.id));
    return (
      <>
        <PageHeader title={TITLE} subtitle={`${year}年度 全县部门预算报送与公开情况`} />
        <Section title="全县部门">
          <DepartmentOverviewTable departments={departments.map((d) => ({ ...d, totals: totals.get(d.id) ?? NO_TOTALS }))} year={year} />
        </Section>
      </>
    );
  }

  const code = params.department ?? departments[0]?.code;
  if (!code) return <Refused title={TITLE} message={REFUSED} />;
  const department = departments.find((d) => d.code === code); // the status shown beside the title
  // 「当前数据」: leaders and reviewers may set an accepted year's snapshot beside today's live derivation.
  const comparable = department?.status === 'ACCEPTED' && mayCompareCurrent(access.guarded);
  let report;
  let comparison = null;
  try {
    report = await readDepartmentReport(access.guarded, { department: code, year, unit: amountUnit });
    if (comparable && params.data === 'current') comparison = await readCurrentComparison(access.guarded, { department: code, year, unit: amountUnit });
  } catch (error) {
    if (error instanceof AppError) return <Refused title={TITLE} message={error.code === 'FORBIDDEN' ? REFUSED : error.message} />;
    throw error;
  }

  return (
    <>
      <PageHeader
        title={TITLE}
        subtitle={
          <>
            {report.department.code} {report.department.name} {year}年部门预算公开报告{' '}
            {department && <DepartmentStatusBadge status={department.status} reason={department.returnReason} />}
            {scope.kind === 'county' && (
              <>
                {' '}
                · <Link href={`/report?year=${year}`}>返回全县部门列表</Link>
              </>
            )}
          </>
        }
      >
        {departments.length > 1 && <QueryPicker fields={[departmentField(departments, code)]} keep={{ year: String(year), unit: amountUnit }} />}
        <ReportToolbar departmentCode={code} year={year} amountUnit={amountUnit} />
        {comparable && <DataSourceToggle base={{ department: code, year: String(year), unit: amountUnit }} current={comparison !== null} />}
      </PageHeader>
      {comparison && <CurrentDataDiff difference={comparison.difference} />}
      <DepartmentReport report={comparison?.current ?? report} drillDown={!comparison} />
    </>
  );
}
