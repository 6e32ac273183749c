import Link from 'next/link';
import { guardPage } from '@/lib/auth/page-guard';
import { readUserDirectory } from '@/lib/services/read/users';
import { PageHeader, Section } from '@/components/workspace/PageHeader';
import { Refused } from '@/components/workspace/Refused';
import { CreateUserForm } from './user-forms';
import { UserTable } from './user-table';

export const dynamic = 'force-dynamic';

const TITLE = '用户管理';

/** 用户管理: users, roles and scopes (系统管理员 only). */
export default async function UsersPage() {
  const access = await guardPage('user.manage', '/admin/users');
  if (!access.ok) return <Refused title={TITLE} message={access.message} />;
  const { users, departments } = await readUserDirectory(access.guarded);

  return (
    <>
      <PageHeader title={TITLE} subtitle="账户、角色与权限范围；登录锁定、首次登录改密与停用状态">
        <Link href="/admin/reference">分类科目与对照表 →</Link>
      </PageHeader>
      <Section title="新建用户">
        <CreateUserForm departments={departments} />
      </Section>
      <Section title={`用户（${users.length}）`}>
        <UserTable users={users} departments={departments} now={new Date()} />
      </Section>
    </>
  );
}
