import { guardPage } from '@/lib/auth/page-guard';
import { mustChangePassword } from '@/lib/services/read/users';
import { Notice } from '@/components/ui/Notice';
import { PageHeader } from '@/components/workspace/PageHeader';
import { Refused } from '@/components/workspace/Refused';
import { PasswordForm } from './password-form';

export const dynamic = 'force-dynamic';

const TITLE = '修改密码';

export default async function PasswordPage() {
  const access = await guardPage('account.password', '/account/password');
  if (!access.ok) return <Refused title={TITLE} message={access.message} />;
  const mustChange = await mustChangePassword(access.guarded);
  return (
    <>
      <PageHeader title={TITLE} subtitle={`${access.guarded.actor.displayName}（${access.guarded.actor.username}）`} />
      {mustChange && <Notice tone="warning">首次登录，请先修改初始密码后再使用系统。</Notice>}
      <PasswordForm />
    </>
  );
}
