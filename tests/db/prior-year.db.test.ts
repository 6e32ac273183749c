// 上年数 on real PostgreSQL: once 045's 2023 budget is accepted (its snapshot frozen), 2024 takes
// its 上年数 from it, exact in 元, and says so; the leader can no longer type them for 2024. For
// 2023 (no accepted 2022) the leader's entries apply, with an optimistic version and an audit row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toWanYuan } from '@/lib/budget/money';
import { loadDepartmentBudget } from '@/lib/db/budget-repository';
import { disconnect } from '@/lib/db/client';
import { execute } from '@/lib/services/operation';
import { putPriorYear } from '@/lib/services/prior-year';
import { freezeReport } from '@/lib/services/publish';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { signedInAs, useDatabase } from './support/service-user';

let db: TestDatabase;
const figures = (over: Record<string, string | null> = {}) => ({
  totalIncome: '10000000.00',
  totalExpenditure: '10000000.00',
  generalPublicCurrent: '9000000.00',
  abroad: '0.00',
  reception: '4000.00',
  vehiclePurchase: null,
  vehicleOperation: '45000.00',
  organOperating: '500000.00',
  ...over,
});

beforeAll(async () => {
  db = await createTestDatabase({ demo: true, label: 'prior_year' });
  await useDatabase(db);
});
afterAll(async () => {
  await disconnect();
  await db?.drop();
});

describe('entered 上年数 (no accepted previous year)', () => {
  it('the leader replaces them at the current version; the 情况说明 compares with them; audited', async () => {
    const leader = await signedInAs(db, 'lingdao');
    const row = await db.prisma.priorYearFigures.findFirstOrThrow({ where: { year: 2023 } });
    const saved = await execute(putPriorYear, leader, { year: 2023, version: row.version, figures: figures() });
    expect(saved.figures).toMatchObject({ totalIncome: '10000000.00', vehiclePurchase: null, organOperating: '500000.00' });
    await expect(execute(putPriorYear, leader, { year: 2023, version: row.version, figures: figures() })).rejects.toMatchObject({ status: 409 });

    const budget = await loadDepartmentBudget(db.prisma, '045', 2023);
    expect(budget?.priorYearSource?.sources).toMatchObject({ totalIncome: 'ENTERED', vehiclePurchase: null, organOperating: 'ENTERED' });
    expect(budget?.priorYear.totalIncome?.toFixed(2)).toBe('10000000.00');
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { kind: 'PRIOR_YEAR_UPDATE' } });
    expect(audit).toMatchObject({ year: 2023, actorName: '审批局领导', after: expect.objectContaining({ version: row.version + 1 }) });
  });

  it('an accountant may not enter them, and bad amounts are refused in Chinese', async () => {
    await expect(execute(putPriorYear, await signedInAs(db, 'caiwu'), { year: 2023, figures: figures() })).rejects.toMatchObject({ status: 403 });
    await expect(execute(putPriorYear, await signedInAs(db, 'lingdao'), { year: 2023, version: 2, figures: figures({ reception: '-1' }) })).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('上年公务接待费'),
    });
  });
});

describe('上年数 from the accepted previous year', () => {
  it('2024 takes 2023’s own figures, exact in 元, and names the source', async () => {
    const department = await db.prisma.department.findUniqueOrThrow({ where: { code: '045' } });
    await db.prisma.$transaction((tx) => freezeReport(tx, department, 2023), { timeout: 30_000 });
    const budget = await loadDepartmentBudget(db.prisma, '045', 2024);
    expect(budget?.priorYearSource?.publishedYear).toBe(2023);
    expect(Object.values(budget?.priorYearSource?.sources ?? {})).toEqual(Array(8).fill('PUBLISHED'));
    const prior = budget!.priorYear;
    expect(prior.totalIncome?.toFixed(2)).toBe('11856970.06'); // the demo lines' exact sum (1,185.70 万元)
    // The example's published 万元 figures (tests/fixtures/example-2023.ts): 一般公共预算当年拨款 1,069.78, 接待 0.36, 车辆运行 4.50, 机关运行 57.48.
    expect(toWanYuan(prior.generalPublicCurrent!).toFixed(2)).toBe('1069.78');
    expect(toWanYuan(prior.threePublic.reception!).toFixed(2)).toBe('0.36');
    expect(toWanYuan(prior.threePublic.vehicleOperation!).toFixed(2)).toBe('4.50');
    expect(toWanYuan(prior.organOperating!).toFixed(2)).toBe('57.48');
  });

  it('the leader can no longer type 2024’s 上年数', async () => {
    await expect(execute(putPriorYear, await signedInAs(db, 'lingdao'), { year: 2024, figures: figures() })).rejects.toMatchObject({
      status: 409,
      message: '上年数取自2023年度批复的部门预算，不能手工填报',
    });
  });
});
