// The reads in lib/services/read scope their own queries: whatever id a page passes, a caller
// only gets what the guard's scope reaches. Real PostgreSQL, demo department 045 plus a second
// department 099; the scopes and every expected id are written out by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Guarded } from '@/lib/auth/guard';
import type { Role } from '@/lib/auth/roles';
import type { Scope } from '@/lib/auth/scope';
import { loadDepartmentBudget } from '@/lib/db/budget-repository';
import { disconnect } from '@/lib/db/client';
import { readLine, unitLineStamps } from '@/lib/services/read/lines';
import { loadNarrativeContext } from '@/lib/services/read/narrative';
import { loadProjectContext, projectToEdit, readProject } from '@/lib/services/read/projects';
import { scopeDepartments, scopeUnits } from '@/lib/services/read/reach';
import { readApprovalOverview } from '@/lib/services/read/submissions';
import { readChangeReasons } from '@/lib/services/read/change-reasons';
import { readFindingSummaries } from '@/lib/services/read/checks';
import { loadUnitContext } from '@/lib/services/read/unit-context';
import { createTestDatabase, type TestDatabase } from '../helpers/db';

const YEAR = 2023;
let db: TestDatabase;
let dept045: string;
let dept099: string;

function as(role: Role, scope: Scope): Guarded {
  const departmentId = scope.kind === 'units' || scope.kind === 'department' ? scope.departmentId : null;
  return { actor: { id: `test-${role}`, username: role, displayName: role, role, departmentId, ip: null }, scope };
}
const accountantA = () => as('UNIT_ACCOUNTANT', { kind: 'units', unitIds: ['u-045001'], departmentId: dept045 });
const leader045 = () => as('DEPT_LEADER', { kind: 'department', departmentId: dept045 });
const reviewer = () => as('FINANCE_REVIEWER', { kind: 'county' });

const line = (id: string, unitId: string) => ({
  id,
  unitId,
  year: YEAR,
  functionalCode: '2010301',
  deptEconCode: '30201',
  kind: 'BASIC' as const,
  fundingSource: 'GENERAL_PUBLIC' as const,
  amountYuan: '1000.00',
});

beforeAll(async () => {
  db = await createTestDatabase({ demo: true, label: 'read_scope' });
  dept045 = (await db.prisma.department.findUniqueOrThrow({ where: { code: '045' } })).id;
  const d099 = await db.prisma.department.create({ data: { code: '099', name: '柳林县测试局', region: '柳林县' } });
  dept099 = d099.id;
  await db.prisma.unit.createMany({
    data: [
      { id: 'u-099001', departmentId: dept099, code: '099001', name: '柳林县测试局', type: 'ADMINISTRATIVE', govEconCategory: 'ORGAN' },
      { id: 'u-099002', departmentId: dept099, code: '099002', name: '柳林县测试中心', type: 'OTHER_INSTITUTION', govEconCategory: 'INSTITUTION' },
    ],
  });
  await db.prisma.budgetLine.createMany({ data: [line('t-line-a', 'u-045001'), line('t-line-b', 'u-045002'), line('t-line-099', 'u-099001')] });
  await db.prisma.project.createMany({
    data: [
      { id: 't-proj-a', unitId: 'u-045001', year: YEAR, name: '甲单位项目', attribute: 'ONE_OFF' },
      { id: 't-proj-b', unitId: 'u-045002', year: YEAR, name: '乙单位项目', attribute: 'ONE_OFF' },
      { id: 't-proj-099', unitId: 'u-099001', year: YEAR, name: '测试局项目', attribute: 'RECURRING' },
    ],
  });
  // The reads use the application's client (getPrisma), built from DATABASE_URL on first use.
  await disconnect();
  process.env.DATABASE_URL = db.url;
});
afterAll(async () => {
  await disconnect();
  await db?.drop();
});

describe('units and departments in reach', () => {
  it('gives an accountant its granted unit, a leader its department, the reviewer the county', async () => {
    expect((await scopeUnits(accountantA(), YEAR)).map((u) => u.id)).toEqual(['u-045001']);
    expect((await scopeUnits(leader045(), YEAR)).map((u) => u.id)).toEqual(['u-045001', 'u-045002', 'u-045003']);
    expect((await scopeUnits(reviewer(), YEAR)).map((u) => u.id).sort()).toEqual(['u-045001', 'u-045002', 'u-045003', 'u-099001', 'u-099002']);
    expect((await scopeDepartments(leader045(), YEAR)).map((d) => d.code)).toEqual(['045']);
    expect((await scopeDepartments(reviewer(), YEAR)).map((d) => d.code)).toEqual(['045', '099']);
  });

  it('gives a scope that reaches nothing nothing', async () => {
    const nobody = as('DEPT_LEADER', { kind: 'none' });
    expect(await scopeUnits(nobody, YEAR)).toEqual([]);
    expect(await scopeDepartments(nobody, YEAR)).toEqual([]);
    expect((await readApprovalOverview(nobody, String(YEAR)))?.departments).toEqual([]);
  });
});

