// 待办 and the year a page opens on: each role lands on the newest year where someone waits on
// it, even when a later year has been worked on; without such work, on the latest worked-on
// year. Real PostgreSQL with the demo department 045 (2023) and drafts made in 2024.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Guarded } from '@/lib/auth/guard';
import type { Role } from '@/lib/auth/roles';
import type { Scope } from '@/lib/auth/scope';
import type { DepartmentStatus, UnitStatus } from '@/lib/budget/workflow';
import { disconnect } from '@/lib/db/client';
import { loadDepartmentBudget } from '@/lib/db/budget-repository';
import { getPrisma } from '@/lib/db/client';
import { findingsTodo, readTodo } from '@/lib/services/read/todo';
import { readPeriod } from '@/lib/services/read/years';
import { createTestDatabase, type TestDatabase } from '../helpers/db';

let db: TestDatabase;
let dept045: string;
const UNITS = ['u-045001', 'u-045002', 'u-045003'];

function as(role: Role, scope: Scope): Guarded {
  const departmentId = scope.kind === 'units' || scope.kind === 'department' ? scope.departmentId : null;
  return { actor: { id: `test-${role}`, username: role, displayName: role, role, departmentId, ip: null }, scope };
}
const accountant = (unitId: string) => as('UNIT_ACCOUNTANT', { kind: 'units', unitIds: [unitId], departmentId: dept045 });
const leader = () => as('DEPT_LEADER', { kind: 'department', departmentId: dept045 });
const reviewer = () => as('FINANCE_REVIEWER', { kind: 'county' });
const landing = async (g: Guarded) => (await readPeriod(g, undefined)).year;

async function units2023(statuses: Record<string, UnitStatus>, reason: string | null = null) {
  for (const [unitId, status] of Object.entries(statuses)) {
    await db.prisma.unitSubmission.update({ where: { unitId_year: { unitId, year: 2023 } }, data: { status, returnReason: status === 'RETURNED' ? reason : null } });
  }
}
async function department2023(status: DepartmentStatus, reason: string | null = null) {
  await db.prisma.departmentSubmission.update({ where: { departmentId_year: { departmentId: dept045, year: 2023 } }, data: { status, returnReason: reason } });
}

beforeAll(async () => {
  db = await createTestDatabase({ demo: true, label: 'todo_years' });
  dept045 = (await db.prisma.department.findUniqueOrThrow({ where: { code: '045' } })).id;
  // 2024 has been worked on (drafts), so "the latest worked-on year" alone would open 2024.
  await db.prisma.unitSubmission.createMany({ data: UNITS.map((unitId) => ({ unitId, year: 2024, status: 'DRAFT' as const })) });
  await disconnect();
  process.env.DATABASE_URL = db.url;
});
beforeEach(async () => {
  await units2023({ 'u-045001': 'DRAFT', 'u-045002': 'DRAFT', 'u-045003': 'DRAFT' });
  await department2023('PENDING');
});
afterAll(async () => {
  await disconnect();
  await db?.drop();
});

describe('the year each role lands on', () => {
  it('is the latest worked-on year while nobody waits', async () => {
    expect(await landing(reviewer())).toBe(2024);
    expect(await landing(leader())).toBe(2024);
    expect(await landing(accountant('u-045001'))).toBe(2024);
    expect(await readTodo(reviewer(), 2023, true)).toEqual([]);
  });

  it('is the year asked for when it exists', async () => {
    await department2023('SUBMITTED');
    expect((await readPeriod(reviewer(), '2022')).year).toBe(2022);
    expect((await readPeriod(reviewer(), '2031')).year).toBe(2023);
  });

  it('takes the leader to the submitted unit, and to the department ready to 报送财政', async () => {
    await units2023({ 'u-045001': 'APPROVED', 'u-045002': 'SUBMITTED', 'u-045003': 'APPROVED' });
    expect(await landing(leader())).toBe(2023);
    expect(await readTodo(leader(), 2023, true)).toEqual([{ text: '柳林县政务服务中心：已提交，待审核', href: '/approval?year=2023', reason: null, waiting: true }]);
    expect(await landing(accountant('u-045001'))).toBe(2024);

    await units2023({ 'u-045002': 'APPROVED' });
    expect((await readTodo(leader(), 2023, true)).map((t) => t.text)).toEqual(['柳林县行政审批服务管理局：所属单位已全部审核，可报送财政']);
  });

  it('takes the accountant of a returned unit to it, with the reason', async () => {
    await units2023({ 'u-045002': 'RETURNED' }, '请补充绩效目标');
    expect(await landing(accountant('u-045002'))).toBe(2023);
    expect(await readTodo(accountant('u-045002'), 2023, true)).toEqual([
      { text: '柳林县政务服务中心：预算已退回，请按退回原因修改后重新提交审核', href: '/lines?unit=u-045002&year=2023', reason: '请补充绩效目标', waiting: true },
    ]);
    expect(await landing(accountant('u-045001'))).toBe(2024);
  });

  it('takes the reviewer to the submitted department, and the leader to its return', async () => {
    await units2023({ 'u-045001': 'APPROVED', 'u-045002': 'APPROVED', 'u-045003': 'APPROVED' });
    await department2023('SUBMITTED');
    expect(await landing(reviewer())).toBe(2023);
    expect(await readTodo(reviewer(), 2023, true)).toEqual([{ text: '045 柳林县行政审批服务管理局：已报送财政，待审核', href: '/approval?year=2023', reason: null, waiting: true }]);
    expect(await readTodo(leader(), 2023, true)).toEqual([]);

    await department2023('RETURNED', '三公经费说明不完整');
    expect(await landing(reviewer())).toBe(2024);
    expect(await landing(leader())).toBe(2023);
    const returned = (await readTodo(leader(), 2023, true)).find((t) => t.reason !== null);
    expect(returned).toMatchObject({ text: '柳林县行政审批服务管理局：部门预算已被财政退回，请修改后重新报送', reason: '三公经费说明不完整' });
  });
});

describe('绩效目标 findings in the accountant’s 待办', () => {
  const budgets = async () => new Map([[dept045, await loadDepartmentBudget(getPrisma(), '045', 2023)]]);

  it('lists the findings of the accountant’s own editable units, linking to the project’s form', async () => {
    const items = await findingsTodo(accountant('u-045002'), 2023, await budgets());
    const hotline = items.filter((t) => t.href === '/projects/p-hotline12345?year=2023');
    expect(hotline).toHaveLength(1);
    expect(hotline[0]?.text).toContain('满意度应设下限');
    expect(hotline[0]?.waiting).toBe(false);
    expect((await findingsTodo(accountant('u-045001'), 2023, await budgets())).map((t) => t.href)).not.toContain('/projects/p-hotline12345?year=2023');
    expect(await findingsTodo(leader(), 2023, await budgets())).toEqual([]);
  });

  it('drops them once the unit is submitted', async () => {
    await units2023({ 'u-045002': 'SUBMITTED' });
    expect(await findingsTodo(accountant('u-045002'), 2023, await budgets())).toEqual([]);
  });
});
