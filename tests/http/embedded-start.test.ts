/**
 * `npm start` on the embedded database (scripts/start.ts, lib/db/embedded.ts): the database is
 * served only on a private Unix socket (pglite-socket has no authentication, so no TCP port);
 * killing the process that holds the database stops the web server with one line and a non-zero
 * code instead of leaving it answering 500s on the port; the next start on the same data recovers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { HttpClient } from './client';
import { ensureBuild, freePort } from './server';

const ROOT = join(import.meta.dirname, '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'budget-embedded-'));
const started: ChildProcess[] = [];

afterAll(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

function npmStart(port: number) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' };
  for (const name of ['DATABASE_URL', 'NEXTAUTH_SECRET', 'NEXTAUTH_URL', 'NODE_OPTIONS']) delete env[name];
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function waitUntil(check: () => Promise<boolean>, what: string, output: () => string, ms = 240_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what} did not happen within ${ms / 1000} s:\n${output()}`);
}

const answers = (port: number) => () => fetch(`http://127.0.0.1:${port}/login`).then((r) => r.ok, () => false);

/** The pid of the `next start` child of the start script. */
function serverPid(parent: number): Promise<number> {
  const pgrep = spawn('pgrep', ['-P', String(parent)]);
  return new Promise<number>((resolve) => {
    let out = '';
    pgrep.stdout.on('data', (c: Buffer) => (out += c.toString()));
    pgrep.on('exit', () => resolve(Number(out.trim().split('\n')[0])));
  });
}

it('private socket; the server stops when the database process dies; the next start recovers', async () => {
  await ensureBuild();
  const port = await freePort();
  const first = npmStart(port);
  await waitUntil(answers(port), 'the first start', first.output);
  const socketDir = join(dataDir, 'run');
  expect(statSync(socketDir).mode & 0o777).toBe(0o700);
  expect(statSync(join(socketDir, '.s.PGSQL.5432')).mode & 0o777).toBe(0o600);
  expect(first.output()).not.toMatch(/127\.0\.0\.1:\d+\/postgres/);
  const next = await serverPid(first.child.pid!);
  expect(next).toBeGreaterThan(0);

  const exited = new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      try {
        process.kill(next, 0);
      } catch {
        clearInterval(timer);
        resolve();
      }
    }, 200);
  });
  first.child.kill('SIGKILL'); // the process holding PGlite
  await exited;
  expect(first.output()).toContain('embedded database process');

  const second = npmStart(port);
  await waitUntil(answers(port), 'the second start', second.output, 120_000);
  // The app reaches its data through the socket: the demo user signs in.
  expect(await new HttpClient(`http://127.0.0.1:${port}`).signIn('caiwu', 'Demo@2023')).toBeNull();
  second.child.kill('SIGTERM');
}, 420_000);
