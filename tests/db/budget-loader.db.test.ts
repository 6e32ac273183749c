// Real PostgreSQL: the two-statement loadDepartmentBudget (issue 13, third round) returns exactly
// what the previous loader of twelve Prisma queries returned (kept as the oracle in
// tests/db/support/budget-by-queries.ts): the same keys in the same order, the same exact amounts,
// the same orderings, for the demo department (projects with 绩效目标 and indicators, 政府采购,
// 上年数, 情况说明), with carry-over lines, a 政府经济 override and change reasons added, for a
// second department beside it, for a year whose 上年数 come from the published previous year, and
// for the unknown cases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DepartmentBudget } from '@/lib/budget/types';
import { loadDepartmentBudget } from '@/lib/db/budget-repository';
import { freezeReport } from '@/lib/services/publish';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { loadDepartmentBudgetByQueries } from './support/budget-by-queries';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true, label: 'budget_loader' });
});
afterAll(async () => {
  await db?.drop();
});

/** Both loaders on the same data: equal as values, and equal as JSON text (key order, amounts as their exact strings). */
async function expectSame(code: string, year: number): Promise<DepartmentBudget | null> {
  const [loaded, oracle] = await Promise.all([loadDepartmentBudget(db.prisma, code, year), loadDepartmentBudgetByQueries(db.prisma, code, year)]);
  expect(loaded).toEqual(oracle);
  expect(JSON.stringify(loaded)).toBe(JSON.stringify(oracle));
  return loaded;
}

describe('loadDepartmentBudget (two statements) against the previous loader', () => {
  it('reads the demo department exactly as before', async () => {
    const budget = await expectSame('045', 2023);
    expect(budget?.lines.length).toBe(69);
    expect(budget?.projects.some((p) => p.performanceForm && p.performanceForm.indicators.length > 0)).toBe(true);
    expect(budget?.procurement.some((e) => e.projectId !== null)).toBe(true);
    expect(budget?.narrativeSections?.length).toBeGreaterThan(0);
  });

  it('with carry-over lines, a 政府经济 override, change reasons and a second department', async () => {
    const department = await db.prisma.department.findUniqueOrThrow({ where: { code: '045' } });
    const project = await db.prisma.project.findFirstOrThrow({ where: { id: 'p-citizenCentreUpgrade' } });
    const govEcon = await db.prisma.govEconCode.findFirstOrThrow({ where: { year: 2023, code: { startsWith: '502' } }, orderBy: { code: 'desc' } });
    const base = { year: 2023, unitId: project.unitId, functionalCode: '2010306', fundingSource: 'GENERAL_PUBLIC' as const };
    await db.prisma.budgetLine.createMany({
      data: [
        { ...base, id: 'l-loader-1', deptEconCode: '31007', kind: 'PROJECT', projectId: project.id, carryover: true, amountYuan: '12345.67' },
        { ...base, id: 'l-loader-2', deptEconCode: '30201', kind: 'BASIC', projectId: null, carryover: true, amountYuan: '0.10', govEconOverride: govEcon.code },
        { ...base, id: 'l-loader-3', deptEconCode: '30201', kind: 'BASIC', projectId: null, amountYuan: '100.00', createdAt: new Date('2020-01-01T00:00:00Z') },
      ],
    });
    await db.prisma.changeReason.createMany({
      data: [
        { departmentId: department.id, year: 2023, subject: 'threePublic:reception', text: '接待任务减少' },
        { departmentId: department.id, year: 2023, subject: 'functional:2010306', text: '新增项目“中心改造”' },
      ],
    });
    const other = await db.prisma.department.create({ data: { code: '046', name: '测试第二部门', region: '柳林县' } });
    const unit = await db.prisma.unit.create({
      data: { departmentId: other.id, code: '046001', name: '测试第二部门本级', type: 'ADMINISTRATIVE', govEconCategory: 'ORGAN', sortOrder: 1 },
    });
    await db.prisma.project.create({ data: { id: 'p-loader', year: 2023, unitId: unit.id, name: '第二部门项目', attribute: 'RECURRING' } });
    await db.prisma.budgetLine.create({
      data: { ...base, id: 'l-loader-4', unitId: unit.id, deptEconCode: '31007', kind: 'PROJECT', projectId: 'p-loader', amountYuan: '5000.00' },
    });
    await db.prisma.procurementEntry.create({ data: { year: 2023, unitId: unit.id, projectId: 'p-loader', category: 'GOODS', itemName: '办公设备', amountYuan: '4999.99' } });
    await db.prisma.changeReason.create({ data: { departmentId: other.id, year: 2023, subject: 'functional:2010306', text: '第二部门' } });

    const budget = await expectSame('045', 2023);
    expect(budget?.lines.filter((l) => l.carryover).map((l) => l.id)).toEqual(expect.arrayContaining(['l-loader-1', 'l-loader-2']));
    expect(budget?.lines[0]?.id).toBe('l-loader-3'); // entry order: the earliest createdAt first
    expect(budget?.lines.find((l) => l.id === 'l-loader-2')?.govEconOverride).toBe(govEcon.code);
    expect(Object.keys(budget?.changeReasons ?? {})).toEqual(['functional:2010306', 'threePublic:reception']);
    expect(budget?.lines.some((l) => l.id === 'l-loader-4')).toBe(false);

    const second = await expectSame('046', 2023);
    expect(second?.lines.map((l) => l.id)).toEqual(['l-loader-4']);
    expect(second?.procurement.map((e) => e.amountYuan.toFixed(2))).toEqual(['4999.99']);
    expect(second?.changeReasons).toEqual({ 'functional:2010306': '第二部门' });
  });

  it('takes the 上年数 from the published previous year exactly as before', async () => {
    const department = await db.prisma.department.findUniqueOrThrow({ where: { code: '045' } });
    await db.prisma.$transaction((tx) => freezeReport(tx, department, 2023), { timeout: 30_000 });
    const budget = await expectSame('045', 2024);
    expect(budget?.priorYearSource?.publishedYear).toBe(2023);
    expect(Object.keys(budget?.priorFunctional ?? {}).length).toBeGreaterThan(0);
    await expectSame('045', 2023);
  });

  it('an empty year, an unknown year and an unknown department', async () => {
    const empty = await expectSame('045', 2022);
    expect(empty?.lines).toEqual([]);
    expect(empty?.units.length).toBe(3);
    expect(await expectSame('045', 2031)).toBeNull();
    expect(await expectSame('999', 2023)).toBeNull();
  });
});
