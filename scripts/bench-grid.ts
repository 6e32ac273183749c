/**
 * npm run bench:grid — the lines grid (预算编制) at 2,000 lines in Chromium. Needs a current build
 * (`npm run build`) and PostgreSQL on 127.0.0.1:5432 (BENCH_ADMIN_URL overrides the server):
 * recreates the database `budget_bench_grid` with the reference codes and the demo department,
 * gives unit 045001 2,000 lines (valid codes of the year, seeded PRNG), starts `next start` on
 * it, signs in as caiwu and measures, BENCH_RUNS (7) times each:
 *   (1) first render: navigation start → the grid's first row in the DOM (server render of 2,000
 *       lines + hydration), and the browser's own domContentLoaded
 *   (2) scroll: frame times while the grid scrolls 240 px per animation frame from top to bottom
 *   (3) keypress → cell editor: keydown of Enter on a cell → the editor in the DOM, and → the next frame
 *   (4) save round trip: Enter in an edited amount cell → the server's answer applied (line.update)
 * Medians go to stdout and into docs/benchmarks.md between the bench-grid markers.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createPrisma, type PrismaClient } from '../lib/db/client';
import { applyMigrations } from '../lib/db/migrate';
import { seedReference } from '../lib/db/seed';
import { seedDemo } from '../lib/db/seed-demo';
import { launchBrowser, newUserContext } from '../tests/e2e/support/browser';
import { Credentials, LoginPage } from '../tests/e2e/pages/LoginPage';
import { connectBench } from './bench/repository';

const LINES = 2000;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const UNIT = 'u-045001';
const YEAR = 2023;
const ROOT = join(import.meta.dirname, '..');
const DATABASE = 'budget_bench_grid';
const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** A fresh database with the reference codes and the demo department 045 / 2023. */
async function freshDatabase(): Promise<{ url: string; prisma: PrismaClient }> {
  const admin = await connectBench(ADMIN_URL);
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DATABASE}`;
  await applyMigrations(url.toString());
  const prisma = createPrisma(url.toString(), { max: 2 });
  await seedReference(prisma);
  await seedDemo(prisma);
  return { url: url.toString(), prisma };
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

/** `next start` of the worktree's build on the database; resolves once /login answers. */
async function startNext(databaseUrl: string): Promise<{ baseUrl: string; stop: () => void }> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: randomBytes(32).toString('hex'), NEXTAUTH_URL: baseUrl },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('next start exited');
    if (await fetch(`${baseUrl}/login`).then((r) => r.ok, () => false)) return { baseUrl, stop: () => child.kill('SIGTERM') };
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  child.kill('SIGTERM');
  throw new Error('next start did not answer within 90 s');
}

/** mulberry32: the same lines on every run. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function firstRender(page: Page): Promise<{ wall: number; dcl: number }> {
  const started = performance.now();
  await page.goto(`/lines?year=${YEAR}`);
  await page.locator('[role=grid] tr[data-line-id]').first().waitFor();
  const wall = performance.now() - started;
  const dcl = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
  return { wall, dcl };
}

/** Frame deltas while scrolling the grid to the bottom, 240 px per frame. */
function scrollFrames(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const grid = document.querySelector<HTMLElement>('[role=grid]')!;
        grid.scrollTop = 0;
        const deltas: number[] = [];
        let last = performance.now();
        const frame = (now: number) => {
          deltas.push(now - last);
          last = now;
          if (grid.scrollTop + grid.clientHeight >= grid.scrollHeight - 1) return resolve(deltas.slice(1));
          grid.scrollTop += 240;
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}

/** Arms in-page probes: keydown time (capture), the time a node matching `selector` appears, and the frame after it. */
async function armProbe(page: Page, selector: string, done: 'added' | 'clean'): Promise<void> {
  await page.evaluate(
    ({ selector, done }) => {
      const w = window as unknown as Record<string, number | undefined>;
      w.__t0 = w.__t1 = w.__t2 = undefined;
      document.addEventListener('keydown', () => (w.__t0 = performance.now()), { capture: true, once: true });
      const grid = document.querySelector('[role=grid]')!;
      const check = () => (done === 'added' ? document.querySelector(selector) !== null : grid.getAttribute('data-dirty') === 'false' && grid.getAttribute('aria-busy') !== 'true');
      const observer = new MutationObserver(() => {
        if (w.__t0 === undefined || !check()) return;
        w.__t1 = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => (w.__t2 = performance.now()));
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    },
    { selector, done },
  );
}

async function probe(page: Page): Promise<{ dom: number; frame: number }> {
  await page.waitForFunction(() => (window as unknown as Record<string, number | undefined>).__t2 !== undefined, undefined, { timeout: 30_000 });
  return page.evaluate(() => {
    const w = window as unknown as Record<string, number>;
    return { dom: w.__t1! - w.__t0!, frame: w.__t2! - w.__t0! };
  });
}

async function main() {
  const db = await freshDatabase();
  const app = await startNext(db.url);
  const browser = await launchBrowser();
  try {
    const reference = await db.prisma.functionalCode.findMany({ where: { year: YEAR }, select: { code: true } });
    const functional = reference.map((c) => c.code).filter((c) => c.length === 7);
    const mapped = await db.prisma.econMapping.findMany({ where: { year: YEAR, category: 'ORGAN', deptEconCode: { startsWith: '30' } }, select: { deptEconCode: true } });
    const econ = mapped.map((m) => m.deptEconCode).filter((c) => !c.startsWith('303'));
    const random = prng(2023);
    await db.prisma.budgetLine.createMany({
      data: Array.from({ length: LINES }, (_, i) => ({
        year: YEAR,
        unitId: UNIT,
        functionalCode: functional[Math.floor(random() * functional.length)]!,
        deptEconCode: econ[Math.floor(random() * econ.length)]!,
        kind: 'BASIC' as const,
        fundingSource: 'GENERAL_PUBLIC' as const,
        amountYuan: (Math.floor(random() * 10_000_000) / 100).toFixed(2),
        note: i % 3 === 0 ? `基准测试行${i + 1}` : null,
      })),
    });
    const total = await db.prisma.budgetLine.count({ where: { unitId: UNIT, year: YEAR } });

    const page = await (await newUserContext(browser, app.baseUrl)).newPage();
    // tsx (esbuild keepNames) wraps named functions in __name(); the page evaluates them too.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await new LoginPage(page, new Credentials()).signIn('caiwu');

    const renders: { wall: number; dcl: number }[] = [];
    for (let i = 0; i < RUNS + 1; i++) renders.push(await firstRender(page));
    renders.shift(); // the first load compiles nothing in production, but warms the server's caches

    const frames: number[] = [];
    for (let i = 0; i < RUNS; i++) frames.push(...(await scrollFrames(page)));

    const editors: { dom: number; frame: number }[] = [];
    const saves: { dom: number; frame: number }[] = [];
    const grid = page.getByRole('grid', { name: '预算明细行' });
    await grid.evaluate((el) => el.scrollTo({ top: 0 }));
    for (let i = 0; i < RUNS; i++) {
      const cell = page.locator('tr[data-line-id]').nth(i + 2).getByRole('gridcell', { name: '金额（元）', exact: true });
      await cell.click();
      await armProbe(page, '[role=grid] input[aria-label="编辑金额（元）"]', 'added');
      await page.keyboard.press('Enter');
      editors.push(await probe(page));
      await page.getByLabel('编辑金额（元）', { exact: true }).fill(`${1000 + i}.5`);
      await armProbe(page, '', 'clean');
      await page.keyboard.press('Enter');
      saves.push(await probe(page));
    }

    const results = {
      lines: total,
      renderWall: median(renders.map((r) => r.wall)),
      renderDcl: median(renders.map((r) => r.dcl)),
      frameMedian: median(frames),
      frameP95: quantile(frames, 0.95),
      frameMax: Math.max(...frames),
      frames: frames.length,
      editorDom: median(editors.map((e) => e.dom)),
      editorFrame: median(editors.map((e) => e.frame)),
      saveDom: median(saves.map((e) => e.dom)),
      saveMax: Math.max(...saves.map((e) => e.dom)),
    };
    console.log(results);
    await writeDocs(results);
  } finally {
    await browser.close();
    app.stop();
    await db.prisma.$disconnect();
  }
}

async function writeDocs(r: Record<string, number>): Promise<void> {
  const [load1, load5, load15] = os.loadavg().map((l) => l.toFixed(1));
  const block = [
    '<!-- bench-grid:begin (written by npm run bench:grid) -->',
    `- Date: ${new Date().toISOString().slice(0, 10)}; ${os.cpus().length} cores, headless Chromium (${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}), \`next start\` (production build), viewport 1440×900`,
    `- Data: the demo department with ${r.lines} lines in unit 045001 (2023); medians of ${RUNS} runs; load average at the end ${load1} / ${load5} / ${load15}`,
    '',
    '| measure | median |',
    '|---|---|',
    `| first render: navigation → first grid row in the DOM (server render + hydration) | ${ms(r.renderWall!)} |`,
    `| first render: the browser's domContentLoaded | ${ms(r.renderDcl!)} |`,
    `| scroll, 240 px per frame top → bottom: frame time (${r.frames} frames) | ${ms(r.frameMedian!)} (p95 ${ms(r.frameP95!)}, max ${ms(r.frameMax!)}) |`,
    `| keypress (Enter) → cell editor in the DOM | ${ms(r.editorDom!)} |`,
    `| keypress (Enter) → next frame with the editor | ${ms(r.editorFrame!)} |`,
    `| save round trip: Enter in an edited amount → line.update answered and applied | ${ms(r.saveDom!)} (max ${ms(r.saveMax!)}) |`,
    '<!-- bench-grid:end -->',
  ].join('\n');
  const path = join(import.meta.dirname, '..', 'docs', 'benchmarks.md');
  const text = await readFile(path, 'utf8');
  const begin = text.indexOf('<!-- bench-grid:begin');
  const end = text.indexOf('<!-- bench-grid:end -->');
  const next = begin >= 0 && end > begin ? text.slice(0, begin) + block + text.slice(end + '<!-- bench-grid:end -->'.length) : `${text.trimEnd()}\n\n## Lines grid at 2,000 lines (\`npm run bench:grid\`)\n\nscripts/bench-grid.ts; not a timed test. The grid draws only the rows in view (components/lines/use-row-window.ts).\n\n${block}\n`;
  await writeFile(path, next);
}

await main();
