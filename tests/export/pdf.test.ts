/**
 * The PDF of the demo department's report, made by the real system Chromium and read back with
 * poppler (pdfinfo, pdftotext, pdftoppm). Page 1 is kept as test-artifacts/report-page-1.png
 * (gitignored; CI keeps the directory as an artifact).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePdfBrowser, renderChecksPdf, renderReportPdf } from '@/lib/export/pdf';
import { CHECK_ID, demoReport } from './demo-report';

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts', import.meta.url));
const report = demoReport();
let dir: string;
let reportPdf: string;
let checksPdf: string;

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'report-pdf-'));
  reportPdf = path.join(dir, 'report.pdf');
  checksPdf = path.join(dir, 'checks.pdf');
  const [pdf, checks] = await Promise.all([renderReportPdf(report), renderChecksPdf(report)]); // two pages at once share one browser
  writeFileSync(reportPdf, pdf);
  writeFileSync(checksPdf, checks);
}, 120_000);

afterAll(async () => {
  await closePdfBrowser();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('renderReportPdf (demo department 045 / 2023)', () => {
  it('is a PDF of A4 pages, portrait and landscape, within the expected page count', () => {
    const info = run('pdfinfo', [reportPdf]);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    // At least one page each for the cover, 目录, 概况, 情况说明, 名词解释, every table and every
    // 绩效目标申报表 (each starts a page). At most 20 more: the 概况 text, the long 表1/4/6/12 and the
    // forms run onto a second page, but a table or form blown up (one character per line) would not fit.
    const least = 5 + report.tables.length + report.performanceForms.length;
    expect(pages).toBeGreaterThanOrEqual(least);
    expect(pages).toBeLessThanOrEqual(least + 20);
    const sizes = run('pdfinfo', ['-f', '1', '-l', String(pages), reportPdf]).match(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g) ?? [];
    expect(sizes).toHaveLength(pages);
    const dims = sizes.map((s) => s.match(/([\d.]+) x ([\d.]+)/)!.slice(1).map(Number) as [number, number]);
    // A4 is 595 × 842 pt.
    for (const [w, h] of dims) expect([Math.round(Math.min(w, h)), Math.round(Math.max(w, h))]).toEqual([595, 842]);
    expect(dims.some(([w, h]) => w > h)).toBe(true); // wide tables on landscape pages
    expect(dims[0]![0]).toBeLessThan(dims[0]![1]); // the cover is portrait
  });

  it('holds the department name, every table title, the parts and page numbers, and no check id', () => {
    // pdftotext drops or adds spaces around CJK text: compare without whitespace.
    const text = run('pdftotext', ['-raw', reportPdf, '-']).replace(/\s+/g, '');
    expect(text).toContain('柳林县行政审批服务管理局');
    for (const table of report.tables) {
      expect(text).toContain(`预算公开表${table.number}`);
      expect(text).toContain(table.title);
    }
    for (const part of ['目录', '第一部分概况', '第二部分', '第三部分', '第四部分名词解释', '项目支出绩效目标申报表']) expect(text).toContain(part);
    expect(text).toMatch(/第1页\/共\d+页/);
    expect(text).not.toMatch(CHECK_ID);
    expect(text).not.toContain('共校验'); // the 勾稽 findings are the internal document's
  });

  it('has no page holding only a heading: every page after the cover carries content beyond its title', () => {
    const pages = Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [reportPdf]))?.[1]);
    for (let p = 2; p <= pages; p++) {
      const lines = run('pdftotext', ['-f', String(p), '-l', String(p), '-raw', reportPdf, '-'])
        .split('\n')
        .filter((line) => line.trim() !== '' && !/页\s*\/\s*共/.test(line)); // the footer
      // A heading alone is one or two lines; the shortest real pages (an empty table: number, title,
      // 部门名称, header, 合计, 本表无数据) have six.
      expect(lines.length, `page ${p}: ${lines.join(' | ')}`).toBeGreaterThanOrEqual(4);
    }
  });

  it('prints every column label of every table on one line (no column wrapped a character per line)', () => {
    const lines = new Set(run('pdftotext', ['-raw', reportPdf, '-']).split('\n'));
    const text = [...lines].join('\n');
    for (const table of report.tables) {
      for (const section of table.sections) for (const label of section.columns) expect(text, `表${table.number} ${label}`).toContain(label);
    }
  });

  it('renders page 1 (the cover) to PNG for the CI artifacts', () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const prefix = path.join(ARTIFACTS, 'report-page-1');
    run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', reportPdf, prefix]);
    expect(statSync(`${prefix}.png`).size).toBeGreaterThan(5_000);
    copyFileSync(reportPdf, path.join(ARTIFACTS, 'report.pdf'));
  });
});

describe('renderChecksPdf', () => {
  it('is the 勾稽校验报告: both sides of each equation with ✓, no check id', () => {
    const text = run('pdftotext', ['-raw', checksPdf, '-']).replace(/[ \t]+/g, '');
    expect(text).toContain('勾稽校验报告');
    expect(text).toContain('内部文件');
    expect(text).toMatch(/表3「[^」]+」合计\d+\.\d{2}=基本支出\d+\.\d{2}\+项目支出\d+\.\d{2}✓/);
    expect(text).not.toMatch(CHECK_ID);
  });
});
