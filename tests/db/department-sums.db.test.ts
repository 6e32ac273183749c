// Real PostgreSQL: the per-department line sums behind every county-wide view
// (lib/services/department-sums.ts). They must always equal the lines as committed — after a save
// through the operation, after plain SQL from another process — and a write to one department must
// leave the other departments' sums as they were kept (not summed again).
import Decimal from 'decimal.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SignedInUser } from '@/lib/auth/guard';
import { disconnect } from '@/lib/db/client';
import { clearDepartmentSums, departmentTotals, loadDepartmentSums, sumsByKind } from '@/lib/services/department-sums';
import { updateLine } from '@/lib/services/lines';
import { execute } from '@/lib/services/operation';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { signedInAs, useDatabase } from './support/service-user';

let db: TestDatabase;
let accountant: SignedInUser;
let ours: string;
let other: string;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true, label: 'department_sums' });
  await useDatabase(db);
  accountant = await signedInAs(db, 'caiwu');
  ours = (await db.prisma.department.findUniqueOrThrow({ where: { code: '045' } })).id;
  // A second department with one unit and lines of this year (本年, 结转) and last year.
  other = (await db.prisma.department.create({ data: { code: '046', name: '另一部门', region: '柳林县' } })).id;
  const unit = await db.prisma.unit.findFirstOrThrow({ where: { department: { code: '045' } } });
  const unit2 = await db.prisma.unit.create({ data: { code: '046001', name: '另一单位', departmentId: other, type: unit.type, govEconCategory: unit.govEconCategory } });
  const line = await db.prisma.budgetLine.findFirstOrThrow({ where: { year: 2023, unitId: unit.id } });
  const { id: _id, unitId: _u, createdAt: _c, updatedAt: _up, version: _v, ...shape } = line;
  await db.prisma.budgetLine.createMany({
    data: [
      { ...shape, unitId: unit2.id, amountYuan: '1234.56', carryover: false, projectId: null, kind: 'BASIC' },
      { ...shape, unitId: unit2.id, amountYuan: '0.05', carryover: true, projectId: null, kind: 'BASIC' },
      { ...shape, unitId: unit2.id, amountYuan: '77.70', carryover: false, projectId: null, kind: 'BASIC', year: 2022 },
    ],
  });
}, 120_000);
afterAll(async () => {
  await disconnect();
  await db?.drop();
});
beforeEach(() => clearDepartmentSums());

/** The department-year's lines summed in PostgreSQL by 本年/结转, straight from the table. */
async function sqlTotals(departmentId: string, year: number): Promise<{ current: string; carryover: string; total: string }> {
  const rows = await db.prisma.$queryRaw<{ carryover: boolean; sum: string }[]>`
    SELECT l.carryover, sum(l."amountYuan")::text AS sum FROM "BudgetLine" l JOIN "Unit" u ON u.id = l."unitId"
    WHERE u."departmentId" = ${departmentId} AND l.year = ${year} GROUP BY 1`;
  const of = (carryover: boolean) => new Decimal(rows.find((r) => r.carryover === carryover)?.sum ?? 0);
  return { current: of(false).toFixed(2), carryover: of(true).toFixed(2), total: of(false).plus(of(true)).toFixed(2) };
}

const load = () => loadDepartmentSums(db.prisma, [2023, 2022], null);

describe('department sums', () => {
  it('equal the lines of each department and year, as summed by PostgreSQL', async () => {
    const sums = await load();
    expect([...sums.departmentIds].sort()).toEqual([ours, other].sort());
    for (const id of [ours, other]) {
      for (const year of [2023, 2022]) expect(departmentTotals(sums, year, [id]).get(id)).toEqual(await sqlTotals(id, year));
    }
    expect(departmentTotals(sums, 2023, [other]).get(other)).toEqual({ current: '1234.56', carryover: '0.05', total: '1234.61' });
    // Per kind × 结转, the 全县部门概况's rows: 046 has basic spending only.
    const rows = sumsByKind(sums, [2023, 2022]).filter((r) => r.departmentId === other);
    expect(rows.map((r) => `${r.year} ${r.kind} ${r.carryover} ${r.amountYuan.toFixed(2)}`).sort()).toEqual(['2022 BASIC false 77.70', '2023 BASIC false 1234.56', '2023 BASIC true 0.05']);
  });

  it('re-sums only the department written since: a save shows at once, the other department is kept as it was', async () => {
    const before = await load();
    const line = await db.prisma.budgetLine.findFirstOrThrow({ where: { year: 2023, carryover: false, unitId: { in: accountant.units.map((u) => u.id) } }, orderBy: { id: 'asc' } });
    await execute(updateLine, accountant, { id: line.id, version: line.version, amountYuan: new Decimal(line.amountYuan.toString()).plus('123.45').toFixed(2) });
    const after = await load();
    const was = new Decimal(departmentTotals(before, 2023, [ours]).get(ours)?.current ?? 'NaN');
    expect(departmentTotals(after, 2023, [ours]).get(ours)?.current).toBe(was.plus('123.45').toFixed(2));
    expect(departmentTotals(after, 2023, [ours]).get(ours)).toEqual(await sqlTotals(ours, 2023));
    expect(after.get(2023, ours)).not.toBe(before.get(2023, ours));
    // Not summed again: the very same frozen rows.
    expect(after.get(2023, other)).toBe(before.get(2023, other));
    expect(after.get(2022, other)).toBe(before.get(2022, other));
    expect(Object.isFrozen(after.get(2023, other))).toBe(true);
  });

  it('sees a write made by plain SQL (another instance, the CLI) and a department named by id only', async () => {
    await load();
    await db.prisma.$executeRaw`UPDATE "BudgetLine" l SET "amountYuan" = "amountYuan" + 10 FROM "Unit" u WHERE u.id = l."unitId" AND u."departmentId" = ${other} AND l.year = 2023 AND NOT l.carryover`;
    const named = await loadDepartmentSums(db.prisma, [2023], [other]);
    expect(named.departmentIds).toEqual([other]);
    expect(departmentTotals(named, 2023, [other]).get(other)).toEqual({ current: '1244.56', carryover: '0.05', total: '1244.61' });
    expect(named.get(2023, ours)).toEqual([]); // not asked for
  });
});
