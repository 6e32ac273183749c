/**
 * Queries behind sign-in and the guard: the user as the guard re-reads it on every request,
 * sign-in attempts (LoginAttempt) and the lockout they trigger, and password changes.
 */
import type { Role } from './client';
import { appendAudit, audited, type AuditEntry } from './audit-repository';
import { getPrisma, type Db } from './client';

export interface SignInUser {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  departmentId: string | null;
  active: boolean;
  mustChangePassword: boolean;
  lockedUntil: Date | null;
  sessionEpoch: number;
}

/** The user of a username in any letter case (unique by the index inv_user_username_lower). */
export function findUserByUsername(username: string, db: Db = getPrisma()): Promise<SignInUser | null> {
  return db.user.findFirst({
    where: { username: { equals: username, mode: 'insensitive' } },
    select: {
      id: true,
      username: true,
      displayName: true,
      passwordHash: true,
      role: true,
      departmentId: true,
      active: true,
      mustChangePassword: true,
      lockedUntil: true,
      sessionEpoch: true,
    },
  });
}

/** The user as the guard needs it, with the units a 单位财务 is granted. */
export interface GuardUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  departmentId: string | null;
  active: boolean;
  mustChangePassword: boolean;
  /** Sessions of another epoch are over (see User.sessionEpoch), but the kept one. */
  sessionEpoch: number;
  keptSessionId: string | null;
  units: { id: string; departmentId: string }[];
}

/**
 * One round trip per request (the guard calls it on every one): the user row and its unit grants
 * aggregated in the same statement, instead of a query per relation.
 */
export async function findGuardUser(id: string, db: Db = getPrisma()): Promise<GuardUser | null> {
  const rows = await db.$queryRaw<(Omit<GuardUser, 'role'> & { role: string })[]>`
    SELECT u.id, u.username, u."displayName", u.role::text AS role, u."departmentId", u.active,
           u."mustChangePassword", u."sessionEpoch", u."keptSessionId",
           coalesce((SELECT json_agg(json_build_object('id', un.id, 'departmentId', un."departmentId") ORDER BY un.id)
                       FROM "UserUnitScope" s JOIN "Unit" un ON un.id = s."unitId"
                      WHERE s."userId" = u.id), '[]'::json) AS units
      FROM "User" u
     WHERE u.id = ${id}`;
  const row = rows[0];
  return row ? { ...row, role: row.role as Role } : null;
}

export interface AttemptRecord {
  username: string;
  success: boolean;
  ip: string | null;
  now: Date;
  audit: AuditEntry;
}

/** Records an attempt (row + audit) in one transaction; returns the failures in the window since. */
export async function recordAttempt(record: AttemptRecord, windowStart: (lastSuccess: Date | null) => Date): Promise<number> {
  return audited(async (tx) => {
    await tx.loginAttempt.create({ data: { username: record.username, success: record.success, ip: record.ip, at: record.now } });
    if (record.success) return { result: 0, audit: record.audit };
    const lastSuccess = await tx.loginAttempt.findFirst({
      where: { username: record.username, success: true },
      orderBy: { at: 'desc' },
      select: { at: true },
    });
    const failures = await tx.loginAttempt.count({
      where: { username: record.username, success: false, at: { gte: windowStart(lastSuccess?.at ?? null) } },
    });
    return { result: failures, audit: record.audit };
  });
}

/** Failed sign-ins from one address since `since` (the per-address throttle). */
export function countFailuresFromIp(ip: string, since: Date, db: Db = getPrisma()): Promise<number> {
  return db.loginAttempt.count({ where: { ip, success: false, at: { gte: since } } });
}

/** An audit row alone (a throttled attempt: no LoginAttempt, so it locks no account). */
export async function appendAuthAudit(entry: AuditEntry): Promise<void> {
  await appendAudit(getPrisma(), entry);
}

/** Locks the account until `until` and ends its sessions, logging the lockout (only for existing users). */
export async function lockAccount(user: { id: string; username: string; displayName: string; departmentId: string | null }, until: Date, ip: string | null) {
  await audited(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lockedUntil: until, sessionEpoch: { increment: 1 }, keptSessionId: null } });
    const audit: AuditEntry = {
      kind: 'LOCKOUT',
      actor: { id: user.id, name: user.displayName },
      entity: 'User',
      entityId: user.id,
      departmentId: user.departmentId,
      after: { username: user.username, lockedUntil: until.toISOString() },
      reason: '15分钟内连续5次登录失败',
      ip,
    };
    return { result: undefined, audit };
  });
}

export async function findPasswordHash(userId: string, db: Db = getPrisma()): Promise<string | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return user?.passwordHash ?? null;
}

/**
 * Sets a new password hash, clears the forced change and ends the user's other sessions (a new
 * session epoch; the session `keptSessionId` that made the change survives it), with its audit row.
 */
export async function setOwnPassword(
  user: { id: string; displayName: string; departmentId: string | null },
  passwordHash: string,
  ip: string | null,
  keptSessionId: string | null,
): Promise<void> {
  await audited(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: false, lockedUntil: null, sessionEpoch: { increment: 1 }, keptSessionId },
    });
    return {
      result: undefined,
      audit: { kind: 'PASSWORD_CHANGE', actor: { id: user.id, name: user.displayName }, entity: 'User', entityId: user.id, departmentId: user.departmentId, ip },
    };
  });
}

/** Signing out ends every session of the user (a new epoch), with its audit row. */
export async function appendSignOut(userId: string): Promise<void> {
  await audited(async (tx) => {
    const user = await tx.user.update({ where: { id: userId }, data: { sessionEpoch: { increment: 1 }, keptSessionId: null }, select: { id: true, displayName: true, departmentId: true } });
    return { result: undefined, audit: { kind: 'SIGN_OUT', actor: { id: user.id, name: user.displayName }, entity: 'User', entityId: user.id, departmentId: user.departmentId } };
  });
}
