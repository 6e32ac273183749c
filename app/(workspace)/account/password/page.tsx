import { guardPage } from '@/lib/auth/page-guard';
import { mustChangePassword } from '@/lib/services/read/users';
import { PageFrame, Refused } from '../page-frame';
import { PasswordForm } from './password-form';

export const dynamic = 'force-dynamic';

export default async function PasswordPage() {
  const access = await guardPage('account.password', '/account/password');
  if (!access.ok) return <Refused message={access.message} />;
  const mustChange = await mustChangePassword(access.guarded);
  return (
    <PageFrame title="修改密码">
      {mustChange && <p role="alert">首次登录，请先修改初始密码后再使用系统。</p>}
      <PasswordForm />
    </PageFrame>
  );
}
