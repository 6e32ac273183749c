// Real PostgreSQL: `npm run check` is a separate process whose contract is its exit code and its
// output — 0 and two warnings on the demo (a real published report), 1 once a FATAL is open.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

let db: TestDatabase;

function check(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(TSX, ['scripts/check.ts', ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: db.url } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  db = await createTestDatabase({ demo: true, label: 'check_cmd' });
});
afterAll(async () => {
  await db?.drop();
});

describe('npm run check', () => {
  it('the demo department has no FATAL finding: exit 0, its two warnings listed', async () => {
    const run = await check(['--department', '045', '--year', '2023']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('045 柳林县行政审批服务管理局 2023年度审核结果：致命 0 项，警告 2 项，提示 0 项');
    expect(run.stdout).toContain('[警告 WARN] PERF_DUPLICATE 项目重复填报');
    expect(run.stdout).toContain('[警告 WARN] PERF_SATISFACTION_BOUND 满意度指标应设下限');
  });

  it('a form whose 年度资金总额 is one 分 off its lines: exit 1, JSON with both sides in 元', async () => {
    await db.prisma.performanceForm.update({ where: { projectId: 'p-equipmentMaintenance' }, data: { annualTotal: '79999.99', annualCityCounty: '79999.99' } });
    const run = await check(['--department', '045', '--year', '2023', '--format', 'json']);
    expect(run.code, run.stderr).toBe(1);
    const body = JSON.parse(run.stdout) as { fatal: boolean; findings: { ruleId: string; severity: string; left: string | null; right: string | null; where: string }[] };
    expect(body.fatal).toBe(true);
    expect(body.findings.filter((f) => f.severity === 'FATAL')).toEqual([
      expect.objectContaining({ ruleId: 'PERF_FUNDS', left: '79999.99', right: '80000.00', where: '柳林县行政审批服务管理局 › 项目「设备维修及保养费用」 › 绩效目标申报表' }),
    ]);
  });

  it('an unknown department exits 2; missing arguments exit 64 with the usage', async () => {
    expect((await check(['--department', '999', '--year', '2023'])).code).toBe(2);
    const usage = await check(['--department', '045']);
    expect(usage.code).toBe(64);
    expect(usage.stderr).toContain('用法 usage: npm run check');
  });
});
