/**
 * npm start: the app with demo data, on the embedded database unless DATABASE_URL is set.
 *
 *  1. database: DATABASE_URL, or PGlite in $DATA_DIR/pglite served on a loopback port;
 *  2. migrations (offline, lib/db/migrate.ts), then the seed when the database is new — as the
 *     owner, MIGRATE_DATABASE_URL when set (the app's own role cannot run DDL); then a warning
 *     when the app's DATABASE_URL user is a superuser or owns the tables (lib/db/app-role.ts).
 *     Embedded PGlite has one user, a superuser that owns everything: no warning there, since
 *     no other role can exist; the embedded mode is a single-machine demo, not a production setup;
 *  3. NEXTAUTH_SECRET: required (≥ 32 chars) with a real DATABASE_URL; generated once
 *     into $DATA_DIR in embedded demo mode;
 *  4. `next build` if there is no build yet, then the production server (scripts/serve.mjs: Next's
 *     handler as `next start`, in WEB_CONCURRENCY processes with a real database) on $PORT (3000).
 * Every failure ends with one line naming the cause, not a stack trace. In embedded mode the
 * database lives in this process: if it dies, the server exits too (lib/db/embedded-parent.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { privilegeWarning } from '../lib/db/app-role';
import { describeDbError, probeDatabase } from '../lib/db/client';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../lib/db/embedded';
import { PARENT_PID_VARIABLE } from '../lib/db/embedded-parent';
import { MigrationError } from '../lib/db/migrate';
import { prepareDatabase } from '../lib/db/prepare';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = process.env.PORT ?? '3000';
const dataDir = path.resolve(root, process.env.DATA_DIR ?? '.data');
const MIN_SECRET = 32;

function fail(message: string): never {
  console.error(`启动失败 / start failed: ${message}`);
  process.exit(1);
}

function secretFor(embedded: boolean): string {
  const given = process.env.NEXTAUTH_SECRET;
  if (given !== undefined) {
    if (given.length < MIN_SECRET) fail(`NEXTAUTH_SECRET must be at least ${MIN_SECRET} characters (got ${given.length}).`);
    return given;
  }
  if (!embedded) fail('NEXTAUTH_SECRET is not set; with a real DATABASE_URL set a random value of at least 32 characters.');
  const file = path.join(dataDir, 'nextauth-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

async function openDatabase(url: string, ownerUrl: string): Promise<void> {
  for (const each of new Set([ownerUrl, url])) {
    try {
      await probeDatabase(each);
    } catch (error) {
      fail(describeDbError(error, each));
    }
  }
  try {
    const { applied, seeded } = await prepareDatabase(ownerUrl);
    if (applied.length) console.log(`applied migrations: ${applied.join(', ')}`);
    if (seeded) console.log(`new database: seeded years ${seeded.years.join(', ')} and demo users ${seeded.usersCreated.join(', ')}`);
  } catch (error) {
    fail(error instanceof MigrationError ? error.message : describeDbError(error, ownerUrl));
  }
}

async function warnIfPrivileged(url: string): Promise<void> {
  const warning = await privilegeWarning(url).catch((error: unknown) => `could not check the app's database privileges: ${describeDbError(error, url)}`);
  if (warning) console.warn(`警告 / warning: ${warning}`);
}

function ensureBuild(): void {
  if (existsSync(path.join(root, '.next', 'BUILD_ID'))) return;
  console.log('no production build yet: running next build (once)…');
  const result = spawnSync('npx', ['--no-install', 'next', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) fail('next build failed (see above).');
}

async function main(): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  let embedded: EmbeddedDatabase | null = null;
  let url = process.env.DATABASE_URL;
  if (!url) {
    try {
      embedded = await startEmbeddedDatabase({ dataDir });
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
    url = embedded.url;
    console.log(`embedded database (PGlite) in ${path.join(dataDir, 'pglite')}`);
  }
  await openDatabase(url, (embedded ? null : process.env.MIGRATE_DATABASE_URL) || url);
  if (!embedded) await warnIfPrivileged(url);
  const secret = secretFor(embedded !== null);
  ensureBuild();

  // Run the server directly (not through npx) so signals reach it.
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs'), '-p', port], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: url,
      EMBEDDED_DB: embedded ? '1' : '0',
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      // The server exits when this process (and the database in it) is gone (lib/db/embedded-parent.ts).
      ...(embedded && { [PARENT_PID_VARIABLE]: String(process.pid) }),
    },
  });
  // The database runs in this process: if it fails, the server must not go on without it.
  const databaseFailed = (error: unknown) => {
    console.error(`嵌入式数据库故障，服务停止 / embedded database failed: ${error instanceof Error ? error.message : String(error)}`);
    child.kill('SIGTERM');
    process.exit(1);
  };
  if (embedded) {
    process.on('uncaughtException', databaseFailed);
    process.on('unhandledRejection', databaseFailed);
  }
  console.log(`部门预算编制与公开系统: http://localhost:${port}  (演示账户见 README)`);
  const shutdown = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  child.on('exit', (code) => {
    void (embedded?.stop() ?? Promise.resolve()).finally(() => process.exit(code ?? 0));
  });
}

await main();
