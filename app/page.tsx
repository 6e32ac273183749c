import { redirect } from 'next/navigation';
import { guardOutcome } from '@/lib/auth/guard';

export const dynamic = 'force-dynamic';

/** Signed in → the dashboard (the administrator → 用户管理); otherwise → /login. */
export default async function Home() {
  const outcome = await guardOutcome('account.password');
  if (!outcome.ok) redirect('/login');
  redirect(outcome.guarded.actor.role === 'ADMIN' ? '/admin/users' : '/dashboard');
}
