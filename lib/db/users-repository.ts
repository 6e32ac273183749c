/**
 * 用户管理 queries (系统管理员): users with their role, department and unit grants.
 * Password hashes never leave this module except on the sign-in path (auth-repository).
 */
import type { Role } from './client';
import { getPrisma, type Db } from './client';

const userSelect = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  departmentId: true,
  active: true,
  mustChangePassword: true,
  lockedUntil: true,
  unitScopes: { select: { unitId: true }, orderBy: { unitId: 'asc' } },
} as const;

export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  departmentId: string | null;
  unitIds: string[];
  active: boolean;
  mustChangePassword: boolean;
  lockedUntil: string | null;
}

type UserRow = NonNullable<Awaited<ReturnType<typeof findUserRow>>>;

function findUserRow(db: Db, id: string) {
  return db.user.findUnique({ where: { id }, select: userSelect });
}

function toRecord({ unitScopes, lockedUntil, ...row }: UserRow): UserRecord {
  return { ...row, unitIds: unitScopes.map((s) => s.unitId), lockedUntil: lockedUntil?.toISOString() ?? null };
}

export async function findUser(db: Db, id: string): Promise<UserRecord | null> {
  const row = await findUserRow(db, id);
  return row && toRecord(row);
}

export async function listUsers(db: Db = getPrisma()): Promise<UserRecord[]> {
  const rows = await db.user.findMany({ select: userSelect, orderBy: [{ role: 'asc' }, { username: 'asc' }] });
  return rows.map(toRecord);
}

export async function usernameTaken(db: Db, username: string): Promise<boolean> {
  // Case-insensitive, like the unique index inv_user_username_lower.
  return (await db.user.count({ where: { username: { equals: username, mode: 'insensitive' } } })) > 0;
}

export async function departmentExists(db: Db, id: string): Promise<boolean> {
  return (await db.department.count({ where: { id } })) > 0;
}

/** The given units that belong to the department. */
export async function unitsInDepartment(db: Db, departmentId: string, unitIds: readonly string[]): Promise<string[]> {
  const rows = await db.unit.findMany({ where: { departmentId, id: { in: [...unitIds] } }, select: { id: true } });
  return rows.map((r) => r.id);
}

export interface UserData {
  displayName: string;
  role: Role;
  departmentId: string | null;
  unitIds: string[];
  active: boolean;
}

/** `countyId`: for a user without a department (one with a department is in its county, set by the database). */
export async function insertUser(tx: Db, data: UserData & { username: string; passwordHash: string; countyId?: string }): Promise<UserRecord> {
  const { unitIds, ...fields } = data;
  const row = await tx.user.create({
    data: { ...fields, mustChangePassword: true, unitScopes: { create: unitIds.map((unitId) => ({ unitId })) } },
    select: userSelect,
  });
  return toRecord(row);
}

/**
 * Replaces the user's fields and unit grants; a new password hash also forces a change at next
 * sign-in. A password reset or a deactivation ends the user's sessions (a new session epoch).
 */
export async function updateUser(tx: Db, id: string, data: UserData & { passwordHash?: string }): Promise<UserRecord> {
  const { unitIds, passwordHash, ...fields } = data;
  await tx.userUnitScope.deleteMany({ where: { userId: id } });
  const row = await tx.user.update({
    where: { id },
    data: {
      ...fields,
      ...(passwordHash && { passwordHash, mustChangePassword: true, lockedUntil: null }),
      ...((passwordHash || !fields.active) && { sessionEpoch: { increment: 1 }, keptSessionId: null }),
      unitScopes: { create: unitIds.map((unitId) => ({ unitId })) },
    },
    select: userSelect,
  });
  return toRecord(row);
}

/** Active departments with their active units: what a user may be assigned to. */
export async function listDepartmentsWithUnits(db: Db = getPrisma()) {
  return db.department.findMany({
    where: { active: true },
    select: { id: true, code: true, name: true, units: { where: { active: true }, select: { id: true, code: true, name: true }, orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] } },
    orderBy: { code: 'asc' },
  });
}
