// Real PostgreSQL: this compares what the migration history builds with what schema.prisma
// describes, through pg_dump of two real databases, and runs the schema engine's migration
// bookkeeping (_prisma_migrations, failed-migration recovery), none of which exists without a server.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyMigrations,
  diffDatamodels,
  isEmptyMigration,
  markMigrationRolledBack,
  MigrationError,
  MIGRATIONS_DIR,
  readMigrations,
  SCHEMA_PATH,
} from '@/lib/db/migrate';
import { createMigration, SNAPSHOT_FILE } from '@/lib/db/migration-files';
import { createEmptyDatabase } from '../helpers/db';

const run = promisify(execFile);
type Empty = Awaited<ReturnType<typeof createEmptyDatabase>>;

async function sql<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

async function schemaDump(url: string): Promise<string> {
  const args = ['--schema-only', '--no-owner', '--no-privileges', '--exclude-table=public._prisma_migrations', `--dbname=${url}`];
  return (await run('pg_dump', args, { maxBuffer: 16 * 1024 * 1024 })).stdout;
}

/**
 * A dump as a sorted list of statements, without comments, psql meta-commands and session settings, and with every
 * `inv_*` object (the hand-written invariants) taken out and listed by name.
 */
function normalise(dump: string): { statements: string[]; invariants: string[] } {
  const invariants = new Set<string>();
  const statements = dump
    .replace(/\$\$[\s\S]*?\$\$/g, '$$…$$') // function bodies hold semicolons
    .split('\n')
    .filter((line) => line.trim() && !/^(--|\\|SET |SELECT pg_catalog\.set_config)/.test(line)) // \restrict: a random key per dump
    .join('\n')
    .split(/;\n/)
    .map((statement) => statement.trim().replace(/;$/, ''))
    .filter(Boolean)
    .flatMap((statement) => {
      for (const name of statement.match(/\binv_[a-z_]+/g) ?? []) invariants.add(name);
      if (!statement.includes('inv_')) return [statement];
      if (!statement.startsWith('CREATE TABLE')) return [];
      // An inline CHECK: drop its line, then the comma it leaves before ")".
      return [statement.split('\n').filter((line) => !line.includes('inv_')).join('\n').replace(/,\n\)$/, '\n)')];
    });
  return { statements: statements.sort(), invariants: [...invariants].sort() };
}

describe('migration history vs schema.prisma', () => {
  let fromMigrations: Empty;
  let fromSchema: Empty;
  let invariantsSql: string;

  beforeAll(async () => {
    [fromMigrations, fromSchema] = await Promise.all([createEmptyDatabase('drift_a'), createEmptyDatabase('drift_b')]);
    const schema = await readFile(SCHEMA_PATH, 'utf8');
    const { migrationDirectories } = await readMigrations();
    // The hand-written migrations: …_invariants and every …_inv_<name>.
    invariantsSql = migrationDirectories
      .filter((d) => /_(invariants|inv_[a-z_]+)$/.test(d.path))
      .map((d) => (d.migrationFile.content.tag === 'ok' ? d.migrationFile.content.value : ''))
      .join('\n');
    await applyMigrations(fromMigrations.url);
    await sql(fromSchema.url, await diffDatamodels(null, schema));
  });
  afterAll(async () => {
    await fromMigrations?.drop();
    await fromSchema?.drop();
  });

  it('builds the same schema as the empty → schema.prisma diff, apart from the invariants', async () => {
    const [a, b] = await Promise.all([schemaDump(fromMigrations.url), schemaDump(fromSchema.url)]);
    const history = normalise(a);
    const direct = normalise(b);
    expect(direct.invariants).toEqual([]);
    expect(history.statements.length).toBeGreaterThan(50);
    expect(history.statements).toEqual(direct.statements);
  });

  it('has exactly the invariants the hand-written migrations declare', async () => {
    const declared = [...new Set(invariantsSql.match(/\binv_[a-z_]+/g))].sort();
    expect(declared.length).toBeGreaterThanOrEqual(15);
    expect(normalise(await schemaDump(fromMigrations.url)).invariants).toEqual(declared);
  });

  it('records every migration in _prisma_migrations with the checksum prisma migrate deploy writes', async () => {
    const { migrationDirectories } = await readMigrations();
    const rows = await sql<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      fromMigrations.url,
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name',
    );
    const expected = migrationDirectories.map((d) => {
      const text = d.migrationFile.content.tag === 'ok' ? d.migrationFile.content.value : '';
      return { migration_name: d.path, checksum: createHash('sha256').update(text).digest('hex'), applied_steps_count: 1 };
    });
    expect(rows.map(({ finished_at: _f, ...row }) => row)).toEqual(expected);
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
  });

  it('re-running applyMigrations is a no-op', async () => {
    await expect(applyMigrations(fromMigrations.url)).resolves.toEqual({ applied: [] });
  });
});

