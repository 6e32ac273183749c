/**
 * Offline migrations: `prisma migrate deploy` and `prisma migrate diff`, without the Prisma CLI
 * (which needs a downloaded native engine). See prisma/README.md for the workflow.
 *
 * Applying uses the real schema engine (WebAssembly), so `_prisma_migrations` is written exactly
 * as `prisma migrate deploy` writes it. Each migration runs as one implicit transaction: a
 * failing migration leaves no partial changes, is recorded as failed, and every later run
 * refuses to continue and names it until it is marked rolled back.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDetachedEngine, openLiveEngine, type EngineHandle, type MigrationList } from './schema-engine';

export const PRISMA_DIR = fileURLToPath(new URL('../../prisma/', import.meta.url));
export const MIGRATIONS_DIR = join(PRISMA_DIR, 'migrations');
export const SCHEMA_PATH = join(PRISMA_DIR, 'schema.prisma');

const noFilters = { externalTables: [], externalEnums: [] };

/** A migration that failed now or earlier; `migration` names it when the engine says which. */
export class MigrationError extends Error {
  override name = 'MigrationError';
  constructor(
    message: string,
    readonly migration: string | null,
    readonly code: string | null,
  ) {
    super(message);
  }
}

/** Migration directories (`<timestamp>_<name>/migration.sql`) in apply order. */
export async function readMigrations(migrationsDir = MIGRATIONS_DIR): Promise<MigrationList> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const lockPath = 'migration_lock.toml';
  return {
    baseDir: migrationsDir,
    lockfile: { path: lockPath, content: await readFile(join(migrationsDir, lockPath), 'utf8').catch(() => null) },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      dirs.map(async (dir) => ({
        path: dir,
        migrationFile: {
          path: 'migration.sql',
          content: await readFile(join(migrationsDir, dir, 'migration.sql'), 'utf8').then(
            (value) => ({ tag: 'ok' as const, value }),
            (error: Error) => ({ tag: 'error' as const, value: error.message }),
          ),
        },
      })),
    ),
  };
}

async function withLiveEngine<T>(databaseUrl: string, run: (handle: EngineHandle) => Promise<T>): Promise<T> {
  const handle = await openLiveEngine(databaseUrl, await readFile(SCHEMA_PATH, 'utf8'));
  try {
    return await run(handle);
  } finally {
    await handle.close();
  }
}

/** Applies every migration not yet applied (`prisma migrate deploy`). */
export async function applyMigrations(
  databaseUrl: string,
  { migrationsDir = MIGRATIONS_DIR }: { migrationsDir?: string } = {},
): Promise<{ applied: string[] }> {
  const migrationsList = await readMigrations(migrationsDir);
  return withLiveEngine(databaseUrl, async ({ engine, logs }) => {
    try {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters });
      return { applied: appliedMigrationNames };
    } catch (error) {
      throw toMigrationError(error, logs);
    }
  });
}

/** Marks a failed migration rolled back (`prisma migrate resolve --rolled-back`), after fixing the database by hand. */
export async function markMigrationRolledBack(databaseUrl: string, migrationName: string): Promise<void> {
  await withLiveEngine(databaseUrl, ({ engine }) => engine.markMigrationRolledBack({ migrationName }));
}

/** The SQL that turns datamodel `from` (null = empty database) into datamodel `to`. Needs no database. */
export async function diffDatamodels(from: string | null, to: string): Promise<string> {
  const handle = await openDetachedEngine(to);
  try {
    const { stdout } = await handle.engine.diff({
      from: from === null ? { tag: 'empty' } : { tag: 'schemaDatamodel', files: [{ path: 'from.prisma', content: from }] },
      to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: to }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return stdout ?? '';
  } finally {
    await handle.close();
  }
}

/** True when a script holds nothing but comments and blank lines (the engine's "empty migration"). */
export function isEmptyMigration(sql: string): boolean {
  return sql.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('--'));
}

/** The engine's errors carry a Rust backtrace; keep the message and the migration's name. */
function toMigrationError(error: unknown, logs: string[]): MigrationError {
  const text = error instanceof Error ? error.message : String(error);
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : null;
  if (code === 'P3009') {
    const names = [...text.matchAll(/The `([^`]+)` migration started at/g)].map((m) => m[1] ?? '');
    return new MigrationError(
      `migration ${names.join(', ')} failed in an earlier run and is recorded as failed in _prisma_migrations; ` +
        `no later migration is applied. Fix the database, then run: npm run db:migrate -- --rolled-back ${names[0]}`,
      names[0] ?? null,
      code,
    );
  }
  const name = /migration_name="([^"]+)"/.exec(text)?.[1] ?? lastApplying(logs);
  const reason = text
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^\s+(\d+: |with |at )/.test(line) && line !== 'external connector error')
    .join(' ');
  return new MigrationError(name ? `migration ${name} failed: ${reason}` : reason, name, code);
}

function lastApplying(logs: string[]): string | null {
  for (const line of [...logs].reverse()) {
    const name = /"message":"Applying `([^`]+)`"/.exec(line)?.[1];
    if (name) return name;
  }
  return null;
}
