/** Reads of user accounts: the 用户管理 list (系统管理员) and the caller's own account state. */
import 'server-only';
import type { Guarded } from '@/lib/auth/guard';
import { findGuardUser } from '@/lib/db/auth-repository';
import { listDepartmentsWithUnits, listUsers, type UserRecord } from '@/lib/db/users-repository';

export type { UserRecord };

/** Every user and every department with its units (the caller has passed the guard on `user.manage`). */
export async function readUserDirectory(_g: Guarded): Promise<{ users: UserRecord[]; departments: Awaited<ReturnType<typeof listDepartmentsWithUnits>> }> {
  const [users, departments] = await Promise.all([listUsers(), listDepartmentsWithUnits()]);
  return { users, departments };
}

/** Whether the caller must still replace the initial password. */
export async function mustChangePassword(g: Guarded): Promise<boolean> {
  const user = await findGuardUser(g.actor.id);
  return user?.mustChangePassword ?? false;
}
