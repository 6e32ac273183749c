import Link from 'next/link';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { signInErrorMessage } from '@/lib/auth/messages';
import { LoginForm } from './login-form';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Only a path of this app: an open redirect through callbackUrl is refused (lib/auth/callback-url.ts). */
function safeCallback(value: string | string[] | undefined): string {
  return safeCallbackPath(Array.isArray(value) ? value[0] : value);
}

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const error = Array.isArray(params.error) ? params.error[0] : params.error;
  return (
    <main style={{ maxWidth: 360, margin: '10vh auto', padding: 24, background: '#fff', border: '1px solid var(--border)' }}>
      <h1 style={{ fontSize: 20 }}>部门预算编制与公开系统</h1>
      <p style={{ color: 'var(--muted)' }}>请使用本人账户登录</p>
      <LoginForm callbackUrl={safeCallback(params.callbackUrl)} initialError={signInErrorMessage(error)} />
      <p style={{ marginTop: 16, fontSize: 13 }}>
        {/* Open to everyone, no sign-in (app/public). */}
        <Link prefetch={false} href="/public">部门预算公开</Link>（无需登录，查阅已批复公开的部门预算）
      </p>
    </main>
  );
}
