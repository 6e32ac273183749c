/**
 * npm run loadtest — the app under load, on this machine (127.0.0.1 only; bounded in time and
 * request count by the options, see scripts/loadtest/args.ts or `--help`).
 *
 *  1. a fresh database `budget_loadtest` with the benchmark county (scripts/bench/data.ts) and
 *     simulated users of every role (accountants of many units, leaders, reviewers, an admin);
 *  2. `next start` over the existing build (npm run build first), optionally with a CPU profile;
 *  3. the users sign in through next-auth's credentials endpoint;
 *  4. closed loop per endpoint (autocannon): report JSON/HTML/xlsx, line save (PATCH with the
 *     version last seen), lines page, county page;
 *  5. the open-loop deadline mix (50 users, think 1–3 s, 70 % saves / 20 % reports / 10 % overview
 *     pages, 2 minutes), then optionally a soak with heap snapshots before and after;
 *  6. throughput, p50/p95/p99, errors and the server's RSS over time to stdout and to the
 *     loadtest block of docs/benchmarks.md (with the machine's load average).
 */
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { closedRun, parseLoadtestArgs, USAGE, UsageError, type LoadtestOptions } from './loadtest/args';
import { sampleRss, signIn, startApp, type AppServer } from './loadtest/server';
import { PASSWORD, prepareLoadtestData, refreshVersions, type LoadtestData, type SimUser } from './loadtest/setup';
import { closedLoop, deadlineMix, type RunResult, type Session, type Sessions } from './loadtest/traffic';

const ROOT = join(import.meta.dirname, '..');
type Measured = RunResult & { load: string; rss: [number, number][] };
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' / ');

function row(r: Measured): string {
  const fails = Object.entries(r.failures).map(([k, v]) => `${k}×${v}`).join(' ');
  return `| ${r.name} | ${r.connections} × ${r.seconds} s | ${r.perSecond.toFixed(1)} | ${r.p50.toFixed(0)} / ${r.p95.toFixed(0)} / ${r.p99.toFixed(0)} | ${r.errors}${fails ? ` (${fails})` : ''} | ${r.load} |`;
}

function rssLine(samples: [number, number][]): string {
  const step = Math.max(1, Math.ceil(samples.length / 12));
  const picked = samples.filter((_, i) => i % step === 0 || i === samples.length - 1);
  return picked.map(([t, mb]) => `${t.toFixed(0)}s:${mb.toFixed(0)}`).join(' ');
}

async function signInAll(server: AppServer, users: SimUser[]): Promise<Session[]> {
  const sessions: Session[] = [];
  // Four at a time: bcrypt (cost 10) is the cost of a sign-in, and the machine is shared.
  for (let i = 0; i < users.length; i += 4) {
    const batch = users.slice(i, i + 4);
    sessions.push(...(await Promise.all(batch.map(async (user) => ({ user, cookie: await signIn(server.baseUrl, user.username, PASSWORD) })))));
  }
  return sessions;
}

/** Signals the server to write a heap snapshot and waits until the file is complete (its size stops changing). */
async function heapSnapshot(server: AppServer, dir: string): Promise<void> {
  const count = () => readdirSync(dir).filter((f) => f.endsWith('.heapsnapshot'));
  const before = count().length;
  server.signal('SIGUSR2');
  let last = -1;
  for (let waited = 0; waited < 300_000; waited += 1000) {
    await new Promise((r) => setTimeout(r, 1000));
    const files = count();
    if (files.length <= before) continue;
    const newest = files.sort().at(-1) ?? '';
    const size = statSync(join(dir, newest)).size;
    if (size > 0 && size === last) return;
    last = size;
  }
  throw new Error('loadtest: the heap snapshot did not complete within 5 minutes');
}

