/**
 * The app under test: the production server (scripts/serve.mjs: Next's handler, as `next start`,
 * in `instances` processes) on 127.0.0.1 over the existing build (.next), its RSS sampled
 * from /proc (the server process and its children), and the sessions of the simulated users,
 * signed in through next-auth's credentials endpoint like a browser.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const SERVE = join(ROOT, 'scripts', 'serve.mjs');
export const SECRET = 'loadtest-secret-0123456789abcdefghijklmnopqrstuvwxyz';

export interface AppServer {
  baseUrl: string;
  pid: number;
  /** RSS in MB of the server process and its descendants. */
  rssMb(): number;
  signal(name: NodeJS.Signals): void;
  stop(): Promise<void>;
  output(): string;
}

function freePort(): Promise<number> {
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

function rssKb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function children(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

function treeRssKb(pid: number): number {
  return rssKb(pid) + children(pid).reduce((sum, child) => sum + treeRssKb(child), 0);
}

export async function startApp({ databaseUrl, port, nodeFlags, instances = 1 }: { databaseUrl: string; port: number | null; nodeFlags: string[]; instances?: number }): Promise<AppServer> {
  if (!existsSync(join(ROOT, '.next', 'BUILD_ID'))) throw new Error('loadtest: no build in .next — run `npm run build` first');
  const chosen = port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${chosen}`;
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [...nodeFlags, SERVE, '-p', String(chosen), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: baseUrl,
      DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? '10',
      WEB_CONCURRENCY: String(instances),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output}`);
    if (await fetch(`${baseUrl}/login`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) throw new Error(`the server did not answer within 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const pid = child.pid ?? 0;
  return {
    baseUrl,
    pid,
    rssMb: () => treeRssKb(pid) / 1024,
    signal: (name) => child.kill(name),
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
      }),
  };
}

/** Signs `username` in; returns the Cookie header of its session. */
export async function signIn(baseUrl: string, username: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const remember = (res: Response) => {
    for (const header of res.headers.getSetCookie()) {
      const pair = header.split(';')[0] ?? '';
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  remember(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie() },
    body: new URLSearchParams({ csrfToken, username, password, json: 'true', callbackUrl: `${baseUrl}/` }).toString(),
    redirect: 'manual',
  });
  remember(res);
  const session = [...jar.keys()].find((k) => k.endsWith('next-auth.session-token'));
  if (!session) throw new Error(`loadtest: sign-in of ${username} failed (${res.status})`);
  return `${session}=${jar.get(session)}`;
}

/** RSS sampled every `everyMs` until stopped: [seconds since start, MB]. */
export function sampleRss(server: AppServer, everyMs = 1000): { stop(): [number, number][] } {
  const start = performance.now();
  const samples: [number, number][] = [[0, server.rssMb()]];
  const timer = setInterval(() => samples.push([(performance.now() - start) / 1000, server.rssMb()]), everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      samples.push([(performance.now() - start) / 1000, server.rssMb()]);
      return samples;
    },
  };
}
