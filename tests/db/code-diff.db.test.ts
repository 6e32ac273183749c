// 分类科目 against last year on real PostgreSQL: after 2024's list gains, renames and loses a code, the
// admin's read shows each change, and the 2023 lines that use the removed code (unit, count, 元).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorize } from '@/lib/auth/guard';
import { disconnect } from '@/lib/db/client';
import { readCodeDiff } from '@/lib/services/read/reference';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { signedInAs, useDatabase } from './support/service-user';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true, label: 'code_diff' });
  await useDatabase(db);
  await db.prisma.functionalCode.create({ data: { year: 2024, code: '2010370', name: '新增测试项', parentCode: '20103' } });
  await db.prisma.functionalCode.update({ where: { year_code: { year: 2024, code: '2010302' } }, data: { name: '一般行政管理' } });
  await db.prisma.functionalCode.delete({ where: { year_code: { year: 2024, code: '2010306' } } });
});
afterAll(async () => {
  await disconnect();
  await db?.drop();
});

describe('readCodeDiff', () => {
  it('lists added, renamed and removed 功能分类 codes, with the 2023 lines on the removed one', async () => {
    const diff = await readCodeDiff(authorize(await signedInAs(db, 'admin'), 'reference.manage'), 2024);
    const functional = diff?.kinds.find((k) => k.kind === 'functional');
    expect(functional).toMatchObject({
      added: [{ code: '2010370', name: '新增测试项' }],
      renamed: [{ code: '2010302', before: '一般行政管理事务', after: '一般行政管理' }],
      removed: [{ code: '2010306', name: '政务公开审批' }],
    });
    const expected = await db.prisma.$queryRawUnsafe<{ code: string; name: string; n: number; total: string }[]>(
      `SELECT u.code, u.name, count(*)::int AS n, sum(l."amountYuan")::text AS total FROM "BudgetLine" l JOIN "Unit" u ON u.id = l."unitId"
       WHERE l.year = 2023 AND l."functionalCode" = '2010306' GROUP BY u.code, u.name ORDER BY u.code`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(functional?.removedUses).toEqual(expected.map((r) => ({ code: '2010306', unitCode: r.code, unitName: r.name, lines: r.n, totalYuan: r.total })));
    expect(diff?.kinds.find((k) => k.kind === 'deptEcon')).toMatchObject({ added: [], renamed: [], removed: [], removedUses: [] });
  });

  it('is null for a year without a previous one, and refused to anyone but the admin', async () => {
    expect(await readCodeDiff(authorize(await signedInAs(db, 'admin'), 'reference.manage'), 2022)).toBeNull();
    const leader = authorize(await signedInAs(db, 'lingdao'), 'report.read');
    await expect(readCodeDiff(leader, 2024)).rejects.toMatchObject({ status: 403 });
  });
});
