/**
 * The guard for pages: anonymous → /login, forced password change → /account/password,
 * forbidden → a Chinese message the page shows instead of its content.
 */
import { redirect } from 'next/navigation';
import type { AppError } from '@/lib/errors';
import { guardOutcome, type Guarded } from './guard';
import type { Action } from './permissions';

export type PageAccess = { ok: true; guarded: Guarded } | { ok: false; message: string };

/** Where a refused sign-in state goes: the login page, saying 账户已停用 when that is why. */
export function signInPath(error: AppError, returnTo?: string): string {
  const params = new URLSearchParams();
  if (returnTo) params.set('callbackUrl', returnTo);
  if (error.message === '账户已停用') params.set('error', 'INACTIVE');
  const query = params.toString();
  return query ? `/login?${query}` : '/login';
}

export async function guardPage(action: Action, path: string): Promise<PageAccess> {
  const outcome = await guardOutcome(action);
  if (outcome.ok) return outcome;
  const { error } = outcome;
  if (error.code === 'UNAUTHENTICATED') redirect(signInPath(error, path));
  if (error.code === 'MUST_CHANGE_PASSWORD') redirect('/account/password');
  return { ok: false, message: error.message };
}
