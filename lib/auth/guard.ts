/**
 * THE guard. Every server action, route handler and page passes through it:
 * `authenticate()` reads the session cookie (session-read.ts) and re-reads the user (so a deactivated user, a changed
 * role or a new session epoch takes effect on the next request; a session older than 12 hours
 * is over); `authorize(user, action)` checks the permission
 * table and returns the actor and the scope that every query then takes.
 * `guard(action)` is both. Nothing else in the code decides access.
 */
import { cache } from 'react';
import { headers } from 'next/headers';
import { findGuardUser, type GuardUser } from '@/lib/db/auth-repository';
import { AppError, forbidden, unauthenticated } from '@/lib/errors';
import { clientIp } from './auth-options';
import { readSessionUser } from './session-read';
import { PERMISSIONS, can, type Action } from './permissions';
import { ROLE_LABEL, type Role } from './roles';
import { sessionTooOld } from './session-cookie';
import { scopeFor, type Scope } from './scope';

export interface Actor {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  departmentId: string | null;
  /** The request's client address, for the audit log. */
  ip: string | null;
}

export interface Guarded {
  actor: Actor;
  scope: Scope;
}

export interface SignedInUser extends GuardUser {
  ip: string | null;
}

/**
 * The signed-in, active user, or a 401. Within one page render (the shell and the page both guard)
 * the answer is computed once (React's per-request cache); route handlers and server actions call
 * it once per request anyway.
 */
export const authenticate = cache(authenticateRequest);

async function authenticateRequest(): Promise<SignedInUser> {
  const session = await readSessionUser();
  if (!session?.id) throw unauthenticated();
  if (sessionTooOld(session.authTime)) throw unauthenticated('登录已超过12小时，请重新登录');
  const user = await findGuardUser(session.id);
  if (!user) throw unauthenticated('登录已失效，请重新登录');
  if (!user.active) throw unauthenticated('账户已停用');
  // Signed out elsewhere, password changed or reset, locked: every older session is over, except
  // the one that changed its own password (kept until the next bump).
  const kept = user.keptSessionId !== null && session.sid === user.keptSessionId;
  if (session.epoch !== user.sessionEpoch && !kept) throw unauthenticated('登录已失效，请重新登录');
  return { ...user, ip: clientIp(Object.fromEntries(await headers())) };
}

/** Who the session cookie names (id and name, unchecked), or null: for the audit of refusals. */
export async function sessionActor(): Promise<{ id: string; name: string } | null> {
  try {
    const session = await readSessionUser();
    return session?.id ? { id: session.id, name: session.name } : null;
  } catch {
    return null;
  }
}

/** The id of the signed-in session (null outside a request or without one): the own password change keeps it. */
export async function currentSessionId(): Promise<string | null> {
  try {
    return (await readSessionUser())?.sid ?? null;
  } catch {
    return null;
  }
}

/** The permission table's answer for this user, or a 403. */
export function authorize(user: SignedInUser, action: Action): Guarded {
  if (user.mustChangePassword && action !== 'account.password') {
    throw new AppError('MUST_CHANGE_PASSWORD', '首次登录须先修改初始密码');
  }
  if (!can(user.role, action)) {
    throw forbidden(`${ROLE_LABEL[user.role]}无权${PERMISSIONS[action].description}`);
  }
  const { id, username, displayName, role, departmentId, ip } = user;
  return { actor: { id, username, displayName, role, departmentId, ip }, scope: scopeFor(user) };
}

export async function guard(action: Action): Promise<Guarded> {
  return authorize(await authenticate(), action);
}

/** For pages: the guard's answer as a value, leaving redirects to the caller. */
export async function guardOutcome(action: Action): Promise<{ ok: true; guarded: Guarded } | { ok: false; error: AppError }> {
  try {
    return { ok: true, guarded: await guard(action) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error };
    throw error;
  }
}
