import { guardPage } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { readApprovalOverview } from '@/lib/services/read/submissions';
import { readFindingSummaries } from '@/lib/services/read/checks';
import { FindingsSummary } from '@/components/checks/FindingsSummary';
import { Notice } from '@/components/ui/Notice';
import { PageHeader, Section } from '@/components/workspace/PageHeader';
import { Refused } from '@/components/workspace/Refused';
import { readParams, type SearchParams } from '../_data/params';
import { unitTotals } from '../_data/totals';
import { DepartmentApprovalTable, UnitApprovalTable } from './approval-tables';

export const dynamic = 'force-dynamic';

const TITLE = '审核报送';

/** 审核报送: the leader approves or returns units and submits the department; the reviewer accepts or returns departments. */
export default async function ApprovalPage({ searchParams }: { searchParams: SearchParams }) {
  const access = await guardPage('department.read', '/approval');
  if (!access.ok) return <Refused title={TITLE} message={access.message} />;
  const overview = await readApprovalOverview(access.guarded, (await readParams(searchParams)).year);
  if (!overview) return <Refused title={TITLE} message="尚未设置预算年度，请联系系统管理员。" />;
  const { year, departments, units, budgets, departmentTotals } = overview;
  const isLeader = can(access.guarded.actor.role, 'department.submit');
  const departmentRows = departments.map((d) => ({ ...d, totals: departmentTotals.get(d.departmentId) ?? { current: '0.00', carryover: '0.00', total: '0.00' } }));
  const unitRows = units.map((u) => ({ ...u, totals: unitTotals(budgets.get(u.departmentId) ?? null, u.unitId) }));
  // 审核问题汇总: the leader's own department; the finance bureau the departments waiting for its decision.
  const summarised = departments.filter((d) => isLeader || d.status === 'SUBMITTED');
  const summaries = await readFindingSummaries(access.guarded, summarised.map((d) => ({ departmentId: d.departmentId, name: d.name, budget: budgets.get(d.departmentId) ?? null })));
  const waiting = isLeader ? units.filter((u) => u.status === 'SUBMITTED').length : departments.filter((d) => d.status === 'SUBMITTED').length;

  return (
    <>
      <PageHeader title={TITLE} subtitle={`${year}年度 · ${isLeader ? '单位预算审核与部门报送财政' : '部门预算审核与批复'}（年度在页面顶部切换）`} />
      {waiting > 0 ? (
        <Notice tone="info">{isLeader ? `有${waiting}个单位已提交，待审核。` : `有${waiting}个部门已报送财政，待审核。`}</Notice>
      ) : (
        <Notice tone="info">本年度暂无待审核的{isLeader ? '单位' : '部门'}。</Notice>
      )}
      <Section title={isLeader ? '本部门' : '全县部门'}>
        {departmentRows.length === 0 ? <Notice tone="info">当前账户没有可查看的部门。</Notice> : <DepartmentApprovalTable departments={departmentRows} year={year} isLeader={isLeader} canReopen={can(access.guarded.actor.role, 'department.reopen')} />}
      </Section>
      {isLeader && (
        <Section title="所属单位">
          <UnitApprovalTable units={unitRows} year={year} />
        </Section>
      )}
      {(isLeader || summarised.length > 0) && (
        <Section title="审核问题汇总">
          <FindingsSummary summaries={summaries} />
        </Section>
      )}
    </>
  );
}
