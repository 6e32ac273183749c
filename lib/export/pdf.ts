/**
 * PDF of the printable HTML documents (the 部门预算公开报告 and the 勾稽校验报告), made by headless
 * Chromium: the system package (Debian's /usr/bin/chromium, CHROMIUM_PATH overrides it) driven by
 * playwright-core — nothing is ever downloaded. A4 with the CSS page sizes (landscape named pages
 * for wide tables), backgrounds, and 第 n 页 / 共 m 页 in the footer.
 *
 * One browser is launched on first use and shared; at most PDF_MAX_PAGES (default 2) pages render
 * at once, the others wait their turn. The browser closes on process exit (playwright-core kills
 * it on exit/SIGINT/SIGTERM; closePdfBrowser() does it early, for the CLI). When Chromium is missing
 * or cannot start, PdfUnavailableError carries a Chinese message for a 503.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import type { RenderedReport } from '@/lib/budget/report-wire';
import { FONT_STACK } from './html-style';
import { renderReportHtml } from './html';
import { renderChecksHtml } from './checks';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];
const MAX_PAGES = Math.max(1, Number(process.env.PDF_MAX_PAGES ?? 2) || 2);
const RENDER_TIMEOUT_MS = 60_000;

export class PdfUnavailableError extends Error {
  constructor(message = `无法生成PDF：服务器上没有可用的 Chromium（${CHROMIUM_PATH}）。请管理员安装 chromium 和 fonts-noto-cjk 软件包，或设置 CHROMIUM_PATH。`) {
    super(message);
    this.name = 'PdfUnavailableError';
  }
}

let browser: Promise<Browser> | null = null;

function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) return Promise.reject(new PdfUnavailableError());
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true }).catch((err: unknown) => {
    console.error('[budget] Chromium failed to start:', err);
    throw new PdfUnavailableError(`无法生成PDF：Chromium（${CHROMIUM_PATH}）无法启动，请联系管理员。`);
  });
}

/** The shared browser, launched on first use (again after a crash or a failed launch). */
function sharedBrowser(): Promise<Browser> {
  if (!browser) {
    const started = launch();
    browser = started;
    started.then(
      (b) => b.on('disconnected', () => {
        if (browser === started) browser = null;
      }),
      () => {
        if (browser === started) browser = null;
      },
    );
  }
  return browser;
}

/** Close the shared browser (if any); the next PDF launches a new one. */
export async function closePdfBrowser(): Promise<void> {
  const current = browser;
  browser = null;
  if (current) await current.then((b) => b.close()).catch(() => undefined);
}

process.once('beforeExit', () => void closePdfBrowser());

// A counting semaphore: at most MAX_PAGES renders at once.
let active = 0;
const waiting: (() => void)[] = [];

async function withPageSlot<T>(work: () => Promise<T>): Promise<T> {
  if (active >= MAX_PAGES) await new Promise<void>((resolve) => waiting.push(resolve));
  else active += 1;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next(); // the slot passes straight on
    else active -= 1;
  }
}

function footer(note: string): string {
  return `<div style="width:100%;font-size:8pt;font-family:${FONT_STACK.replace(/"/g, "'")};color:#333;text-align:center;">${note}第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页</div>`;
}

/** A complete HTML document as PDF bytes. No request leaves the page (the documents are self-contained). */
export async function htmlToPdf(html: string, { footerNote = '' }: { footerNote?: string } = {}): Promise<Uint8Array> {
  const b = await sharedBrowser();
  return withPageSlot(async () => {
    const context = await b.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load', timeout: RENDER_TIMEOUT_MS });
      const pdf = await page.pdf({
        format: 'A4',
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footer(footerNote),
      });
      return new Uint8Array(pdf);
    } finally {
      await context.close().catch(() => undefined);
    }
  });
}

/** The whole 部门预算公开报告 as PDF (the document of lib/export/html.ts). */
export function renderReportPdf(report: RenderedReport): Promise<Uint8Array> {
  return htmlToPdf(renderReportHtml(report));
}

/** The internal 勾稽校验报告 as PDF (lib/export/checks.ts). */
export function renderChecksPdf(report: RenderedReport): Promise<Uint8Array> {
  return htmlToPdf(renderChecksHtml(report), { footerNote: '内部文件　' });
}
