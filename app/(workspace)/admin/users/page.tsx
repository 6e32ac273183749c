import Link from 'next/link';
import { guardPage } from '@/lib/auth/page-guard';
import { ROLE_LABEL } from '@/lib/auth/roles';
import { readUserDirectory } from '@/lib/services/read/users';
import { PageFrame, Refused } from '../../account/page-frame';
import { EditScopeForm } from './edit-scope-form';
import { CreateUserForm, UserRowActions } from './user-forms';

export const dynamic = 'force-dynamic';

/** 用户管理: users, roles and scopes (系统管理员 only). */
export default async function UsersPage() {
  const access = await guardPage('user.manage', '/admin/users');
  if (!access.ok) return <Refused message={access.message} />;
  const { users, departments } = await readUserDirectory(access.guarded);
  const departmentName = new Map(departments.map((d) => [d.id, `${d.code} ${d.name}`]));
  const unitName = new Map(departments.flatMap((d) => d.units.map((u) => [u.id, u.name] as const)));

  return (
    <PageFrame title="用户管理">
      <p>
        <Link href="/admin/reference">分类科目与对照表 →</Link>
      </p>
      <CreateUserForm departments={departments} />
      <table border={1} cellPadding={6} style={{ marginTop: 16 }}>
        <thead><tr><th>用户名</th><th>姓名</th><th>角色</th><th>部门</th><th>负责单位</th><th>状态</th><th>操作</th></tr></thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.username}</td>
              <td>{u.displayName}</td>
              <td>{ROLE_LABEL[u.role]}</td>
              <td>{u.departmentId ? departmentName.get(u.departmentId) : ''}</td>
              <td>{u.unitIds.map((id) => unitName.get(id) ?? id).join('、')}</td>
              <td>{u.active ? (u.mustChangePassword ? '待改初始密码' : '正常') : '已停用'}</td>
              <td>
                <UserRowActions userId={u.id} active={u.active} /> <EditScopeForm user={u} departments={departments} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </PageFrame>
  );
}
