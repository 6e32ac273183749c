// Real PostgreSQL: `npm run report` is a separate process that reads the database named by
// DATABASE_URL through the whole stack (Prisma adapter, loadDepartmentBudget, derivation,
// rendering), and its contract is its exit code and its output streams — only running the
// command against a seeded database shows them.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RenderedReport } from '@/lib/budget/report-wire';
import { createTestDatabase, type TestDatabase } from '../helpers/db';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let db: TestDatabase;
let outDir: string;

function report(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      ['scripts/report.ts', ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: db.url }, maxBuffer: 64 * 2 ** 20 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

beforeAll(async () => {
  db = await createTestDatabase({ demo: true, label: 'report_cmd' });
  outDir = await mkdtemp(path.join(tmpdir(), 'report-cmd-'));
});
afterAll(async () => {
  await db?.drop();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('npm run report', () => {
  it('prints the department-year as JSON with 13 tables', async () => {
    const run = await report(['--department', '045', '--year', '2023', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const wire = JSON.parse(run.stdout) as RenderedReport;
    expect(wire.department.code).toBe('045');
    expect(wire.department.name).toBe('柳林县行政审批服务管理局');
    expect(wire.year).toBe(2023);
    expect(wire.amountUnit).toBe('万元');
    expect(wire.tables.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    const table3 = wire.tables[2];
    expect(table3?.sections[0]?.rows[0]?.values).toEqual(['1185.70', '731.78', '453.92']);
  }, 60_000);

  it('writes 元 figures and an xlsx file with --out', async () => {
    const file = path.join(outDir, 'report.xlsx');
    const run = await report(['--department', '045', '--year', '2023', '--unit', 'yuan', '--format', 'xlsx', '--out', file]);
    expect(run.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    const bytes = await readFile(file);
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const wire = JSON.parse((await report(['--department', '045', '--year', '2023', '--format', 'json'])).stdout) as RenderedReport;
    // 概况, 表1–13, 情况说明, one sheet per 绩效目标申报表, 名词解释 (no 尾差说明 in 元: every cell is exact).
    expect(wb.worksheets).toHaveLength(1 + 13 + 1 + wire.performanceForms.length + 1);
    const sheet = wb.getWorksheet('表3 预算支出总表');
    expect(sheet?.getCell(2, 1).value).toBe('2023年预算支出总表');
    expect(sheet?.getCell(3, 5).value).toBe('单位：元'); // 科目编码, 科目名称, 合计, 基本支出, 项目支出
    const total = sheet?.getCell(6, 3); // title rows, one header row, then the 合计 row
    expect(sheet?.getCell(6, 2).value).toBe('合计');
    expect(total?.numFmt).toBe('0.00');
    expect(typeof total?.value).toBe('number');
  }, 60_000);

  it('exits 2 with one line on stderr for an unknown department or year', async () => {
    for (const args of [
      ['--department', '999', '--year', '2023'],
      ['--department', '045', '--year', '1999'],
    ]) {
      const run = await report([...args, '--format', 'json']);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^未找到部门 \d{3} 或 \d{4} 年度数据/);
    }
  }, 60_000);

  it('refuses bad arguments with the usage and exit code 64', async () => {
    const run = await report(['--department', '045', '--year', '2023', '--format', 'xlsx']);
    expect(run.code).toBe(64);
    expect(run.stderr).toContain('--format xlsx/pdf 需要 --out');
    const checksAsXlsx = await report(['--department', '045', '--year', '2023', '--format', 'xlsx', '--document', 'checks', '--out', path.join(outDir, 'x.xlsx')]);
    expect(checksAsXlsx.code).toBe(64);
    expect(checksAsXlsx.stderr).toContain('--document checks 只支持 --format html 或 pdf');
  }, 60_000);

  it('writes the PDF of the report and of the 勾稽校验报告 with --format pdf', async () => {
    const file = path.join(outDir, 'report.pdf');
    const run = await report(['--department', '045', '--year', '2023', '--format', 'pdf', '--out', file]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`已写入 ${file}`);
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const checks = path.join(outDir, 'checks.pdf');
    const second = await report(['--department', '045', '--year', '2023', '--format', 'pdf', '--document', 'checks', '--out', checks]);
    expect(second.code).toBe(0);
    expect((await readFile(checks)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 120_000);
});
