import Link from 'next/link';
import { CreateDepartmentForm, CreateUnitForm, OrganisationRowActions } from '@/components/admin/OrganisationForms';
import { Badge } from '@/components/ui/Badge';
import { Table, Td, Th } from '@/components/ui/Table';
import { guardPage } from '@/lib/auth/page-guard';
import { UNIT_TYPE_LABEL } from '@/lib/schemas/organisation';
import { readOrganisation } from '@/lib/services/read/organisation';
import { PageFrame, Refused } from '../../account/page-frame';

export const dynamic = 'force-dynamic';

/** 部门与单位 (系统管理员): create, rename, deactivate; who is assigned where. */
export default async function OrganisationPage() {
  const access = await guardPage('organisation.manage', '/admin/organisation');
  if (!access.ok) return <Refused message={access.message} />;
  const departments = await readOrganisation(access.guarded);
  const activeDepartments = departments.filter((d) => d.active);

  return (
    <PageFrame title="部门与单位">
      <p>
        新建的部门和单位自动进入所有开放年度的报送流程。单位财务、部门领导在<Link href="/admin/users">用户管理</Link>中分配到部门和单位。
        有数据的部门、单位不能删除，只能停用。
      </p>
      <CreateDepartmentForm defaultRegion={departments[0]?.region ?? ''} />
      <CreateUnitForm departments={activeDepartments} />
      <Table aria-label="部门与单位">
        <thead>
          <tr><Th>编码</Th><Th>名称</Th><Th>类型／地区</Th><Th>人员</Th><Th>状态</Th><Th>操作</Th></tr>
        </thead>
        <tbody>
          {departments.flatMap((d) => [
            <tr key={d.id}>
              <Td><strong>{d.code}</strong></Td>
              <Td><strong>{d.name}</strong></Td>
              <Td>{d.region}</Td>
              <Td>{d.leaders > 0 ? `部门领导 ${d.leaders} 人` : <Badge tone="warning">无部门领导</Badge>}</Td>
              <Td>{d.active ? <Badge tone="success">启用</Badge> : <Badge>已停用</Badge>}</Td>
              <Td><OrganisationRowActions kind="departments" code={d.code} name={d.name} active={d.active} /></Td>
            </tr>,
            ...d.units.map((u) => (
              <tr key={u.id}>
                <Td>{u.code}</Td>
                <Td style={{ paddingLeft: 24 }}>{u.name}</Td>
                <Td>{UNIT_TYPE_LABEL[u.type]}</Td>
                <Td>{u.accountants > 0 ? `单位财务 ${u.accountants} 人` : <Badge tone="warning">无单位财务</Badge>}</Td>
                <Td>{u.active ? <Badge tone="success">启用</Badge> : <Badge>已停用</Badge>}</Td>
                <Td><OrganisationRowActions kind="units" code={u.code} name={u.name} active={u.active} /></Td>
              </tr>
            )),
          ])}
        </tbody>
      </Table>
    </PageFrame>
  );
}
