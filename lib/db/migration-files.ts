/**
 * Authoring migrations without a shadow database: a new migration is the diff between the
 * datamodel snapshot kept beside the migrations (the schema as of the latest generated
 * migration) and the current prisma/schema.prisma. See prisma/README.md.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { diffDatamodels, isEmptyMigration, MIGRATIONS_DIR, SCHEMA_PATH } from './migrate';

export const SNAPSHOT_FILE = 'schema-snapshot.prisma';
const LOCKFILE = '# Written by scripts/db-migration.ts; read by the schema engine.\nprovider = "postgresql"\n';

export interface CreateMigrationOptions {
  /** Lower-case words joined by underscores, e.g. `add_unit_budget_ceiling`. */
  name: string;
  /** Create an empty migration.sql for hand-written SQL (CHECKs, triggers) instead of a diff. */
  empty?: boolean;
  migrationsDir?: string;
  schemaPath?: string;
  now?: Date;
}

/** `YYYYMMDDHHMMSS` in UTC, as Prisma names migration directories. */
export function migrationTimestamp(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/**
 * Writes `<migrationsDir>/<timestamp>_<name>/migration.sql` and refreshes the snapshot.
 * Returns null (and writes nothing) when the schema has no changes and `empty` is not set.
 */
export async function createMigration(options: CreateMigrationOptions): Promise<{ dir: string; sql: string } | null> {
  const { name, empty = false, migrationsDir = MIGRATIONS_DIR, schemaPath = SCHEMA_PATH, now = new Date() } = options;
  if (!/^[a-z0-9]+(_[a-z0-9]+)*$/.test(name)) {
    throw new Error(`migration name "${name}" must be lower-case words joined by underscores`);
  }
  const schema = await readFile(schemaPath, 'utf8');
  const snapshotPath = join(migrationsDir, SNAPSHOT_FILE);
  const snapshot = await readFile(snapshotPath, 'utf8').catch(() => null);
  const sql = empty ? '-- Hand-written migration: the datamodel is unchanged.\n' : await diffDatamodels(snapshot, schema);
  if (!empty && isEmptyMigration(sql)) return null;

  const dir = join(migrationsDir, `${migrationTimestamp(now)}_${name}`);
  await mkdir(migrationsDir, { recursive: true });
  await mkdir(dir); // fails if it exists: never overwrite a migration
  await writeFile(join(dir, 'migration.sql'), sql);
  if (!empty) await writeFile(snapshotPath, schema);
  const lockPath = join(migrationsDir, 'migration_lock.toml');
  await readFile(lockPath).catch(() => writeFile(lockPath, LOCKFILE));
  return { dir, sql };
}
