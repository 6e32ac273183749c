// Real PostgreSQL: these invariants are CHECK constraints, a composite foreign key and a trigger in
// the hand-written migration; only the server enforces them, so only the server can show they do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeInvariantViolation, type Prisma } from '@/lib/db/client';
import { createTestDatabase, type TestDatabase } from '../helpers/db';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true, label: 'invariants' });
});
afterAll(async () => {
  await db?.drop();
});

/** A valid 基本支出 line of the bureau; each case breaks one thing. */
const validLine = {
  year: 2023,
  unitId: 'u-045001',
  functionalCode: '2010306',
  deptEconCode: '30201',
  kind: 'BASIC',
  fundingSource: 'GENERAL_PUBLIC',
  amountYuan: '100.00',
} satisfies Prisma.BudgetLineUncheckedCreateInput;

describe('budget line invariants', () => {
  it('accepts a valid line (the cases below differ from it in one field)', async () => {
    const line = await db.prisma.budgetLine.create({ data: validLine });
    await db.prisma.budgetLine.delete({ where: { id: line.id } });
  });

  it.each<[string, Partial<Prisma.BudgetLineUncheckedCreateInput>, RegExp]>([
    ['a negative amount', { amountYuan: '-0.01' }, /inv_budget_line_amount_nonneg/],
    ['a 项目支出 line without project', { kind: 'PROJECT' }, /inv_budget_line_project_iff_project_kind/],
    ['a 基本支出 line with a project', { projectId: 'p-workFunds' }, /inv_budget_line_project_iff_project_kind/],
    ['a project of another unit', { kind: 'PROJECT', projectId: 'p-hotline12345' }, /inv_budget_line_project_same_unit_year/],
    ['a 功能 code at 款 level', { functionalCode: '20103' }, /inv_budget_line_functional_code/],
    ['a 部门经济 code at 类 level', { deptEconCode: '302' }, /inv_budget_line_dept_econ_code/],
  ])('refuses %s', async (_case, change, constraint) => {
    await expect(db.prisma.budgetLine.create({ data: { ...validLine, ...change } })).rejects.toThrow(constraint);
  });

  it('refuses a 基本支出 line on 30401 by its own CHECK, whatever the reference data holds', async () => {
    await db.prisma.deptEconCode.createMany({
      data: [
        { year: 2023, code: '304', name: '测试类', parentCode: null },
        { year: 2023, code: '30401', name: '测试款', parentCode: '304' },
      ],
      skipDuplicates: true,
    });
    await expect(db.prisma.budgetLine.create({ data: { ...validLine, deptEconCode: '30401' } })).rejects.toThrow(
      /inv_budget_line_basic_econ_class/,
    );
  });

  it('refuses a negative 政府采购 amount and a 采购 entry on another unit\'s project', async () => {
    const entry = { year: 2023, unitId: 'u-045001', category: 'GOODS', itemName: '测试', amountYuan: '1.00' } as const;
    await expect(db.prisma.procurementEntry.create({ data: { ...entry, amountYuan: '-1.00' } })).rejects.toThrow(/inv_procurement_amount_nonneg/);
    await expect(db.prisma.procurementEntry.create({ data: { ...entry, projectId: 'p-caCertificates' } })).rejects.toThrow(
      /inv_procurement_project_same_unit_year/,
    );
  });

  it('refuses moving a project with lines to another unit', async () => {
    await expect(db.prisma.project.update({ where: { id: 'p-workFunds' }, data: { unitId: 'u-045002' } })).rejects.toThrow(
      /inv_budget_line_project_same_unit_year/,
    );
  });
});

describe('code invariants', () => {
  it.each<[string, () => Promise<unknown>, RegExp]>([
    ['a 2-digit department code', () => db.prisma.department.create({ data: { code: '45', name: '测试部门', region: '柳林县' } }), /inv_department_code/],
    ['a 功能 款 whose parent is not its prefix', () => db.prisma.functionalCode.create({ data: { year: 2023, code: '20199', name: 'x', parentCode: '202' } }), /inv_functional_code_hierarchy/],
    ['a 功能 类 with a parent', () => db.prisma.functionalCode.create({ data: { year: 2023, code: '299', name: 'x', parentCode: '201' } }), /inv_functional_code_hierarchy/],
    ['a 6-digit 部门经济 code', () => db.prisma.deptEconCode.create({ data: { year: 2023, code: '302011', name: 'x', parentCode: '30201' } }), /inv_dept_econ_code_hierarchy/],
    ['a 政府经济 款 under another 类', () => db.prisma.govEconCode.create({ data: { year: 2023, code: '50299', name: 'x', parentCode: '501' } }), /inv_gov_econ_code_hierarchy/],
  ])('refuses %s', async (_case, attempt, constraint) => {
    await expect(attempt()).rejects.toThrow(constraint);
  });
});

describe('describeInvariantViolation', () => {
  it('names the broken invariant in words a user understands, and ignores other errors', async () => {
    const error = await db.prisma.budgetLine.create({ data: { ...validLine, amountYuan: '-5' } }).catch((e: unknown) => e);
    expect(describeInvariantViolation(error)).toEqual({ constraint: 'inv_budget_line_amount_nonneg', message: '金额不能为负数' });
    const other = await db.prisma.budgetLine.create({ data: { ...validLine, unitId: 'no-such-unit' } }).catch((e: unknown) => e);
    expect(describeInvariantViolation(other)).toBeNull();
  });
});

describe('AuditLog', () => {
  it('is append-only: INSERT works, UPDATE, DELETE and TRUNCATE are refused', async () => {
    const entry = await db.prisma.auditLog.create({ data: { kind: 'TEST', reason: 'invariants test' } });
    await expect(db.prisma.auditLog.update({ where: { id: entry.id }, data: { reason: 'tampered' } })).rejects.toThrow(
      /AuditLog is append-only: UPDATE refused/,
    );
    await expect(db.prisma.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/AuditLog is append-only: DELETE refused/);
    await expect(db.prisma.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(db.prisma.$executeRawUnsafe('TRUNCATE "AuditLog"')).rejects.toThrow(/AuditLog is append-only: TRUNCATE refused/);
    expect(await db.prisma.auditLog.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ reason: 'invariants test' });
  });
});
