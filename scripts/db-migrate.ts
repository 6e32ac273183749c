/**
 * npm run db:migrate                              apply pending migrations to DATABASE_URL
 * npm run db:migrate -- --rolled-back <migration> mark a failed migration rolled back (after fixing the database)
 */
import { describeDbError, probeDatabase } from '../lib/db/errors';
import { applyMigrations, markMigrationRolledBack, MigrationError } from '../lib/db/migrate';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set, e.g. DATABASE_URL=postgresql://postgres@127.0.0.1:5432/budget npm run db:migrate');
  process.exit(1);
}
const rolledBackIndex = process.argv.indexOf('--rolled-back');

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
  }
} catch (error) {
  console.error(error instanceof MigrationError ? error.message : describeDbError(error, url));
  process.exit(1);
}
