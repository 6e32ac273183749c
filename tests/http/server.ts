/**
 * The real Next.js server for HTTP tests: `next build` when the build is missing or older than
 * the sources (under a PostgreSQL advisory lock, so parallel test files build once), then
 * `next start` on a free port against the given database.
 *
 * HTTP_TEST_BUILD=never skips the freshness check (use the existing .next as it is);
 * HTTP_TEST_BUILD=always rebuilds.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { withServer } from '../helpers/db';

const ROOT = join(import.meta.dirname, '..', '..');
const NEXT_BIN = join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
/** The production server npm start runs (Next's handler; WEB_CONCURRENCY processes, 1 here). */
const SERVE = join(ROOT, 'scripts', 'serve.mjs');
const BUILD_ID = join(ROOT, '.next', 'BUILD_ID');
const SOURCES = ['app', 'lib', 'components', 'prisma/seed', 'proxy.ts', 'instrumentation.ts', 'next.config.js', 'package.json'];
export const TEST_SECRET = 'http-test-secret-0123456789abcdefghijklmnopqrstuvwxyz';

function newestSource(path: string): number {
  const full = join(ROOT, path);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(full)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestSource(join(path, entry)));
  }
  return newest;
}

function buildIsCurrent(): boolean {
  const mode = process.env.HTTP_TEST_BUILD ?? 'auto';
  if (!existsSync(BUILD_ID)) return false;
  if (mode === 'never') return true;
  if (mode === 'always') return false;
  const built = statSync(BUILD_ID).mtimeMs;
  return SOURCES.every((source) => newestSource(source) <= built);
}

/** Builds once per change of the sources, whichever test file gets there first. */
export async function ensureBuild(): Promise<void> {
  if (buildIsCurrent() && process.env.HTTP_TEST_BUILD !== 'always') return;
  await withServer(async (client) => {
    await client.query(`SELECT pg_advisory_lock(hashtext('budget-next-build'))`);
    try {
      if (buildIsCurrent() && process.env.HTTP_TEST_BUILD !== 'always') return;
      // Compile, then generate: the same output as `next build` without its type-check pass,
      // which is `npm run typecheck`'s job (and would fail these tests on any unrelated file).
      for (const mode of ['compile', 'generate']) {
        const result = spawnSync(process.execPath, [NEXT_BIN, 'build', `--experimental-build-mode=${mode}`], {
          cwd: ROOT,
          env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        });
        if (result.status !== 0) throw new Error(`next build (${mode}) failed:\n${result.stdout}\n${result.stderr}`);
      }
    } finally {
      await client.query(`SELECT pg_advisory_unlock(hashtext('budget-next-build'))`);
    }
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  baseUrl: string;
  /** Everything the server printed so far (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

/** Spawns the production server (scripts/serve.mjs) with the given environment (NODE_ENV production unless given). */
export function spawnNext(env: Record<string, string>, port: number): { child: ChildProcess; output: () => string } {
  let output = '';
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...env };
  const child = spawn(process.execPath, [SERVE, '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

export async function startServer(databaseUrl: string): Promise<RunningServer> {
  await ensureBuild();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const { child, output } = spawnNext({ DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: TEST_SECRET, NEXTAUTH_URL: baseUrl, DATABASE_POOL_MAX: '8' }, port);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${baseUrl}/login`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  if (Date.now() >= deadline) throw new Error(`next start did not answer within 60 s:\n${output()}`);
  return {
    baseUrl,
    output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

/** Waits until a spawned server answers /login (a minute at most). */
export async function waitForLogin(baseUrl: string, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (await fetch(`${baseUrl}/login`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`next start did not answer:\n${output()}`);
}
