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
    </main>
  );
}
