/**
 * The guard for pages: anonymous → /login, forced password change → /account/password,
 * forbidden → a Chinese message the page shows instead of its content.
 */
import { redirect } from 'next/navigation';
import { guardOutcome, type Guarded } from './guard';
import type { Action } from './permissions';

export type PageAccess = { ok: true; guarded: Guarded } | { ok: false; message: string };

export async function guardPage(action: Action, path: string): Promise<PageAccess> {
  const outcome = await guardOutcome(action);
  if (outcome.ok) return outcome;
  const { error } = outcome;
  if (error.code === 'UNAUTHENTICATED') {
    const reason = error.message === '账户已停用' ? '&error=INACTIVE' : '';
    redirect(`/login?callbackUrl=${encodeURIComponent(path)}${reason}`);
  }
  if (error.code === 'MUST_CHANGE_PASSWORD') redirect('/account/password');
  return { ok: false, message: error.message };
}
