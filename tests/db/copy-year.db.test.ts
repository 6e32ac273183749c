// 复制上年预算 on real PostgreSQL, demo 045 from 2023 into 2024: basic lines and the 经常性项目 (with
// its 绩效目标申报表 and lines) are copied, one-off projects and codes missing from 2024 are listed
// and left out; a target with data is refused unless replacing is confirmed; audited per unit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disconnect } from '@/lib/db/client';
import { copyYearBudget } from '@/lib/services/copy-year';
import { execute } from '@/lib/services/operation';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { signedInAs, useDatabase } from './support/service-user';

let db: TestDatabase;
let recurring: { id: string; name: string; indicators: number };
let removedCode: string;
const UNIT = 'u-045001';

/** Count and sum (元, exact text) of rows, by SQL independent of the code under test. */
async function sql(query: string, ...params: unknown[]): Promise<{ n: number; total: string }> {
  const rows = await db.prisma.$queryRawUnsafe<{ n: bigint; total: string }[]>(query, ...params);
  return { n: Number(rows[0]!.n), total: rows[0]!.total };
}

beforeAll(async () => {
  db = await createTestDatabase({ demo: true, label: 'copy_year' });
  await useDatabase(db);
  // Make one project with a form 经常性; drop from 2024 one 功能分类 项 that a basic line of the unit uses.
  const project = await db.prisma.project.findFirstOrThrow({ where: { unitId: UNIT, year: 2023, performanceForm: { isNot: null } }, include: { performanceForm: { include: { indicators: true } } }, orderBy: { sortOrder: 'asc' } });
  await db.prisma.project.update({ where: { id: project.id }, data: { attribute: 'RECURRING' } });
  recurring = { id: project.id, name: project.name, indicators: project.performanceForm!.indicators.length };
  // A basic line on 2010309 参事事务, a code that 2024 no longer has.
  removedCode = '2010309';
  await db.prisma.budgetLine.create({
    data: { year: 2023, unitId: UNIT, functionalCode: removedCode, deptEconCode: '30201', kind: 'BASIC', fundingSource: 'GENERAL_PUBLIC', amountYuan: '1234.56' },
  });
  await db.prisma.functionalCode.delete({ where: { year_code: { year: 2024, code: removedCode } } });
});
afterAll(async () => {
  await disconnect();
  await db?.drop();
});

const expectedLines = () =>
  sql(
    `SELECT count(*) AS n, coalesce(sum("amountYuan"), 0)::text AS total FROM "BudgetLine"
     WHERE "unitId" = $1 AND year = 2023 AND NOT carryover AND "functionalCode" <> $2 AND (kind = 'BASIC' OR "projectId" = $3)`,
    UNIT,
    removedCode,
    recurring.id,
  );
const linesOf2024 = () => sql(`SELECT count(*) AS n, coalesce(sum("amountYuan"), 0)::text AS total FROM "BudgetLine" WHERE "unitId" = $1 AND year = 2024`, UNIT);

describe('复制上年预算', () => {
  it('copies basic lines and the 经常性项目 with its form; lists what it leaves out', async () => {
    const caiwu = await signedInAs(db, 'caiwu');
    const result = await execute(copyYearBudget, caiwu, { toYear: 2024, unitId: UNIT, amounts: 'KEEP' });
    const expected = await expectedLines();
    expect(expected.n).toBeGreaterThan(0);
    expect(await linesOf2024()).toEqual(expected);
    const [unit] = result.units;
    expect(unit).toMatchObject({ lines: expected.n, projects: 1, totalYuan: expected.total });
    expect(unit!.skipped).toContainEqual({ what: `明细行 ${removedCode}/30201 1,234.56元`, reason: `功能分类科目 ${removedCode} 在2024年度不存在` });
    const oneOff = await db.prisma.project.count({ where: { unitId: UNIT, year: 2023, attribute: 'ONE_OFF' } });
    expect(oneOff).toBeGreaterThan(0);
    expect(unit!.skipped.filter((s) => s.reason === '一次性项目不复制')).toHaveLength(oneOff);
    const copied = await db.prisma.project.findFirstOrThrow({ where: { unitId: UNIT, year: 2024 }, include: { performanceForm: { include: { indicators: true } } } });
    expect(copied).toMatchObject({ name: recurring.name, attribute: 'RECURRING' });
    expect(copied.id).not.toBe(recurring.id);
    expect(copied.performanceForm?.indicators).toHaveLength(recurring.indicators);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { kind: 'BUDGET_COPY', unitId: UNIT } });
    expect(audit).toMatchObject({ year: 2024, actorName: '审批局财务', reason: '复制2023年度预算' });
  });

  it('refuses a target that already has data unless replacing is confirmed; ZERO keeps the rows at 0', async () => {
    const caiwu = await signedInAs(db, 'caiwu');
    const before = await linesOf2024();
    await expect(execute(copyYearBudget, caiwu, { toYear: 2024, unitId: UNIT, amounts: 'ZERO' })).rejects.toMatchObject({ status: 409, message: expect.stringContaining('替换已有数据') });
    expect(await linesOf2024()).toEqual(before);
    await execute(copyYearBudget, caiwu, { toYear: 2024, unitId: UNIT, amounts: 'ZERO', replace: true });
    expect(await linesOf2024()).toEqual({ n: before.n, total: '0.00' });
    const form = await db.prisma.performanceForm.findFirstOrThrow({ where: { project: { unitId: UNIT, year: 2024 } } });
    expect(form.annualTotal.toFixed(2)).toBe('0.00');
    expect(await db.prisma.project.count({ where: { unitId: UNIT, year: 2024 } })).toBe(1);
  });

  it('the accountant may not copy another unit or the department; the leader copies the whole department', async () => {
    const caiwu = await signedInAs(db, 'caiwu');
    await expect(execute(copyYearBudget, caiwu, { toYear: 2024, unitId: 'u-045002', amounts: 'KEEP' })).rejects.toMatchObject({ status: 403 });
    await expect(execute(copyYearBudget, caiwu, { toYear: 2024, departmentCode: '045', amounts: 'KEEP' })).rejects.toMatchObject({ status: 403 });
    const leader = await signedInAs(db, 'lingdao');
    const result = await execute(copyYearBudget, leader, { toYear: 2024, departmentCode: '045', amounts: 'KEEP', replace: true });
    expect(result.units.map((u) => u.unitId).sort()).toEqual(['u-045001', 'u-045002', 'u-045003']);
    expect(await db.prisma.auditLog.count({ where: { kind: 'BUDGET_COPY' } })).toBe(2 + 3);
  });
});
