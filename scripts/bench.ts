/**
 * npm run bench — county-scale timings of the report pipeline.
 *
 * Database: DATABASE_URL, or `budget_bench` on 127.0.0.1:5432 (created, migrated and
 * reference-seeded when missing; BENCH_ADMIN_URL overrides the server). A synthetic county
 * (150 departments, 450 units, 3,000 projects, 100,000 lines; seeded PRNG, so every run
 * loads the same data) replaces the previous synthetic one, then each scenario runs
 * BENCH_RUNS (15) times after 2–30 warm-ups (at least 2, more until 1 s has passed):
 *   (a) one department's full report through the report pipeline (loadDepartmentReport: snapshot
 *       lookup, then loadDepartmentBudget + deriveReport + renderReport), as the page and the API run it
 *   (b) 全县汇总: loadCountySummaries (lines summed in SQL per department × 功能 类 × kind ×
 *       source × 结转) + consolidateSummaries; (b′) consolidateBudgets of every stored line
 *   (c) the floor: the same totals as one SQL GROUP BY over the lines
 *   (d) xlsx and (e) PDF of the demo department 045 (renderReportXlsx / renderReportPdf of its rendered
 *       report; PDF through the shared system Chromium, BENCH_PDF_RUNS (5) runs), and of the largest
 *       synthetic department
 *   (f) the 公开报表 page's server read path (scripts/bench/report-page.ts: guard, years, scope,
 *       readDepartmentReport through the report cache; hit and miss) for the largest synthetic
 *       department and, at scale 1, the demo department 045 (its own database `budget_bench_demo`,
 *       migrated and demo-seeded when missing: the synthetic county's codes would collide at 10×)
 * Medians, ratios to the floor and peak memory go to stdout and to docs/benchmarks.md.
 *
 * `npm run bench -- --scale <x>` (0.01–10) runs the same on a county of x × the lines (and
 * departments, up to the 1,000 three-digit codes allow; scripts/bench/data.ts scaledCounty); each
 * scale has its own block in docs/benchmarks.md.
 */
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { consolidateBudgets, consolidateSummaries, type CountyConsolidation } from '../lib/budget/consolidation';
import {
  benchCodes,
  connectBench,
  countyTotalsBySql,
  ensureDatabase,
  replaceBenchData,
  type FloorRow,
} from './bench/repository';
import { createPrisma } from '../lib/db/client';
import { loadCountyLineBudgets, loadCountySummaries } from '../lib/db/consolidation-repository';
import { applyMigrations } from '../lib/db/migrate';
import { seedReference } from '../lib/db/seed';
import { generateCounty, scaledCounty, type CountySize } from './bench/data';
import { loadDepartmentReport } from '../lib/services/report';
import { renderReportXlsx } from '../lib/export/xlsx';
import { closePdfBrowser, renderReportPdf } from '../lib/export/pdf';
import { demoDepartmentReport } from './bench/exports';
import { ensurePageReader, reportPageReadPath } from './bench/report-page';
import { disconnect } from '../lib/db/client';
import { seedDemo } from '../lib/db/seed-demo';

const YEAR = 2023;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

/** `--scale <x>`: the county's size multiplier (1 by default). */
function scaleArgument(argv: readonly string[]): number {
  const at = argv.indexOf('--scale');
  if (at < 0) return 1;
  const value = Number(argv[at + 1]);
  if (!Number.isFinite(value) || value < 0.01 || value > 10) throw new Error(`--scale needs a number in 0.01–10, got ${argv[at + 1] ?? 'nothing'}`);
  return value;
}
const FACTOR = scaleArgument(process.argv.slice(2));
const SIZE: CountySize = scaledCounty(FACTOR);
/**
 * Warm-ups before the timed runs of every scenario, floor included: at least WARMUPS_MIN, then more
 * until WARMUP_MS have passed or WARMUPS_MAX were run. Two were not enough at 0.1× the county: the
 * JavaScript of a fast scenario was still being compiled during the timed runs (the 全县汇总 cost
 * 3–4× the Node CPU of its steady state), which is not what a running server pays
 * (docs/benchmarks.md, "Fourth round"). A slow scenario (10×) stops after the minimum.
 */