describe('lines', () => {
  it("lets accountant A read its own unit's line but not unit B's", async () => {
    expect((await readLine(accountantA(), 't-line-a'))?.unitId).toBe('u-045001');
    expect(await readLine(accountantA(), 't-line-b')).toBeNull();
    expect(await readLine(accountantA(), 't-line-099')).toBeNull();
    // Even when the page passes unit B as the unit shown.
    expect(await unitLineStamps(accountantA(), { id: 'u-045002', departmentId: dept045 }, YEAR)).toEqual(new Map());
    const own = await unitLineStamps(accountantA(), { id: 'u-045001', departmentId: dept045 }, YEAR);
    expect(own.get('t-line-a')).toEqual({ version: 1, note: null });
  });

  it('lets the leader of 045 read every 045 line and no 099 line; the reviewer reads both', async () => {
    expect((await readLine(leader045(), 't-line-b'))?.unitId).toBe('u-045002');
    expect(await readLine(leader045(), 't-line-099')).toBeNull();
    expect((await readLine(reviewer(), 't-line-099'))?.unitId).toBe('u-099001');
  });
});

describe('projects', () => {
  it("lets accountant A read its own project but not unit B's, whatever unit the page passes", async () => {
    expect((await readProject(accountantA(), 't-proj-a'))?.name).toBe('甲单位项目');
    expect(await readProject(accountantA(), 't-proj-b')).toBeNull();
    expect(await projectToEdit(accountantA(), 't-proj-b', 'u-045002', YEAR)).toEqual({ kind: 'missing' });
    expect(await loadProjectContext(accountantA(), 't-proj-b')).toBeNull();
    expect((await loadProjectContext(accountantA(), 't-proj-a'))?.unit.id).toBe('u-045001');
  });

  it('keeps 099 projects from the leader of 045 and shows them to the reviewer', async () => {
    expect(await readProject(leader045(), 't-proj-099')).toBeNull();
    expect(await loadProjectContext(leader045(), 't-proj-099')).toBeNull();
    expect((await loadProjectContext(leader045(), 't-proj-b'))?.unit.id).toBe('u-045002');
    const context = await loadProjectContext(reviewer(), 't-proj-099');
    expect(context?.department.code).toBe('099');
    expect(context?.readOnlyReason).toBe('财政局审核只能查看，不能修改');
  });
});

describe('unit pages', () => {
  it("refuses accountant A unit B's page and opens its own, editable while 草稿", async () => {
    expect(await loadUnitContext(accountantA(), { unit: 'u-045002', year: '2023' }, 'line.edit')).toEqual({ ok: false, message: '无权查看该单位，或该单位不存在。' });
    const own = await loadUnitContext(accountantA(), { unit: 'u-045001', year: '2023' }, 'line.edit');
    expect(own.ok && [own.context.unit.id, own.context.readOnlyReason]).toEqual(['u-045001', null]);
  });

  it('refuses the leader of 045 a 099 unit; the reviewer opens it read-only', async () => {
    expect(await loadUnitContext(leader045(), { unit: 'u-099001', year: '2023' }, 'line.edit')).toEqual({ ok: false, message: '无权查看该单位，或该单位不存在。' });
    const opened = await loadUnitContext(reviewer(), { unit: 'u-099001', year: '2023' }, 'line.edit');
    expect(opened.ok && [opened.context.department.code, opened.context.readOnlyReason]).toEqual(['099', '财政局审核只能查看，不能修改']);
  });
});

describe('情况说明 and 审核报送', () => {
  it('refuses the leader of 045 the 099 情况说明 and lets it edit its own; the reviewer reads 099', async () => {
    expect(await loadNarrativeContext(leader045(), { department: '099', year: '2023' })).toEqual({ ok: false, message: '无权查看该部门的情况说明，或该部门不存在。' });
    const own = await loadNarrativeContext(leader045(), { department: '045', year: '2023' });
    expect(own.ok && [own.context.department.code, own.context.readOnlyReason]).toEqual(['045', null]);
    const other = await loadNarrativeContext(reviewer(), { department: '099', year: '2023' });
    expect(other.ok && [other.context.department.code, other.context.readOnlyReason]).toEqual(['099', '只有部门领导可以编辑情况说明']);
  });

  it("lists only the leader's department and its units; the reviewer sees every department and no unit list", async () => {
    const leader = await readApprovalOverview(leader045(), '2023');
    expect(leader?.departments.map((d) => d.code)).toEqual(['045']);
    expect(leader?.units.map((u) => u.unitId)).toEqual(['u-045001', 'u-045002', 'u-045003']);
    const county = await readApprovalOverview(reviewer(), '2023');
    expect(county?.departments.map((d) => d.code)).toEqual(['045', '099']);
    expect(county?.units).toEqual([]);
  });

  it('summarises findings only for units in reach, and gives 增减变动原因 only of a department in reach', async () => {
    const county = await readApprovalOverview(reviewer(), '2023');
    // Every department of the county with its budget, whatever the page would load: the summaries decide the reach.
    const all = await Promise.all((county?.departments ?? []).map(async (d) => ({ departmentId: d.departmentId, name: d.name, budget: await loadDepartmentBudget(db.prisma, d.code, YEAR) })));
    const mine = await readFindingSummaries(accountantA(), all);
    expect(mine.map((d) => [d.departmentName, d.units.map((u) => u.unitId)])).toEqual([['柳林县行政审批服务管理局', ['u-045001']]]);
    const bureau = await readFindingSummaries(reviewer(), all);
    expect(bureau.map((d) => d.units.length)).toEqual([3, 2]);
    await expect(readChangeReasons(leader045(), { id: dept099, code: '099' }, YEAR)).rejects.toThrow('无权查看该部门的增减变动原因');
    expect((await readChangeReasons(leader045(), { id: dept045, code: '045' }, YEAR))?.rows).toEqual([]);
  });
});
