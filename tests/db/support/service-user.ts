/**
 * Running a service operation against a test database, as a given demo user, without a browser
 * session: the application client is pointed at the test database, and `execute` applies the same
 * permission check and input parsing as a route does.
 */
import type { SignedInUser } from '@/lib/auth/guard';
import { disconnect } from '@/lib/db/client';
import { findGuardUser } from '@/lib/db/auth-repository';
import type { TestDatabase } from '../../helpers/db';

/** Points `getPrisma()` (used by `audited`) at the test database. */
export async function useDatabase(db: TestDatabase): Promise<void> {
  await disconnect();
  process.env.DATABASE_URL = db.url;
}

export async function signedInAs(db: TestDatabase, username: string): Promise<SignedInUser> {
  const row = await db.prisma.user.findUniqueOrThrow({ where: { username } });
  const user = await findGuardUser(row.id, db.prisma);
  if (!user) throw new Error(`no user ${username}`);
  return { ...user, mustChangePassword: false, ip: '127.0.0.1' };
}