const WARMUPS_MIN = 2;
const WARMUPS_MAX = 30;
const WARMUP_MS = 1000;
const PDF_RUNS = Number(process.env.BENCH_PDF_RUNS ?? 5);
const TARGETS = { department: 50, county: 1500, floorRatio: 3, xlsx: 1000, pdf: 5000, demoPage: 150, largestPage: 400 };

// A full GC before each scenario, so each one's heap peak is its own (npm run bench passes no node flags).
v8.setFlagsFromString('--expose-gc');
const gc: unknown = vm.runInNewContext('gc');
function collectGarbage(): void {
  if (typeof gc === 'function') gc();
}

interface Measurement {
  name: string;
  medianMs: number;
  minMs: number;
  maxMs: number;
  peakRssMb: number;
  peakHeapMb: number;
}

/** The demo department's own database (the synthetic county's codes reach 045 at 10×). */
async function demoDatabase(): Promise<string> {
  const admin = process.env.BENCH_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const url = new URL(admin);
  url.pathname = '/budget_bench_demo';
  if (await ensureDatabase(admin, 'budget_bench_demo')) console.log('created database budget_bench_demo');
  await applyMigrations(url.toString());
  const prisma = createPrisma(url.toString());
  try {
    await seedReference(prisma);
    await seedDemo(prisma);
  } finally {
    await prisma.$disconnect();
  }
  return url.toString();
}

/** (f) for one department on one database: the page's read path, cache hit and miss. */
async function measurePage(url: string, departmentCode: string, label: string, year: number): Promise<Measurement[]> {
  // readDepartmentReport reads through the application's client (getPrisma): point it at `url`.
  await disconnect();
  process.env.DATABASE_URL = url;
  const prisma = createPrisma(url);
  try {
    const userId = await ensurePageReader(prisma, departmentCode);
    return [
      await measure(`(f) 公开报表 page read path, ${label}, cache hit`, reportPageReadPath(prisma, userId, departmentCode, year, false)),
      await measure(`(f′) 公开报表 page read path, ${label}, cache miss`, reportPageReadPath(prisma, userId, departmentCode, year, true)),
    ];
  } finally {
    await prisma.user.deleteMany({ where: { username: { startsWith: 'bench-leader-' } } });
    await prisma.$disconnect();
    await disconnect();
  }
}

async function resolveDatabase(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const admin = process.env.BENCH_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const url = new URL(admin);
  url.pathname = '/budget_bench';
  if (await ensureDatabase(admin, 'budget_bench')) console.log('created database budget_bench');
  return url.toString();
}

/** Median and peak memory of `runs` calls after warm-ups; memory sampled every 2 ms and after each run. */
async function measure(name: string, work: () => Promise<unknown>, runs = RUNS): Promise<Measurement> {
  const warmStart = performance.now();
  for (let i = 0; i < WARMUPS_MAX && (i < WARMUPS_MIN || performance.now() - warmStart < WARMUP_MS); i++) await work();
  collectGarbage();
  const baseHeap = process.memoryUsage().heapUsed;
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed - baseHeap);
  };
  const sampler = setInterval(sample, 2);
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await work();
      times.push(performance.now() - start);
      sample();
    }
  } finally {
    clearInterval(sampler);
  }
  times.sort((a, b) => a - b);
  const mb = (bytes: number) => bytes / 2 ** 20;
  return {
    name,
    medianMs: times[Math.floor(times.length / 2)] ?? NaN,
    minMs: times[0] ?? NaN,
    maxMs: times.at(-1) ?? NaN,
    peakRssMb: mb(peakRss),
    peakHeapMb: mb(peakHeap),
  };
}

/** The consolidation must equal the floor to the 分, class by class. */
function checkAgainstFloor(county: CountyConsolidation, floor: FloorRow[]): void {
  const nonZero = county.classes.filter((c) => c.values[1].some((v) => !v.isZero()));
  const mismatch = (msg: string) => new Error(`consolidation ≠ SQL floor: ${msg}`);
  if (nonZero.length !== floor.length) throw mismatch(`${nonZero.length} vs ${floor.length} classes`);
  for (const row of floor) {
    const mine = county.classes.find((c) => c.code === row.classCode);
    if (!mine) throw mismatch(`class ${row.classCode} missing`);
    for (const n of [1, 2, 3] as const) {
      const got = mine.values[n].map((v) => v.toFixed(2)).join(',');
      const want = row[`table${n}`].map((v) => Number.parseFloat(v).toFixed(2)).join(',');
      if (got !== want) throw mismatch(`表${n} ${row.classCode}: ${got} vs ${want}`);
    }
  }
}

