/**
 * npm run check -- --department <code> --year <yyyy> [--format text|json]
 *
 * Runs the rule catalogue (lib/budget/rules) over one department-year with that year's rule
 * settings, against DATABASE_URL or, when it is unset, the embedded PGlite database in
 * ${DATA_DIR:-.data}/pglite (not open in a running app at the same time). Prints every finding:
 * rule id, severity, where, message, and both sides in 元 for equations.
 *
 * Exit codes: 1 a FATAL (致命) finding is open, or anything failed; 0 none is; 2 no such
 * department or year; 64 bad arguments.
 */
import { withCliDatabase } from './cli/database';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ruleDefinition, SEVERITY_LABEL, SEVERITIES, type Finding } from '../lib/budget/rules';
import { createPrisma, describeDbError } from '../lib/db/client';
import { departmentFindings } from '../lib/services/checks';

const USAGE = '用法 usage: npm run check -- --department <code> --year <yyyy> [--format text|json]';
const EXIT_FATAL = 1;
const EXIT_NOT_FOUND = 2;
const EXIT_USAGE = 64;

class UsageError extends Error {}

const Options = z.object({
  department: z.string({ error: '缺少 --department' }).regex(/^\d{1,10}$/, '--department 应为部门代码（数字），如 045'),
  year: z.string({ error: '缺少 --year' }).regex(/^\d{4}$/, '--year 应为四位年份，如 2023').transform(Number),
  format: z.enum(['text', 'json'], { message: '--format 应为 text 或 json' }).default('text'),
});

function parseOptions(argv: string[]): z.infer<typeof Options> {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({ args: argv, options: { department: { type: 'string' }, year: { type: 'string' }, format: { type: 'string' } }, strict: true }));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const parsed = Options.safeParse(values);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? 'invalid arguments');
  return parsed.data;
}

interface Result {
  department: { code: string; name: string };
  findings: Finding[];
}

async function evaluate(url: string, max: number, code: string, year: number): Promise<Result | null> {
  const prisma = createPrisma(url, { max });
  try {
    const department = await prisma.department.findUnique({ where: { code }, select: { code: true, name: true } });
    const findings = department ? await departmentFindings(prisma, code, year) : null;
    return department && findings ? { department, findings } : null;
  } catch (err) {
    throw new Error(describeDbError(err, url));
  } finally {
    await prisma.$disconnect();
  }
}

function run(code: string, year: number): Promise<Result | null> {
  return withCliDatabase((url, poolMax) => evaluate(url, poolMax, code, year));
}

function text(result: Result, year: number): string {
  const count = Object.fromEntries(SEVERITIES.map((s) => [s, result.findings.filter((f) => f.severity === s).length]));
  const head = `${result.department.code} ${result.department.name} ${year}年度审核结果：致命 ${count.FATAL} 项，警告 ${count.WARN} 项，提示 ${count.INFO} 项`;
  const body = result.findings.map((f) => {
    const lines = [`[${SEVERITY_LABEL[f.severity]} ${f.severity}] ${f.ruleId} ${ruleDefinition(f.ruleId)?.name ?? ''}`, `  位置：${f.where}`, `  说明：${f.message}`];
    if (f.left !== null && f.right !== null) lines.push(`  左边：${f.left} 元    右边：${f.right} 元`);
    return lines.join('\n');
  });
  return [head, ...body].join('\n\n') + '\n';
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  const result = await run(options.department, options.year);
  if (!result) {
    process.stderr.write(`没有部门 ${options.department} 或预算年度 ${options.year}\n`);
    return EXIT_NOT_FOUND;
  }
  const fatal = result.findings.some((f) => f.severity === 'FATAL');
  if (options.format === 'json') {
    const findings = result.findings.map((f) => ({ ...f, ruleName: ruleDefinition(f.ruleId)?.name ?? f.ruleId }));
    process.stdout.write(`${JSON.stringify({ department: result.department, year: options.year, fatal, findings }, null, 2)}\n`);
  } else {
    process.stdout.write(text(result, options.year));
  }
  return fatal ? EXIT_FATAL : 0;
}

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
    process.stderr.write(`审核失败 check failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
