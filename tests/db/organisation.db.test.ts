// 部门与单位 on real PostgreSQL: a new department gets its 待报送 submission for every open year
// (not for a closed one), a new unit its 草稿 submission; both audited in the same transaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disconnect } from '@/lib/db/client';
import { execute } from '@/lib/services/operation';
import { createDepartment, updateDepartment } from '@/lib/services/departments';
import { createLine } from '@/lib/services/lines';
import { createUnit, updateUnit } from '@/lib/services/units';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { signedInAs, useDatabase } from './support/service-user';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true, label: 'organisation' });
  await useDatabase(db);
  // The template has 2022, 2023, 2024 open; close 2022 to see that a closed year gets no rows.
  await db.prisma.fiscalYear.update({ where: { year: 2022 }, data: { status: 'CLOSED' } });
});
afterAll(async () => {
  await disconnect();
  await db?.drop();
});

describe('a new department and unit', () => {
  it('gets a 待报送 DepartmentSubmission for each open year, and an audit row', async () => {
    const admin = await signedInAs(db, 'admin');
    const created = await execute(createDepartment, admin, { code: '101', name: '柳林县新建局', region: '柳林县' });
    const rows = await db.prisma.departmentSubmission.findMany({ where: { departmentId: created.id }, orderBy: { year: 'asc' } });
    expect(rows.map((r) => [r.year, r.status])).toEqual([
      [2023, 'PENDING'],
      [2024, 'PENDING'],
    ]);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { kind: 'ORGANISATION_CHANGE', entityId: created.id } });
    expect(audit).toMatchObject({ actorName: '系统管理员', departmentId: created.id, reason: '新建部门', before: null });
  });

  it('a new unit gets a 草稿 UnitSubmission for each open year and takes the 政府经济 side of its type', async () => {
    const admin = await signedInAs(db, 'admin');
    const unit = await execute(createUnit, admin, { departmentCode: '101', code: '101002', name: '柳林县新建中心', type: 'CIVIL_SERVICE_INSTITUTION' });
    expect(unit).toMatchObject({ departmentCode: '101', govEconCategory: 'INSTITUTION', active: true });
    const rows = await db.prisma.unitSubmission.findMany({ where: { unitId: unit.id }, orderBy: { year: 'asc' } });
    expect(rows.map((r) => [r.year, r.status])).toEqual([
      [2023, 'DRAFT'],
      [2024, 'DRAFT'],
    ]);
  });

  it('a unit with lines is deactivated, never deleted, and keeps its lines; its type can no longer change', async () => {
    const admin = await signedInAs(db, 'admin');
    const unit = await db.prisma.unit.findFirstOrThrow({ where: { code: '045003' }, include: { _count: { select: { lines: true } } } });
    expect(unit._count.lines).toBeGreaterThan(0);
    await expect(execute(updateUnit, admin, { code: '045003', type: 'OTHER_INSTITUTION' })).rejects.toMatchObject({ status: 409 });
    const after = await execute(updateUnit, admin, { code: '045003', active: false });
    expect(after.active).toBe(false);
    expect(await db.prisma.budgetLine.count({ where: { unitId: unit.id } })).toBe(unit._count.lines);
    // Its accountant can no longer change its data.
    const line = { unitId: unit.id, year: 2023, functionalCode: '2010301', deptEconCode: '30201', kind: 'BASIC', fundingSource: 'GENERAL_PUBLIC', carryover: false, amountYuan: '1.00' };
    await expect(execute(createLine, await signedInAs(db, 'caiwu3'), line)).rejects.toMatchObject({ status: 409, message: expect.stringContaining('已停用') });
  });

  it('a department with active units cannot be deactivated', async () => {
    const admin = await signedInAs(db, 'admin');
    await expect(execute(updateDepartment, admin, { code: '101', active: false })).rejects.toMatchObject({ status: 409 });
    expect((await db.prisma.department.findUniqueOrThrow({ where: { code: '101' } })).active).toBe(true);
  });
});
