/**
 * Real PostgreSQL databases for `*.db.test.ts`. Each test file gets its own database, cloned from
 * the run's template (`CREATE DATABASE x TEMPLATE tpl`: a file copy, ~0.1 s) instead of migrating
 * and seeding again. The template (migrations + reference codes for 2022–2024) is built by the
 * first file that asks, under an advisory lock; tests/global-setup.ts drops it after the run.
 *
 * PostgreSQL unreachable → `createTestDatabase` throws one clear line and the file FAILS (never
 * skips): set TEST_DATABASE_URL to a server where user may CREATE DATABASE.
 */
import { writeFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { createPrisma, describeDbError, type PrismaClient } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrate';
import { seedReference } from '@/lib/db/seed';
import { DEMO_COUNTY, seedDemo } from '@/lib/db/seed-demo';

export interface TestDatabase {
  name: string;
  url: string;
  /** A client on the database (pool of 2); `drop()` disconnects it. */
  prisma: PrismaClient;
  drop(): Promise<void>;
}

const config = () => inject('db');
let counter = 0;

/** `serverUrl` with another database name. */
export function databaseUrl(name: string): string {
  const url = new URL(config().serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh name in this run's namespace (dropped at teardown if a file forgets). */
export function uniqueDatabaseName(label: string): string {
  return `${config().prefix}${process.pid}_${++counter}_${label}`.slice(0, 63);
}

/** Runs `work` with a connection to the server's maintenance database. */
export async function withServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const { serverUrl } = config();
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw new Error(`database tests need PostgreSQL (TEST_DATABASE_URL): ${describeDbError(error, serverUrl)}`);
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(name: string): Promise<void> {
  await withServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** An empty database (no migrations), for tests of the migrations themselves. */
export async function createEmptyDatabase(label: string): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = uniqueDatabaseName(label);
  await withServer((client) => client.query(`CREATE DATABASE "${name}"`));
  return { name, url: databaseUrl(name), drop: () => dropDatabase(name) };
}

async function templateIsReady(client: pg.Client, template: string): Promise<boolean> {
  const { rows } = await client.query<{ note: string | null }>(
    `SELECT shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname = $1`,
    [template],
  );
  return rows[0]?.note === 'ready';
}

/** Builds the template once per run (a half-built one from a crashed worker is rebuilt). */
async function ensureTemplate(client: pg.Client): Promise<void> {
  const { template, markerFile } = config();
  if (await templateIsReady(client, template)) return;
  await client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${template}"`);
  writeFileSync(markerFile, `${new Date().toISOString()}\n`);
  const url = databaseUrl(template);
  await applyMigrations(url);
  const prisma = createPrisma(url, { max: 1 });
  try {
    await seedReference(prisma);
    // One county (the demo's, which seedDemo finds there): departments created by tests go in it.
    await prisma.county.createMany({ data: [DEMO_COUNTY], skipDuplicates: true });
  } finally {
    await prisma.$disconnect();
  }
  await client.query(`COMMENT ON DATABASE "${template}" IS 'ready'`);
}

/** A migrated database with the reference codes; with `demo`, also department 045 / 2023 and the demo users. */
export async function createTestDatabase({ demo = false, label = 'db' }: { demo?: boolean; label?: string } = {}): Promise<TestDatabase> {
  const name = uniqueDatabaseName(label);
  await withServer(async (client) => {
    const { template } = config();
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    try {
      await ensureTemplate(client);
      await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
  const url = databaseUrl(name);
  const prisma = createPrisma(url, { max: 2 });
  if (demo) await seedDemo(prisma);
  return {
    name,
    url,
    prisma,
    drop: async () => {
      await prisma.$disconnect();
      await dropDatabase(name);
    },
  };
}
