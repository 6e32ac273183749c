/**
 * npm run db:migrate                              apply pending migrations, then grant the app's role
 * npm run db:migrate -- --rolled-back <migration> mark a failed migration rolled back (after fixing the database)
 *
 * Runs as the tables' owner: MIGRATE_DATABASE_URL, or DATABASE_URL when that is not set. The app's
 * role (lib/db/app-role.ts) is APP_DB_ROLE, else the user of DATABASE_URL when the two URLs name
 * different users, else budget_app; it is created if missing (NOLOGIN unless APP_DB_PASSWORD is set).
 */
import pg from 'pg';
import { DEFAULT_APP_ROLE, grantAppRole } from '../lib/db/app-role';
import { describeDbError, probeDatabase } from '../lib/db/errors';
import { applyMigrations, markMigrationRolledBack, MigrationError } from '../lib/db/migrate';

const url = process.env.MIGRATE_DATABASE_URL || process.env.DATABASE_URL;
if (!url) {
  console.error('MIGRATE_DATABASE_URL (or DATABASE_URL) is not set, e.g. MIGRATE_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/budget npm run db:migrate');
  process.exit(1);
}
const rolledBackIndex = process.argv.indexOf('--rolled-back');

const userOf = (value: string | undefined) => (value ? decodeURIComponent(new URL(value).username) : '');

function appRole(): string {
  if (process.env.APP_DB_ROLE) return process.env.APP_DB_ROLE;
  const appUser = userOf(process.env.DATABASE_URL);
  if (process.env.MIGRATE_DATABASE_URL && appUser && appUser !== userOf(process.env.MIGRATE_DATABASE_URL)) return appUser;
  return DEFAULT_APP_ROLE;
}

async function grant(owner: string): Promise<void> {
  const client = new pg.Client({ connectionString: owner });
  await client.connect();
  try {
    const { role, created, canLogin } = await grantAppRole(client, { role: appRole(), password: process.env.APP_DB_PASSWORD || null });
    console.log(`app role ${role}: ${created ? 'created' : 'exists'}, privileges granted${canLogin ? '' : ` (NOLOGIN: ALTER ROLE ${role} LOGIN PASSWORD '…' to use it)`}`);
  } finally {
    await client.end();
  }
}

try {
  await probeDatabase(url); // the engine's own connection errors are vaguer than the driver's
  if (rolledBackIndex >= 0) {
    const name = process.argv[rolledBackIndex + 1];
    if (!name) throw new Error('--rolled-back needs the migration name');
    await markMigrationRolledBack(url, name);
    console.log(`marked ${name} rolled back; run npm run db:migrate again to re-apply it`);
  } else {
    const started = performance.now();
    const { applied } = await applyMigrations(url);
    const ms = Math.round(performance.now() - started);
    console.log(applied.length ? `applied ${applied.join(', ')} (${ms} ms)` : `database is up to date (${ms} ms)`);
    await grant(url);
  }
} catch (error) {
  console.error(error instanceof MigrationError || (error instanceof Error && /app role|migrating user/.test(error.message)) ? error.message : describeDbError(error, url));
  process.exit(1);
}
