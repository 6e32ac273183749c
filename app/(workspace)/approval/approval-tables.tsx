import Link from 'next/link';
import { Badge } from '@/components/ui/Badge';
import { wanYuanText } from '@/components/workspace/money-text';
import { DEPARTMENT_STATUS_LABEL } from '@/lib/budget/workflow';
import { Table, Td, Th } from '@/components/ui/Table';
import { Amounts, amountHeads } from '@/components/workspace/OverviewTables';
import { DEPARTMENT_TONE, DepartmentStatusBadge, UnitStatusBadge } from '@/components/workspace/StatusBadge';
import type { DepartmentStatusRow, UnitStatusRow } from '@/lib/services/read/submissions';
import type { Totals } from '../_data/totals';
import { StaticDepartmentRow } from './static-row';
import { TransitionButton } from './transition-button';

const CONSEQUENCE = {
  submit: '报送后部门预算交财政局审核，部门及所属单位的预算数据不能再修改，除非财政局退回。',
  accept: '批复后部门预算定稿：系统冻结公开快照，部门及所属单位的预算数据不能再修改；如需修改，须由财政局填写原因撤销批复。',
  reopen: '撤销批复后部门预算退回部门领导，可以修改并重新报送财政，撤销原因将显示给部门领导；已公开的快照保留，再次批复时生成新版本。',
  returnDepartment: '退回后部门领导可以修改部门预算并重新报送财政，退回原因将显示给部门领导。',
  approve: '审核通过后单位预算不能再修改；所属单位全部审核通过后，部门即可报送财政。',
  returnUnit: '退回后单位财务可以修改本单位预算并重新提交审核，退回原因将显示给单位财务。',
} as const;

type DepartmentRow = DepartmentStatusRow & { totals: Totals };

/** The departments with state, amounts, reason, 公开快照 and the step the caller may take. */
export function DepartmentApprovalTable({ departments, year, isLeader, canReopen }: { departments: DepartmentRow[]; year: number; isLeader: boolean; canReopen: boolean }) {
  return (
    <Table aria-label="部门报送">
      <thead>
        <tr>
          <Th>部门</Th>
          <Th>状态</Th>
          {amountHeads}
          <Th>退回原因</Th>
          <Th>公开快照</Th>
          <Th>操作</Th>
        </tr>
      </thead>
      <tbody>
        {departments.map((d) => {
          const target = { kind: 'department' as const, departmentId: d.departmentId, year };
          const subject = `${d.code} ${d.name} ${year}年度部门预算`;
          const hasStep = (isLeader && (d.status === 'PENDING' || d.status === 'RETURNED')) || (!isLeader && d.status === 'SUBMITTED') || (canReopen && d.status === 'ACCEPTED');
          // Most departments have no step: a client row built from a few strings (static-row.tsx).
          if (!hasStep) return <StaticDepartmentRow key={d.departmentId} row={[d.code, d.name, DEPARTMENT_TONE[d.status], DEPARTMENT_STATUS_LABEL[d.status], d.returnReason, d.publishedHash, wanYuanText(d.totals.current), wanYuanText(d.totals.carryover), wanYuanText(d.totals.total), year]} />;
          return (
            <tr key={d.departmentId} data-department={d.code}>
              <Td>{d.code} {d.name}</Td>
              <Td><DepartmentStatusBadge status={d.status} reason={d.returnReason} /></Td>
              <Amounts totals={d.totals} />
              <Td>{d.returnReason ?? ''}</Td>
              <Td>{d.publishedHash ? <Badge tone="success" title={`快照校验码 ${d.publishedHash}`}>已冻结</Badge> : <span style={{ color: 'var(--muted)' }}>未生成</span>}</Td>
              <Td style={{ whiteSpace: 'nowrap' }}>
                <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
                  <Link href={`/report?department=${d.code}&year=${year}`}>公开报表</Link>
                  {isLeader && (d.status === 'PENDING' || d.status === 'RETURNED') && <TransitionButton target={target} action="submit" label="报送财政" subject={subject} consequence={CONSEQUENCE.submit} />}
                  {!isLeader && d.status === 'SUBMITTED' && (
                    <>
                      <TransitionButton target={target} action="accept" label="批复" subject={subject} consequence={CONSEQUENCE.accept} />
                      <TransitionButton target={target} action="return" label="退回" subject={subject} consequence={CONSEQUENCE.returnDepartment} />
                    </>
                  )}
                  {canReopen && d.status === 'ACCEPTED' && <TransitionButton target={target} action="reopen" label="撤销批复" subject={subject} consequence={CONSEQUENCE.reopen} />}
                </span>
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

type UnitRow = UnitStatusRow & { totals: Totals };

/** The leader's units with state, amounts, reason and 审核通过 / 退回. */
export function UnitApprovalTable({ units, year }: { units: UnitRow[]; year: number }) {
  return (
    <Table aria-label="所属单位">
      <thead>
        <tr>
          <Th>单位</Th>
          <Th>状态</Th>
          {amountHeads}
          <Th>退回原因</Th>
          <Th>操作</Th>
        </tr>
      </thead>
      <tbody>
        {units.map((u) => {
          const target = { kind: 'unit' as const, unitId: u.unitId, year };
          const subject = `${u.unitCode} ${u.unitName} ${year}年度单位预算`;
          return (
            <tr key={u.unitId} data-unit={u.unitCode}>
              <Td>{u.unitCode} {u.unitName}</Td>
              <Td><UnitStatusBadge status={u.status} reason={u.returnReason} /></Td>
              <Amounts totals={u.totals} />
              <Td>{u.returnReason ?? ''}</Td>
              <Td style={{ whiteSpace: 'nowrap' }}>
                <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
                  <Link href={`/lines?unit=${encodeURIComponent(u.unitId)}&year=${year}`}>明细</Link>
                  {u.status === 'SUBMITTED' && <TransitionButton target={target} action="approve" label="审核通过" subject={subject} consequence={CONSEQUENCE.approve} />}
                  {(u.status === 'SUBMITTED' || u.status === 'APPROVED') && <TransitionButton target={target} action="return" label="退回" subject={subject} consequence={CONSEQUENCE.returnUnit} />}
                </span>
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
