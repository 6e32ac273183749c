// Real PostgreSQL: idempotency is a property of the SQL the seed sends (ON CONFLICT DO NOTHING on
// natural keys, the "no lines yet" guard inside a transaction), so it is checked on a real database
// by fingerprinting every table before and after a second run.
import bcrypt from 'bcryptjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAll, SEED_YEARS } from '@/lib/db/seed';
import { DEMO_PASSWORD } from '@/lib/db/seed-demo';
import { demoLines } from '@/prisma/seed/demo/liulin-2023';
import { reference2023 } from '@/prisma/seed/reference';
import { createTestDatabase, type TestDatabase } from '../helpers/db';

let db: TestDatabase;

/** Row count and an md5 of all rows, per table (the migrations table aside). */
async function fingerprint(): Promise<Record<string, { rows: number; md5: string }>> {
  const tables = await db.prisma.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`;
  const result: Record<string, { rows: number; md5: string }> = {};
  for (const { name } of tables) {
    const [row] = await db.prisma.$queryRawUnsafe<{ rows: number; md5: string | null }[]>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS md5 FROM "${name}" t`,
    );
    result[name] = { rows: row?.rows ?? -1, md5: row?.md5 ?? '' };
  }
  return result;
}

beforeAll(async () => {
  db = await createTestDatabase({ label: 'seed' });
});
afterAll(async () => {
  await db?.drop();
});

describe('seedAll', () => {
  it('is idempotent: a second run changes no row of any table', async () => {
    const first = await seedAll(db.prisma);
    expect(first).toMatchObject({ demoLinesInserted: true, usersCreated: ['admin', 'caiwu', 'caiwu2', 'caiwu3', 'lingdao', 'shenhe'] });
    const before = await fingerprint();
    const second = await seedAll(db.prisma);
    expect(second).toMatchObject({ demoLinesInserted: false, usersCreated: [] });
    expect(await fingerprint()).toEqual(before);

    const years = SEED_YEARS.length;
    expect(before).toMatchObject({
      FiscalYear: { rows: years },
      FunctionalCode: { rows: reference2023.functional.length * years },
      DeptEconCode: { rows: reference2023.deptEcon.length * years },
      GovEconCode: { rows: reference2023.govEcon.length * years },
      EconMapping: { rows: reference2023.econMapping.length * years },
      Department: { rows: 1 },
      Unit: { rows: 3 },
      BudgetLine: { rows: demoLines.length },
      User: { rows: 6 },
      UserUnitScope: { rows: 3 },
      UnitSubmission: { rows: 3 },
      DepartmentSubmission: { rows: 1 },
    });
  });

  it('never overwrites edits: changed lines, code names and passwords survive a re-run', async () => {
    const line = await db.prisma.budgetLine.findFirstOrThrow({ orderBy: { id: 'asc' } });
    await db.prisma.budgetLine.update({ where: { id: line.id }, data: { amountYuan: '1.23' } });
    await db.prisma.budgetLine.delete({ where: { id: (await db.prisma.budgetLine.findFirstOrThrow({ orderBy: { id: 'desc' } })).id } });
    await db.prisma.functionalCode.update({ where: { year_code: { year: 2023, code: '201' } }, data: { name: '改过的名称' } });
    await db.prisma.user.update({ where: { username: 'admin' }, data: { passwordHash: 'changed', mustChangePassword: false } });

    await seedAll(db.prisma);

    expect((await db.prisma.budgetLine.findUniqueOrThrow({ where: { id: line.id } })).amountYuan.toString()).toBe('1.23');
    expect(await db.prisma.budgetLine.count()).toBe(demoLines.length - 1);
    expect((await db.prisma.functionalCode.findUniqueOrThrow({ where: { year_code: { year: 2023, code: '201' } } })).name).toBe('改过的名称');
    expect(await db.prisma.user.findUniqueOrThrow({ where: { username: 'admin' } })).toMatchObject({ passwordHash: 'changed' });
  });

  it('creates one user per role with the demo password, to be changed at first sign-in, scoped as documented', async () => {
    const users = await db.prisma.user.findMany({
      where: { username: { not: 'admin' } },
      include: { unitScopes: { include: { unit: true } }, department: true },
      orderBy: { username: 'asc' },
    });
    expect(users.map((u) => [u.username, u.role, u.department?.code ?? null, u.unitScopes.map((s) => s.unit.name)])).toEqual([
      ['caiwu', 'UNIT_ACCOUNTANT', '045', ['柳林县行政审批服务管理局']],
      ['caiwu2', 'UNIT_ACCOUNTANT', '045', ['柳林县政务服务中心']],
      ['caiwu3', 'UNIT_ACCOUNTANT', '045', ['柳林县政府采购中心']],
      ['lingdao', 'DEPT_LEADER', '045', []],
      ['shenhe', 'FINANCE_REVIEWER', null, []],
    ]);
    for (const user of users) {
      expect(user.mustChangePassword).toBe(true);
      expect(await bcrypt.compare(DEMO_PASSWORD, user.passwordHash)).toBe(true);
    }
  });

  it('opens the 2023 workflow: every unit DRAFT, the department PENDING', async () => {
    const units = await db.prisma.unitSubmission.findMany({ where: { year: 2023 } });
    expect(units.map((u) => u.status)).toEqual(['DRAFT', 'DRAFT', 'DRAFT']);
    const departments = await db.prisma.departmentSubmission.findMany({ where: { year: 2023 } });
    expect(departments.map((d) => d.status)).toEqual(['PENDING']);
  });
});
