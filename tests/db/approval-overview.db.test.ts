// Real PostgreSQL: the 审核报送 page's read (lib/services/read/submissions.ts readApprovalOverview). Every
// department's totals come from one grouped query and equal its lines' exact sums (computed here from
// the rows); budgets (lines) are loaded only where the page shows them: the leader's department, and for
// the finance bureau only the departments 已报送财政 — never one budget per department of the county.
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorize, type SignedInUser } from '@/lib/auth/guard';
import { disconnect } from '@/lib/db/client';
import { readApprovalOverview } from '@/lib/services/read/submissions';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { signedInAs, useDatabase } from './support/service-user';

let db: TestDatabase;
let leader: SignedInUser;
let reviewer: SignedInUser;
let other: { id: string };

beforeAll(async () => {
  db = await createTestDatabase({ demo: true, label: 'approval_overview' });
  await useDatabase(db);
  leader = await signedInAs(db, 'lingdao');
  reviewer = await signedInAs(db, 'shenhe');
  // A second department with one unit and two lines (本年 and 结转), not submitted.
  other = await db.prisma.department.create({ data: { code: '046', name: '另一部门', region: '柳林县' } });
  const unit = await db.prisma.unit.findFirstOrThrow({ where: { department: { code: '045' } } });
  const unit2 = await db.prisma.unit.create({ data: { code: '046001', name: '另一单位', departmentId: other.id, type: unit.type, govEconCategory: unit.govEconCategory } });
  const line = await db.prisma.budgetLine.findFirstOrThrow({ where: { year: 2023, unitId: unit.id } });
  const { id: _id, unitId: _u, createdAt: _c, updatedAt: _up, version: _v, ...shape } = line;
  await db.prisma.budgetLine.createMany({
    data: [
      { ...shape, unitId: unit2.id, amountYuan: '1234.56', carryover: false, projectId: null, kind: 'BASIC' },
      { ...shape, unitId: unit2.id, amountYuan: '0.05', carryover: true, projectId: null, kind: 'BASIC' },
    ],
  });
}, 120_000);
afterAll(async () => {
  await disconnect();
  await db?.drop();
});

async function linesTotal(code: string, carryover: boolean): Promise<string> {
  const lines = await db.prisma.budgetLine.findMany({ where: { year: 2023, carryover, unit: { department: { code } } }, select: { amountYuan: true } });
  return lines.reduce((sum, l) => sum.plus(l.amountYuan.toString()), new Decimal(0)).toFixed(2);
}

describe('readApprovalOverview', () => {
  it('gives the finance bureau every department with its exact totals, loading lines only for those 已报送财政', async () => {
    await db.prisma.departmentSubmission.updateMany({ where: { year: 2023, department: { code: '045' } }, data: { status: 'SUBMITTED' } });
    const overview = await readApprovalOverview(authorize(reviewer, 'department.read'), '2023');
    if (!overview) throw new Error('no year');
    const byCode = new Map(overview.departments.map((d) => [d.code, d]));
    for (const code of ['045', '046']) {
      const id = byCode.get(code)?.departmentId ?? '';
      const [current, carryover] = [await linesTotal(code, false), await linesTotal(code, true)];
      expect(overview.departmentTotals.get(id)).toEqual({ current, carryover, total: new Decimal(current).plus(carryover).toFixed(2) });
    }
    expect(overview.departmentTotals.get(other.id)).toEqual({ current: '1234.56', carryover: '0.05', total: '1234.61' });
    expect([...overview.budgets.keys()]).toEqual([byCode.get('045')?.departmentId]); // 046 is not waiting: no lines loaded
  });

  it("gives the leader the own department's lines (unit totals, 审核问题汇总) and nothing of another", async () => {
    const overview = await readApprovalOverview(authorize(leader, 'department.read'), '2023');
    if (!overview) throw new Error('no year');
    expect(overview.departments.map((d) => d.code)).toEqual(['045']);
    expect(overview.budgets.get(overview.departments[0]!.departmentId)?.lines.length).toBeGreaterThan(0);
    expect(overview.departmentTotals.has(other.id)).toBe(false);
  });

  it('lists each department once, by code, with its state, return reason and latest 公开快照', async () => {
    await db.prisma.departmentSubmission.updateMany({ where: { year: 2023, department: { code: '045' } }, data: { status: 'RETURNED', returnReason: '请补充"说明" <b>' } });
    // 046 has no 报送 row for 2023 (待报送) and two snapshots of 2023 (after a 撤销批复), one of 2022.
    for (const [year, version, contentHash] of [[2023, 1, 'hash-v1'], [2023, 2, 'hash-v2'], [2022, 3, 'hash-2022']] as const) {
      await db.prisma.publishedReport.create({ data: { departmentId: other.id, year, version, contentHash, content: {} } });
    }
    const overview = await readApprovalOverview(authorize(reviewer, 'department.read'), '2023');
    if (!overview) throw new Error('no year');
    const dept045 = await db.prisma.department.findFirstOrThrow({ where: { code: '045' } });
    expect(overview.departments).toEqual([
      { departmentId: dept045.id, code: '045', name: dept045.name, status: 'RETURNED', returnReason: '请补充"说明" <b>', publishedHash: null },
      { departmentId: other.id, code: '046', name: '另一部门', status: 'PENDING', returnReason: null, publishedHash: 'hash-v2' },
    ]);
  });
});
