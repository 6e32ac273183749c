import { guardPage } from '@/lib/auth/page-guard';
import { DEPARTMENT_STATUS_LABEL, UNIT_STATUS_LABEL } from '@/lib/budget/workflow';
import { can } from '@/lib/auth/permissions';
import { readApprovalOverview } from '@/lib/services/read/submissions';
import { readParams, type SearchParams } from '../_data/params';
import { PageFrame, Refused } from '../account/page-frame';
import { TransitionButton } from './transition-button';

export const dynamic = 'force-dynamic';

/** 审核报送: the leader approves or returns units and submits the department; the reviewer accepts or returns departments. */
export default async function ApprovalPage({ searchParams }: { searchParams: SearchParams }) {
  const access = await guardPage('department.read', '/approval');
  if (!access.ok) return <Refused message={access.message} />;
  const overview = await readApprovalOverview(access.guarded, (await readParams(searchParams)).year);
  if (!overview) return <PageFrame title="审核报送"><p>尚未设置预算年度。</p></PageFrame>;
  const { year, departments, units } = overview;
  const isLeader = can(access.guarded.actor.role, 'department.submit');

  return (
    <PageFrame title={`${year}年度 审核报送`}>
      <table border={1} cellPadding={6}>
        <thead><tr><th>部门</th><th>状态</th><th>退回原因</th><th>公开快照</th><th>操作</th></tr></thead>
        <tbody>
          {departments.map((d) => {
            const target = { kind: 'department' as const, departmentId: d.departmentId, year };
            return (
              <tr key={d.departmentId}>
                <td>{d.code} {d.name}</td>
                <td>{DEPARTMENT_STATUS_LABEL[d.status]}</td>
                <td>{d.returnReason ?? ''}</td>
                <td><code>{d.publishedHash?.slice(0, 12) ?? ''}</code></td>
                <td>
                  {isLeader && (d.status === 'PENDING' || d.status === 'RETURNED') && <TransitionButton target={target} action="submit" label="报送财政" />}
                  {!isLeader && d.status === 'SUBMITTED' && (
                    <>
                      <TransitionButton target={target} action="accept" label="批复" /> <TransitionButton target={target} action="return" label="退回" />
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {isLeader && (
        <>
          <h2 style={{ fontSize: 16 }}>所属单位</h2>
          <table border={1} cellPadding={6}>
            <thead><tr><th>单位</th><th>状态</th><th>退回原因</th><th>操作</th></tr></thead>
            <tbody>
              {units.map((u) => {
                const target = { kind: 'unit' as const, unitId: u.unitId, year };
                return (
                  <tr key={u.unitId}>
                    <td>{u.unitCode} {u.unitName}</td>
                    <td>{UNIT_STATUS_LABEL[u.status]}</td>
                    <td>{u.returnReason ?? ''}</td>
                    <td>
                      {u.status === 'SUBMITTED' && <TransitionButton target={target} action="approve" label="审核通过" />}{' '}
                      {(u.status === 'SUBMITTED' || u.status === 'APPROVED') && <TransitionButton target={target} action="return" label="退回" />}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </PageFrame>
  );
}
