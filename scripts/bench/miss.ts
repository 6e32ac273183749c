/**
 * tsx scripts/bench/miss.ts — the cost of one report-cache miss, piece by piece (issue 13):
 * loadDepartmentBudget, deriveReport, renderReport, JSON.stringify, and the whole miss of the
 * page read path (scripts/bench/report-page.ts with the cache cleared), each timed over
 * MISS_RUNS (30) runs after warm-ups: median CPU time of this process (user + system, so the
 * socket writes count), the mean CPU of its main thread alone (Linux /proc) and wall time, and the SQL round trips per run (pg queries counted).
 * Databases (created, migrated and seeded when missing): `budget_bench_miss` (the synthetic
 * county of scripts/bench/data.ts at scale 1; its largest department) and `budget_bench_miss_demo`
 * (the demo department 045); MISS_DB=name uses `name` and `name_demo` instead. MISS_ONLY=demo|largest runs one of them; MISS_QUICK=1 only the
 * load, (a) and (f′). Run it under
 * `MISS_PROFILE=1 node --cpu-prof --import tsx scripts/bench/miss.ts` for a profile (200 misses, no timing).
 */
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { deriveReport, renderReport } from '../../lib/budget/report';
import { createPrisma, disconnect, type PrismaClient } from '../../lib/db/client';
import { loadDepartmentBudget } from '../../lib/db/budget-repository';
import { applyMigrations } from '../../lib/db/migrate';
import { seedReference } from '../../lib/db/seed';
import { seedDemo } from '../../lib/db/seed-demo';
import { renderReportHtml } from '../../lib/export/html';
import { renderReportXlsx } from '../../lib/export/xlsx';
import { loadDepartmentReport } from '../../lib/services/report';
import { generateCounty } from './data';
import { ensurePageReader, reportPageReadPath } from './report-page';
import { benchCodes, connectBench, ensureDatabase, replaceBenchData } from './repository';

const YEAR = 2023;
const RUNS = Number(process.env.MISS_RUNS ?? 30);
const WARMUPS = 5;
const ADMIN = process.env.BENCH_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
// MISS_DB names the databases (`<MISS_DB>` and `<MISS_DB>_demo`), so two runs in parallel do not share them.
const DB = process.env.MISS_DB ?? 'budget_bench_miss';

// Every SQL statement the app sends goes through pg's Client#query (the Prisma adapter's pool too).
let queries = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
  queries++;
  return Reflect.apply(query, this, args) as unknown;
} as typeof query;

function urlOf(name: string): string {
  const url = new URL(ADMIN);
  url.pathname = `/${name}`;
  return url.toString();
}

