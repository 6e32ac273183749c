import { Badge } from '@/components/ui/Badge';
import { Table, Td, Th } from '@/components/ui/Table';
import { ROLE_LABEL } from '@/lib/auth/roles';
import type { UserRecord } from '@/lib/services/read/users';
import { EditScopeForm } from './edit-scope-form';
import type { DepartmentOption } from './user-forms';
import { UserRowActions } from './user-row-actions';

const beijingTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/** 停用, 锁定 (until when) and 需改密, each shown; 正常 when none applies. */
export function UserStates({ user, now }: { user: UserRecord; now: Date }) {
  const locked = user.lockedUntil !== null && new Date(user.lockedUntil) > now;
  const states = [
    !user.active && <Badge key="inactive" tone="neutral">停用</Badge>,
    locked && user.lockedUntil && <Badge key="locked" tone="danger" title={`登录失败次数过多，锁定至 ${beijingTime(user.lockedUntil)}`}>锁定</Badge>,
    user.mustChangePassword && <Badge key="password" tone="warning" title="下次登录须先修改初始密码">需改密</Badge>,
  ].filter(Boolean);
  return <span style={{ display: 'inline-flex', gap: 4, flexWrap: 'wrap' }}>{states.length > 0 ? states : <Badge tone="success">正常</Badge>}</span>;
}

/** The user list with each account's scope, states and actions. */
export function UserTable({ users, departments, now }: { users: UserRecord[]; departments: DepartmentOption[]; now: Date }) {
  const departmentName = new Map(departments.map((d) => [d.id, `${d.code} ${d.name}`]));
  const unitName = new Map(departments.flatMap((d) => d.units.map((u) => [u.id, u.name] as const)));
  return (
    <Table aria-label="用户">
      <thead>
        <tr>
          <Th>用户名</Th>
          <Th>姓名</Th>
          <Th>角色</Th>
          <Th>部门</Th>
          <Th>负责单位</Th>
          <Th>状态</Th>
          <Th>操作</Th>
        </tr>
      </thead>
      <tbody>
        {users.map((u) => (
          <tr key={u.id} data-username={u.username}>
            <Td>{u.username}</Td>
            <Td>{u.displayName}</Td>
            <Td>{ROLE_LABEL[u.role]}</Td>
            <Td>{u.departmentId ? departmentName.get(u.departmentId) : ''}</Td>
            <Td>{u.unitIds.map((id) => unitName.get(id) ?? id).join('、')}</Td>
            <Td>
              <UserStates user={u} now={now} />
            </Td>
            <Td>
              <span style={{ display: 'inline-flex', gap: 6, flexWrap: 'wrap', alignItems: 'center' }}>
                <UserRowActions user={u} />
                <EditScopeForm user={u} departments={departments} />
              </span>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
