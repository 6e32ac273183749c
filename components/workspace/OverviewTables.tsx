import Link from 'next/link';
import { Table, Td, Th } from '@/components/ui/Table';
import { wanYuanText } from './money-text';
import type { DepartmentStatus, UnitStatus } from '@/lib/budget/workflow';
import { DepartmentStatusBadge, UnitStatusBadge } from './StatusBadge';

interface Totals {
  current: string;
  carryover: string;
  total: string;
}

export interface UnitOverview {
  id: string;
  code: string;
  name: string;
  status: UnitStatus;
  returnReason: string | null;
  totals: Totals;
}

export interface DepartmentOverview {
  id: string;
  code: string;
  name: string;
  status: DepartmentStatus;
  returnReason: string | null;
  totals: Totals;
}

/** The three amount columns (本年 / 上年结转 / 合计, 万元) of the overview and approval tables. */
export const amountHeads = (
  <>
    <Th numeric>本年（万元）</Th>
    <Th numeric>上年结转（万元）</Th>
    <Th numeric>合计（万元）</Th>
  </>
);

export function Amounts({ totals }: { totals: Totals }) {
  return (
    <>
      <Td numeric>{wanYuanText(totals.current)}</Td>
      <Td numeric>{wanYuanText(totals.carryover)}</Td>
      <Td numeric>{wanYuanText(totals.total)}</Td>
    </>
  );
}

/** Units with their 报送 status and totals, linking to their pages. */
export function UnitOverviewTable({ units, year }: { units: UnitOverview[]; year: number }) {
  return (
    <Table aria-label="单位预算概况">
      <thead>
        <tr>
          <Th>单位</Th>
          <Th>报送状态</Th>
          {amountHeads}
          <Th>操作</Th>
        </tr>
      </thead>
      <tbody>
        {units.map((u) => {
          const q = `?unit=${encodeURIComponent(u.id)}&year=${year}`;
          return (
            <tr key={u.id}>
              <Td>
                {u.code} {u.name}
              </Td>
              <Td>
                <UnitStatusBadge status={u.status} reason={u.returnReason} />
              </Td>
              <Amounts totals={u.totals} />
              <Td style={{ whiteSpace: 'nowrap' }}>
                <Link href={`/lines${q}`}>预算编制</Link> · <Link href={`/projects${q}`}>项目</Link> · <Link href={`/procurement${q}`}>政府采购</Link>
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

/** Departments with their status and totals, linking to each 公开报表. */
export function DepartmentOverviewTable({ departments, year }: { departments: DepartmentOverview[]; year: number }) {
  return (
    <Table aria-label="部门预算概况">
      <thead>
        <tr>
          <Th>部门</Th>
          <Th>报送状态</Th>
          {amountHeads}
          <Th>操作</Th>
        </tr>
      </thead>
      <tbody>
        {departments.map((d) => (
          <tr key={d.id} data-department={d.code}>
            <Td>
              {d.code} {d.name}
            </Td>
            <Td>
              <DepartmentStatusBadge status={d.status} reason={d.returnReason} />
            </Td>
            <Amounts totals={d.totals} />
            <Td>
              <Link href={`/report?department=${d.code}&year=${year}`}>查看公开报表</Link>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