function table(results: Measurement[], floorMs: number): string {
  const rows = results.map(
    (r) =>
      `| ${r.name} | ${r.medianMs.toFixed(1)} | ${r.minMs.toFixed(1)} – ${r.maxMs.toFixed(1)} | ${(r.medianMs / floorMs).toFixed(1)}× | ${r.peakRssMb.toFixed(0)} | ${r.peakHeapMb.toFixed(0)} |`,
  );
  return ['| scenario | median ms | min – max ms | × floor | peak RSS MB | peak heap growth MB |', '|---|---:|---:|---:|---:|---:|', ...rows].join('\n');
}

let loadSeconds = NaN;

async function main(): Promise<void> {
  const url = await resolveDatabase();
  await applyMigrations(url);
  const prisma = createPrisma(url);
  const client = await connectBench(url);
  try {
    await seedReference(prisma);
    // A page reader left by an interrupted run would hold its department (foreign key) against the reload.
    await prisma.user.deleteMany({ where: { username: { startsWith: 'bench-leader-' } } });
    const codes = await benchCodes(client, YEAR);
    const dataset = generateCounty(codes, 20230101, SIZE);
    const loadStart = performance.now();
    await replaceBenchData(client, YEAR, dataset);
    loadSeconds = (performance.now() - loadStart) / 1000;
    console.log(`loaded ${dataset.lines.length} lines in ${loadSeconds.toFixed(1)} s`);

    const largest = dataset.departments[dataset.largestDepartment];
    if (!largest) throw new Error('no synthetic department');
    const consolidate = async () => consolidateSummaries(await loadCountySummaries(prisma, YEAR));
    const consolidateLines = async () => consolidateBudgets(await loadCountyLineBudgets(prisma, YEAR));
    const floorRows = await countyTotalsBySql(client, YEAR);
    checkAgainstFloor(await consolidate(), floorRows);
    // (b′) holds every line in memory (≈ 0.8 GB of RSS at 1×): above 2× it is left out.
    const withLines = FACTOR <= 2;
    if (withLines) checkAgainstFloor(await consolidateLines(), floorRows);

    const floor = await measure('(c) SQL GROUP BY floor', () => countyTotalsBySql(client, YEAR));
    const department = await measure(`(a) 部门 ${largest.code} 全套报表 (${dataset.linesOf(largest.id)} lines)`, async () => {
      const report = await loadDepartmentReport(prisma, { departmentCode: largest.code, year: YEAR, unit: '万元' });
      if (!report) throw new Error(`department ${largest.code} not found`);
      return report;
    });
    const county = await measure('(b) 全县汇总 表1–3 by 类 (summed grain)', consolidate);
    const countyLines = withLines ? [await measure('(b′) 全县汇总 from every line', consolidateLines)] : [];
    // The exports of one department do not grow with the county: measured at scale 1 only.
    let exportResults: Measurement[] = [];
    if (FACTOR === 1) {
      const demo = demoDepartmentReport();
      const largestReport = await loadDepartmentReport(prisma, { departmentCode: largest.code, year: YEAR, unit: '万元' });
      if (!largestReport) throw new Error(`department ${largest.code} not found`);
      exportResults = [
        await measure('(d) xlsx 部门 045 (demo)', () => renderReportXlsx(demo)),
        await measure(`(d′) xlsx 部门 ${largest.code} (largest)`, () => renderReportXlsx(largestReport)),
        await measure('(e) PDF 部门 045 (demo)', () => renderReportPdf(demo), PDF_RUNS),
        await measure(`(e′) PDF 部门 ${largest.code} (largest)`, () => renderReportPdf(largestReport), PDF_RUNS),
      ];
      await closePdfBrowser();
    }
    const [xlsx, , pdf] = exportResults;
    const demoPages = FACTOR === 1 ? await measurePage(await demoDatabase(), '045', '部门 045 (demo)', YEAR) : [];
    const largestPages = await measurePage(url, largest.code, `部门 ${largest.code} (largest, ${dataset.linesOf(largest.id)} lines)`, YEAR);
    const results = [department, county, ...countyLines, floor, ...exportResults, ...demoPages, ...largestPages];
    const printed = table(results, floor.medianMs);
    console.log(printed);
    const verdict = [
      `one department ≤ ${TARGETS.department} ms: ${department.medianMs <= TARGETS.department ? 'met' : 'MISSED'}`,
      `county consolidation ≤ ${TARGETS.county} ms: ${county.medianMs <= TARGETS.county ? 'met' : 'MISSED'}`,
      `county / floor ≤ ${TARGETS.floorRatio}: ${county.medianMs / floor.medianMs <= TARGETS.floorRatio ? 'met' : 'MISSED'} (${(county.medianMs / floor.medianMs).toFixed(1)}×)`,
      ...(xlsx ? [`xlsx of the demo department ≤ ${TARGETS.xlsx} ms: ${xlsx.medianMs <= TARGETS.xlsx ? 'met' : 'MISSED'}`] : []),
      ...(pdf ? [`PDF of the demo department ≤ ${TARGETS.pdf} ms: ${pdf.medianMs <= TARGETS.pdf ? 'met' : 'MISSED'}`] : []),
      ...demoPages.map((m) => `${m.name} ≤ ${TARGETS.demoPage} ms (issue 8): ${m.medianMs <= TARGETS.demoPage ? 'met' : 'MISSED'}`),
      ...largestPages.map((m) => `${m.name} ≤ ${TARGETS.largestPage} ms (issue 8): ${m.medianMs <= TARGETS.largestPage ? 'met' : 'MISSED'}`),
    ];
    console.log(verdict.join('\n'));
    await writeDoc(printed, verdict);
  } finally {
    await client.end();
    await prisma.$disconnect();
  }
}

