/**
 * One app per journey file: a fresh database cloned from the run's template with the demo
 * department 045 / 2023 and its users (tests/helpers/db.ts), and the production server (scripts/serve.mjs) on it from a
 * private copy of the build (snapshot.ts), on a free port.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '../../helpers/db';
import { freePort, TEST_SECRET } from '../../http/server';
import { ROOT, snapshotBuild } from './snapshot';

export interface App {
  baseUrl: string;
  db: TestDatabase;
  /** Everything the server printed (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

async function waitUntilUp(baseUrl: string, exited: () => boolean, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`the server exited:\n${output()}`);
    const ok = await fetch(`${baseUrl}/login`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer within 60 s:\n${output()}`);
}

export async function startApp(label: string): Promise<App> {
  const [db, build, port] = await Promise.all([createTestDatabase({ demo: true, label }), snapshotBuild(), freePort()]);
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = '';
  // The production server (scripts/serve.mjs: Next's handler behind the server's own compression), as `npm start` runs it.
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.mjs'), '-p', String(port), '-H', '127.0.0.1'], {
    cwd: build.dir,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: db.url, NEXTAUTH_SECRET: TEST_SECRET, NEXTAUTH_URL: baseUrl, DATABASE_POOL_MAX: '8' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      await exited;
    }
    build.remove();
    await db.drop();
  };
  try {
    await waitUntilUp(baseUrl, () => child.exitCode !== null, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, db, output: () => output, stop };
}
