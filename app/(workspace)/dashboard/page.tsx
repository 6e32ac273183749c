import Link from 'next/link';
import { guardPage } from '@/lib/auth/page-guard';
import { readOverview } from '@/lib/services/read/overview';
import { findingsTodo, readTodo } from '@/lib/services/read/todo';
import { Notice } from '@/components/ui/Notice';
import { DepartmentOverviewTable, UnitOverviewTable } from '@/components/workspace/OverviewTables';
import { PageHeader, Section } from '@/components/workspace/PageHeader';
import { Refused } from '@/components/workspace/Refused';
import { TodoList } from '@/components/workspace/TodoList';
import { readParams, type SearchParams } from '../_data/params';
import { unitTotals } from '../_data/totals';

export const dynamic = 'force-dynamic';

/** 首页: the caller's 待办 of the year, and its units or departments with their 报送 status and totals. */
export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const access = await guardPage('unit.read', '/dashboard');
  if (!access.ok) {
    return (
      <>
        <Refused title="首页" message={access.message} />
        <p>
          系统管理员请前往 <Link href="/admin/users">系统管理</Link>。
        </p>
      </>
    );
  }
  const { scope } = access.guarded;
  const params = await readParams(searchParams);
  const overview = await readOverview(access.guarded, params.year);
  if (overview === null) return <Refused title="首页" message="尚未设置预算年度，请联系系统管理员。" />;
  const { year, years, departments, units, budgets, departmentTotals } = overview;
  const open = !years.find((y) => y.year === year)?.closed;
  const todo = [...(await readTodo(access.guarded, year, open)), ...(open ? await findingsTodo(access.guarded, year, budgets) : [])];
  const unitRows = units.map((u) => ({ ...u, totals: unitTotals(budgets.get(u.departmentId) ?? null, u.id) }));
  const departmentRows = departments.map((d) => ({ ...d, totals: departmentTotals.get(d.id) ?? { current: '0.00', carryover: '0.00', total: '0.00' } }));

  return (
    <>
      <PageHeader title="首页" subtitle={`${year}年度预算编制与报送概况（年度在页面顶部切换）`} />
      <Section title="待办">
        <TodoList items={todo} />
      </Section>
      {departments.length === 0 && <Notice tone="info">当前账户没有可查看的部门。</Notice>}
      {unitRows.length > 0 && (
        <Section title={scope.kind === 'units' ? '我负责的单位' : '本部门单位'}>
          <UnitOverviewTable units={unitRows} year={year} />
        </Section>
      )}
      {departmentRows.length > 0 && (
        <Section title={scope.kind === 'county' ? '全县部门' : '本部门'}>
          <DepartmentOverviewTable departments={departmentRows} year={year} />
        </Section>
      )}
    </>
  );
}