async function run(options: LoadtestOptions): Promise<void> {
  const accountants = Math.max(options.users, options.connections ?? 15, 15);
  console.log(`preparing budget_loadtest (scale ${options.scale}, ${accountants} accountants)…`);
  const data: LoadtestData = await prepareLoadtestData({ scale: options.scale, accountants });
  console.log(`seeded ${data.lineCount.toLocaleString('en')} lines in ${data.seedSeconds.toFixed(1)} s`);
  const profileDir = options.profileDir ?? (options.heapSnapshots ? '.loadtest' : null);
  const nodeFlags: string[] = [];
  if (profileDir) mkdirSync(resolve(ROOT, profileDir), { recursive: true });
  if (options.profileDir) nodeFlags.push('--cpu-prof', `--cpu-prof-dir=${resolve(ROOT, options.profileDir)}`);
  if (options.heapSnapshots) nodeFlags.push('--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${resolve(ROOT, profileDir ?? '.loadtest')}`);
  const server = await startApp({ databaseUrl: data.url, port: options.port, nodeFlags, instances: options.instances });
  const results: Measured[] = [];
  const notes: string[] = [];
  try {
    console.log(`server ${server.baseUrl} (pid ${server.pid}), RSS ${server.rssMb().toFixed(0)} MB; signing in…`);
    const sessions: Sessions = {
      accountants: await signInAll(server, data.accountants),
      leaders: await signInAll(server, data.leaders),
      reviewers: await signInAll(server, data.reviewers),
    };
    await signInAll(server, data.admins); // every role signs in, the admin included
    const startRss = server.rssMb();
    const measure = async (work: () => Promise<RunResult>) => {
      const sampler = sampleRss(server);
      const result = await work();
      const measured = { ...result, load: load(), rss: sampler.stop() };
      results.push(measured);
      console.log(`${row(measured)}  RSS ${rssLine(measured.rss)}`);
      for (const part of measured.parts ?? []) console.log(row({ ...part, load: '', rss: [] }));
      return measured;
    };
    for (const endpoint of options.endpoints) {
      const [connections, seconds] = closedRun(options, endpoint);
      await measure(() => closedLoop(server.baseUrl, endpoint, sessions, data.departments, connections, seconds));
      if (endpoint === 'line-save') {
        // autocannon stops sending at the deadline but answers still arrive: let the last saves commit
        // before re-reading the versions, or the mix's first saves of those lines would be stale (409).
        await new Promise((r) => setTimeout(r, 2000));
        await refreshVersions(data);
      }
    }
    if (options.mixSeconds > 0) {
      await measure(() => deadlineMix(server.baseUrl, sessions, data.departments, options.users, options.mixSeconds, options.thinkMs));
    }
    if (options.soakSeconds > 0) {
      const snapshots = resolve(ROOT, profileDir ?? '.loadtest');
      if (options.heapSnapshots) await heapSnapshot(server, snapshots);
      const soak = await measure(() => deadlineMix(server.baseUrl, sessions, data.departments, options.users, options.soakSeconds, options.thinkMs, 'soak'));
      if (options.heapSnapshots) await heapSnapshot(server, snapshots);
      const rss = soak.rss.map(([, mb]) => mb);
      const first = rss.slice(0, Math.max(1, Math.floor(rss.length / 10)));
      const last = rss.slice(-Math.max(1, Math.floor(rss.length / 10)));
      const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      notes.push(`soak: RSS ${avg(first).toFixed(0)} MB (first tenth) → ${avg(last).toFixed(0)} MB (last tenth), growth ${(avg(last) - avg(first)).toFixed(0)} MB over ${options.soakSeconds} s`);
    }
    notes.push(`server RSS: ${startRss.toFixed(0)} MB after sign-in → ${server.rssMb().toFixed(0)} MB at the end`);
  } finally {
    await server.stop();
  }
  if (options.heapSnapshots) notes.push(`heap snapshots: ${readdirSync(resolve(ROOT, profileDir ?? '.loadtest')).filter((f) => f.endsWith('.heapsnapshot')).join(', ')}`);
  if (options.profileDir) notes.push(`CPU profile: ${readdirSync(resolve(ROOT, options.profileDir)).filter((f) => f.endsWith('.cpuprofile')).join(', ')}`);
  for (const note of notes) console.log(note);
  if (options.writeDoc) await writeDoc(options, data, results, notes);
}

/** One block per --label, so a "before" and an "after" run stand side by side. */
async function writeDoc(options: LoadtestOptions, data: LoadtestData, results: Measured[], notes: string[]): Promise<void> {
  const BEGIN = `<!-- loadtest-${options.label}:begin (written by npm run loadtest -- --label ${options.label}) -->`;
  const END = `<!-- loadtest-${options.label}:end -->`;
  const file = join(ROOT, 'docs', 'benchmarks.md');
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`;
  const table = [
    '| workload | clients × time | req/s | p50 / p95 / p99 ms | errors | load avg 1/5/15 |',
    '|---|---|---:|---|---|---|',
    ...results.flatMap((r) => [row(r), ...(r.parts ?? []).map((part) => row({ ...part, load: '', rss: [] }))]),
  ].join('\n');
  const rss = results.map((r) => `  - ${r.name}: ${rssLine(r.rss)}`).join('\n');
  const block = `${BEGIN}
### Load test "${options.label}"${options.quick ? ' (--quick)' : ''}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC

- Machine: ${machine}; the load generator runs beside the app (127.0.0.1), and other work shares the cores — read the load averages
- Server: ${options.instances} process${options.instances > 1 ? 'es' : ''} (scripts/serve.mjs, WEB_CONCURRENCY=${options.instances})
- Data: benchmark county ×${options.scale} (${data.lineCount.toLocaleString('en')} lines, ${data.departments.length} departments), seeded in ${data.seedSeconds.toFixed(0)} s; ${data.accountants.length} accountants, ${data.leaders.length} leaders, ${data.reviewers.length} reviewers, ${data.admins.length} admin signed in
- Closed loop: autocannon, each connection one user; line saves PATCH the version last returned. Mix: open loop, ${options.users} users, think ${options.thinkMs[0]}–${options.thinkMs[1]} ms, 70 % line saves / 20 % report views (json 60 %, html 30 %, xlsx 10 %) / 10 % county or approval page

${table}

- Server RSS (seconds:MB) during each run:
${rss}
${notes.map((n) => `- ${n}`).join('\n')}
${END}`;
  const current = await readFile(file, 'utf8').catch(() => '# Benchmarks\n');
  const from = current.indexOf(BEGIN);
  const to = current.indexOf(END);
  const doc = from >= 0 && to > from ? `${current.slice(0, from)}${block}${current.slice(to + END.length)}` : `${current.trimEnd()}\n\n${block}\n`;
  await writeFile(file, doc);
  console.log('wrote the loadtest block of docs/benchmarks.md');
}

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(USAGE);
} else {
  try {
    await run(parseLoadtestArgs(argv));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else {
      console.error(error);
      process.exitCode = 1;
    }
  }
  // autocannon's agents and the pg pools must not keep the process alive.
  process.exit();
}