const TAG = FACTOR === 1 ? 'bench' : `bench-x${FACTOR}`;
const BEGIN = `<!-- ${TAG}:begin (written by npm run bench${FACTOR === 1 ? '' : ` -- --scale ${FACTOR}`}) -->`;
const END = `<!-- ${TAG}:end -->`;

/** Replaces the generated block of docs/benchmarks.md, keeping the hand-written analysis around it. */
async function writeDoc(printed: string, verdict: string[]): Promise<void> {
  const file = new URL('../docs/benchmarks.md', import.meta.url);
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, ${os.platform()}`;
  const block = `${BEGIN}
- Date: ${new Date().toISOString().slice(0, 10)}
- Machine: ${machine}
- Data: synthetic county ×${FACTOR}, seeded PRNG — ${SIZE.departments} departments, ${SIZE.units} units, ${SIZE.projects.toLocaleString('en')} projects, ${SIZE.lines.toLocaleString('en')} lines (year ${YEAR}), loaded (multi-row INSERT … SELECT unnest) in ${loadSeconds.toFixed(1)} s
- Runs: median of ${RUNS}${FACTOR === 1 ? ` (PDF: ${PDF_RUNS})` : ''} after ${WARMUPS_MIN}–${WARMUPS_MAX} warm-ups (until ${WARMUP_MS / 1000} s), scenarios in the order (c), (a), (b)${FACTOR <= 2 ? ', (b′)' : ''}${FACTOR === 1 ? ', (d), (d′), (e), (e′), (f) demo' : ''}, (f) largest; memory sampled every 2 ms during the
  runs: peak RSS of the process (cumulative: RSS rarely shrinks) and peak heap growth over the heap left after a full GC
- Load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min) — the machine is shared; read medians with that in mind

${printed}

Targets:
${verdict.map((v) => `- ${v}`).join('\n')}
${END}`;
  const current = await readFile(file, 'utf8').catch(() => '');
  const from = current.indexOf(BEGIN);
  const to = current.indexOf(END);
  const doc =
    from >= 0 && to > from
      ? `${current.slice(0, from)}${block}${current.slice(to + END.length)}`
      : current
        ? `${current.trimEnd()}\n\n${block}\n`
        : `# Benchmarks\n\n\`npm run bench\` (scripts/bench.ts) rewrites the block below; the text around it is kept.\n\n${block}\n`;
  await writeFile(file, doc);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