describe('migration authoring', () => {
  it('the snapshot beside the migrations matches schema.prisma: db:migration has nothing to write', async () => {
    const [snapshot, schema] = await Promise.all([readFile(join(MIGRATIONS_DIR, SNAPSHOT_FILE), 'utf8'), readFile(SCHEMA_PATH, 'utf8')]);
    expect(isEmptyMigration(await diffDatamodels(snapshot, schema))).toBe(true);
    const copy = await mkdtemp(join(tmpdir(), 'migrations-'));
    try {
      await cp(MIGRATIONS_DIR, copy, { recursive: true });
      await expect(createMigration({ name: 'nothing', migrationsDir: copy })).resolves.toBeNull();
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });

  it('a schema change becomes a new migration directory and a refreshed snapshot, without a database', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'migrations-'));
    try {
      await cp(MIGRATIONS_DIR, dir, { recursive: true });
      const schemaPath = join(dir, 'changed.prisma');
      const changed = `${await readFile(SCHEMA_PATH, 'utf8')}\nmodel Probe {\n  id Int @id\n}\n`;
      await writeFile(schemaPath, changed);
      const created = await createMigration({ name: 'add_probe', migrationsDir: dir, schemaPath, now: new Date('2030-01-02T03:04:05Z') });
      expect(created?.dir).toBe(join(dir, '20300102030405_add_probe'));
      expect(created?.sql).toContain('CREATE TABLE "Probe"');
      expect(await readFile(join(dir, SNAPSHOT_FILE), 'utf8')).toBe(changed);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a failing migration', () => {
  const broken = '29991231000000_broken';
  let dir: string;
  let database: Empty;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'migrations-'));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    await mkdir(join(dir, broken));
    await writeFile(join(dir, broken, 'migration.sql'), 'CREATE TABLE "HalfDone" (id int);\nSELECT 1 / 0;\n');
    database = await createEmptyDatabase('broken');
  });
  afterAll(async () => {
    await database?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('is reported by name, applies nothing of itself, and is reported again on every re-run until resolved', async () => {
    const first = await applyMigrations(database.url, { migrationsDir: dir }).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(MigrationError);
    expect(first).toMatchObject({ migration: broken, message: expect.stringMatching(/29991231000000_broken failed: .*division by zero/) });

    // One implicit transaction per migration: the CREATE TABLE before the error is rolled back.
    expect(await sql(database.url, `SELECT 1 FROM pg_tables WHERE tablename = 'HalfDone'`)).toEqual([]);
    const rows = await sql<{ migration_name: string; done: boolean }>(
      database.url,
      'SELECT migration_name, finished_at IS NOT NULL AS done FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(rows.at(-1)).toEqual({ migration_name: broken, done: false });
    expect(rows.slice(0, -1).every((row) => row.done)).toBe(true);

    for (let attempt = 0; attempt < 2; attempt++) {
      const again = await applyMigrations(database.url, { migrationsDir: dir }).catch((e: unknown) => e);
      expect(again).toMatchObject({ code: 'P3009', migration: broken, message: expect.stringContaining(broken) });
    }

    // The way out: fix the migration, mark the failed attempt rolled back, apply again.
    await writeFile(join(dir, broken, 'migration.sql'), 'CREATE TABLE "HalfDone" (id int);\n');
    await markMigrationRolledBack(database.url, broken);
    await expect(applyMigrations(database.url, { migrationsDir: dir })).resolves.toEqual({ applied: [broken] });
  });
});