// CPU of the main thread alone (the one that serves every request; process CPU also counts the GC
// helpers and the libuv pool, where the xlsx export's zlib runs): utime + stime of
// /proc/self/task/<pid>/stat, in ticks of 10 ms — so only the mean over all runs is given. Linux only.
const MAIN_THREAD_STAT = `/proc/self/task/${process.pid}/stat`;
function mainThreadMs(): number {
  if (!existsSync(MAIN_THREAD_STAT)) return NaN;
  const fields = readFileSync(MAIN_THREAD_STAT, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function measure(name: string, work: () => Promise<unknown> | unknown): Promise<void> {
  for (let i = 0; i < WARMUPS; i++) await work();
  const times: number[] = [];
  const cpu: number[] = [];
  const before = queries;
  const mainBefore = mainThreadMs();
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    await work();
    const used = process.cpuUsage(startCpu);
    times.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  const mainMean = (mainThreadMs() - mainBefore) / RUNS;
  cpu.sort((a, b) => a - b);
  const cpuMedian = cpu[Math.floor(cpu.length / 2)] ?? NaN;
  const perRun = (queries - before) / RUNS;
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? NaN;
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(`${name.padEnd(36)} cpu median ${cpuMedian.toFixed(2).padStart(6)} ms (min ${(cpu[0] ?? NaN).toFixed(2).padStart(6)}, main thread mean ${mainMean.toFixed(1).padStart(5)})  wall median ${median.toFixed(2).padStart(7)} ms  mean ${mean.toFixed(2).padStart(7)} ms  min ${(times[0] ?? NaN).toFixed(2).padStart(7)}  queries/run ${perRun.toFixed(1)}`);
}

async function pieces(prisma: PrismaClient, url: string, code: string, label: string): Promise<void> {
  console.log(`— ${label}`);
  const budget = await loadDepartmentBudget(prisma, code, YEAR);
  if (!budget) throw new Error(`no budget for ${code}`);
  const derived = deriveReport(budget);
  const rendered = renderReport(derived, '万元');
  if (process.env.MISS_PROFILE === '1') {
    // Only the whole miss, many times (for node --cpu-prof).
    for (let i = 0; i < 200; i++) await loadDepartmentReport(prisma, { departmentCode: code, year: YEAR, unit: '万元' });
    return;
  }
  if (process.env.MISS_PROFILE === 'xlsx') {
    for (let i = 0; i < 100; i++) await renderReportXlsx(rendered);
    return;
  }
  await measure('loadDepartmentBudget', () => loadDepartmentBudget(prisma, code, YEAR));
  if (process.env.MISS_QUICK !== '1') {
    await measure('deriveReport', () => deriveReport(budget));
    await measure('renderReport 万元', () => renderReport(derived, '万元'));
    await measure('JSON.stringify (the API body)', () => JSON.stringify(rendered));
    await measure('renderReportHtml', () => renderReportHtml(rendered));
    await measure('renderReportXlsx', () => renderReportXlsx(rendered));
  }
  await measure('loadDepartmentReport (a)', () => loadDepartmentReport(prisma, { departmentCode: code, year: YEAR, unit: '万元' }));
  await disconnect();
  process.env.DATABASE_URL = url;
  const userId = await ensurePageReader(prisma, code);
  await measure('page read path, cache miss (f′)', reportPageReadPath(prisma, userId, code, YEAR, true));
  if (process.env.MISS_QUICK !== '1') await measure('page read path, cache hit (f)', reportPageReadPath(prisma, userId, code, YEAR, false));
  await prisma.user.deleteMany({ where: { username: { startsWith: 'bench-leader-' } } });
  await disconnect();
}

async function largestDepartment(): Promise<void> {
  const url = urlOf(DB);
  const created = await ensureDatabase(ADMIN, DB);
  await applyMigrations(url);
  const prisma = createPrisma(url);
  const client = await connectBench(url);
  try {
    await seedReference(prisma);
    await prisma.user.deleteMany({ where: { username: { startsWith: 'bench-leader-' } } });
    // The generated county is dropped before measuring: its 100,000 line objects would stay in the
    // old generation and make every full GC of the runs pay for marking them.
    const largest = await (async () => {
      const dataset = generateCounty(await benchCodes(client, YEAR), 20230101);
      if (created || process.env.MISS_RELOAD === '1') await replaceBenchData(client, YEAR, dataset);
      const department = dataset.departments[dataset.largestDepartment];
      if (!department) throw new Error('no synthetic department');
      return { code: department.code, lines: dataset.linesOf(department.id) };
    })();
    await pieces(prisma, url, largest.code, `部门 ${largest.code} (largest, ${largest.lines} lines)`);
  } finally {
    await client.end();
    await prisma.$disconnect();
  }
}

async function demo(): Promise<void> {
  const url = urlOf(`${DB}_demo`);
  await ensureDatabase(ADMIN, `${DB}_demo`);
  await applyMigrations(url);
  const prisma = createPrisma(url);
  try {
    await seedReference(prisma);
    await seedDemo(prisma);
    await pieces(prisma, url, '045', '部门 045 (demo)');
  } finally {
    await prisma.$disconnect();
  }
}

async function main(): Promise<void> {
  const only = process.env.MISS_ONLY;
  if (only !== 'demo') await largestDepartment();
  if (only !== 'largest') await demo();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
