/**
 * npm run import -- --year <yyyy> --file <budget.xlsx|lines.csv> [--dry-run]
 *
 * Loads a workbook (format: README.md「导入导出工作簿」) into the database named by DATABASE_URL
 * or, when it is unset, the embedded PGlite database in ${DATA_DIR:-.data}/pglite (not open in a
 * running app at the same time). Audited as 系统导入. --dry-run checks everything and prints the
 * summary without writing.
 *
 * Exit codes: 0 imported (or checked) with a summary on stdout; 1 the file has errors (every row
 * error on stderr, NOTHING written) or anything else failed; 2 no --file/--year, the file does not
 * exist, or the year is not in the database; 64 other bad arguments.
 */
import { withCliDatabase } from './cli/database';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPrisma, describeDbError } from '../lib/db/client';
import { AppError } from '../lib/errors';
import { runImport, type ImportResult } from '../lib/services/workbook-import';
import { formatImportSummary } from '../lib/workbook/summary-text';
import { readUpload } from '../lib/workbook/read';
import { WorkbookFileError } from '../lib/workbook/types';

const USAGE = '用法 usage: npm run import -- --year <yyyy> --file <budget.xlsx> [--dry-run]';
const EXIT_ERRORS = 1;
const EXIT_MISSING = 2;
const EXIT_USAGE = 64;

class Exit extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

function parseOptions(argv: string[]) {
  let values: { year?: string; file?: string; 'dry-run'?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { year: { type: 'string' }, file: { type: 'string' }, 'dry-run': { type: 'boolean' } }, strict: true, allowPositionals: false }));
  } catch (err) {
    throw new Exit(EXIT_USAGE, `${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
  }
  if (!values.file) throw new Exit(EXIT_MISSING, `缺少 --file <文件>\n${USAGE}`);
  if (!values.year) throw new Exit(EXIT_MISSING, `缺少 --year <年度>\n${USAGE}`);
  if (!/^\d{4}$/.test(values.year)) throw new Exit(EXIT_USAGE, `--year 应为四位年份，如 2024\n${USAGE}`);
  return { year: Number(values.year), file: values.file, dryRun: values['dry-run'] === true };
}

/** `work` on the tool's database; a database error exits 1 with one line naming the server. */
function withDatabase<T>(work: (url: string, poolMax: number) => Promise<T>): Promise<T> {
  return withCliDatabase(async (url, poolMax) => {
    try {
      return await work(url, poolMax);
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new Exit(EXIT_ERRORS, `导入失败 import failed: ${describeDbError(err, url)}`);
    }
  });
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  let content: Buffer;
  try {
    content = await readFile(options.file);
  } catch {
    throw new Exit(EXIT_MISSING, `文件不存在或无法读取：${options.file}`);
  }
  let read;
  try {
    read = await readUpload(content, options.file);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new Exit(EXIT_ERRORS, `${options.file}：${error.message}\n未写入任何数据`);
    throw error;
  }
  const started = Date.now();
  let result: ImportResult;
  try {
    result = await withDatabase(async (url, max) => {
      const prisma = createPrisma(url, { max });
      try {
        const request = { year: options.year, fileName: path.basename(options.file), dryRun: options.dryRun, read };
        return await runImport(prisma, { actor: { id: null, name: '系统导入', ip: null }, reach: { kind: 'county' } }, request);
      } finally {
        await prisma.$disconnect();
      }
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw new Exit(EXIT_MISSING, error.message);
    if (error instanceof AppError) throw new Exit(EXIT_ERRORS, `${error.message}\n未写入任何数据`);
    throw error;
  }
  for (const warning of result.warnings) process.stderr.write(`警告：${warning}\n`);
  if (!result.ok) {
    for (const error of result.errors) process.stderr.write(`${error}\n`);
    process.stderr.write(`共 ${result.errors.length} 处错误，未写入任何数据\n`);
    return EXIT_ERRORS;
  }
  process.stdout.write(`${formatImportSummary(result.summary)}\n`);
  process.stderr.write(`用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof Exit) {
      process.stderr.write(`${err.message}\n`);
      process.exitCode = err.code;
      return;
    }
    process.stderr.write(`导入失败 import failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = EXIT_ERRORS;
  },
);
