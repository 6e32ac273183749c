/**
 * npm run report -- --department <code> --year <yyyy> [--unit wanyuan|yuan] --format json|html|xlsx|pdf
 *                   [--document report|checks] [--out <file>]
 *
 * Prints one department-year's 部门预算公开报告 as the app shows it (lib/services/report.ts: the
 * published snapshot once the year is accepted, the live report otherwise), read from the database named by DATABASE_URL or,
 * when it is unset, from the embedded PGlite database in ${DATA_DIR:-.data}/pglite (which must
 * not be open in a running app at the same time). JSON and HTML go to stdout unless --out;
 * xlsx and pdf need --out. `--document checks` prints the internal 勾稽校验报告 (html or pdf)
 * instead of the 部门预算公开报告. PDF uses the system Chromium (lib/export/pdf.ts).
 *
 * Exit codes: 0 written; 2 no such department or year (one line on stderr); 64 bad arguments;
 * 1 anything else (database unreachable, data directory in use …).
 */
import { withCliDatabase } from './cli/database';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createPrisma, describeDbError } from '../lib/db/client';
import { renderChecksHtml } from '../lib/export/checks';
import { renderReportHtml } from '../lib/export/html';
import { closePdfBrowser, renderChecksPdf, renderReportPdf } from '../lib/export/pdf';
import { renderReportXlsx } from '../lib/export/xlsx';
import { loadDepartmentReport, notFoundMessage } from '../lib/services/report';

const USAGE =
  '用法 usage: npm run report -- --department <code> --year <yyyy> [--unit wanyuan|yuan] --format json|html|xlsx|pdf [--document report|checks] [--out <file>]';

const EXIT_NOT_FOUND = 2;
const EXIT_USAGE = 64;

class UsageError extends Error {}

const Options = z
  .object({
    department: z.string().regex(/^\d{1,10}$/, '--department 应为部门代码（数字），如 045'),
    year: z.string().regex(/^\d{4}$/, '--year 应为四位年份，如 2023').transform(Number),
    unit: z.enum(['wanyuan', 'yuan']).default('wanyuan'),
    format: z.enum(['json', 'html', 'xlsx', 'pdf'], { message: '--format 应为 json、html、xlsx 或 pdf' }),
    document: z.enum(['report', 'checks'], { message: '--document 应为 report 或 checks' }).default('report'),
    out: z.string().min(1).optional(),
  })
  .refine((o) => (o.format !== 'xlsx' && o.format !== 'pdf') || o.out !== undefined, { message: '--format xlsx/pdf 需要 --out <文件>' })
  .refine((o) => o.document === 'report' || o.format === 'html' || o.format === 'pdf', { message: '--document checks 只支持 --format html 或 pdf' });

type Options = z.infer<typeof Options>;

function parseOptions(argv: string[]): Options {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        department: { type: 'string' },
        year: { type: 'string' },
        unit: { type: 'string' },
        format: { type: 'string' },
        document: { type: 'string' },
        out: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const parsed = Options.safeParse(values);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? `--${first.path.join('.')}: ` : '';
    throw new UsageError(`${where}${first?.message ?? 'invalid arguments'}`);
  }
  return parsed.data;
}

/** A database error as one line naming the server (not a driver stack trace). */
class DatabaseError extends Error {}

/** `work` on the tool's database; any database error becomes one line naming the server. */
function withDatabaseUrl<T>(work: (url: string, poolMax: number) => Promise<T>): Promise<T> {
  return withCliDatabase(async (url, poolMax) => {
    try {
      return await work(url, poolMax);
    } catch (err) {
      throw new DatabaseError(describeDbError(err, url));
    }
  });
}

async function output(options: Options, content: string | Uint8Array): Promise<void> {
  if (options.out) {
    await writeFile(options.out, content);
    process.stderr.write(`已写入 ${options.out}\n`);
  } else {
    process.stdout.write(content);
  }
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  const request = {
    departmentCode: options.department,
    year: options.year,
    unit: options.unit === 'yuan' ? ('元' as const) : ('万元' as const),
  };
  const report = await withDatabaseUrl(async (url, max) => {
    const prisma = createPrisma(url, { max });
    try {
      return await loadDepartmentReport(prisma, request); // the system entry: no session, no scope
    } finally {
      await prisma.$disconnect();
    }
  });
  if (!report) {
    process.stderr.write(`${notFoundMessage(request)}\n`);
    return EXIT_NOT_FOUND;
  }
  const checks = options.document === 'checks';
  if (options.format === 'json') await output(options, `${JSON.stringify(report, null, 2)}\n`);
  else if (options.format === 'html') await output(options, checks ? renderChecksHtml(report) : renderReportHtml(report));
  else if (options.format === 'xlsx') await output(options, await renderReportXlsx(report));
  else {
    try {
      await output(options, checks ? await renderChecksPdf(report) : await renderReportPdf(report));
    } finally {
      await closePdfBrowser();
    }
  }
  return 0;
}

// `… | head` closes the pipe early: that is the reader's choice, not a failure.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n${USAGE}\n`);
      process.exitCode = EXIT_USAGE;
      return;
    }
    process.stderr.write(`生成报告失败 report failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
