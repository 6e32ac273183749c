/**
 * 删除项目 and 合并项目 through execute() (the core of DELETE /api/projects/[id], POST
 * /api/projects/[id]/merge and their server actions), on real PostgreSQL with the demo
 * department 045. caiwu keeps the books of u-045001 only; u-045002 is a sibling unit.
 */
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { SignedInUser } from '@/lib/auth/guard';
import { findGuardUser } from '@/lib/db/auth-repository';
import { disconnect } from '@/lib/db/client';
import { execute } from '@/lib/services/operation';
import { deleteProject, mergeProject } from '@/lib/services/projects';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { basicLine, digest, resetSubmissions } from '../http/fixtures';

const YEAR = 2023;
const OWN = 'u-045001';
const SIBLING = 'u-045002';
let db: TestDatabase;
let caiwu: SignedInUser;
let seq = 0;

async function project(unitId = OWN) {
  return db.prisma.project.create({ data: { unitId, year: YEAR, name: `合并测试项目${++seq}`, attribute: 'ONE_OFF' } });
}
async function projectLine(projectId: string, amountYuan: string, unitId = OWN) {
  return db.prisma.budgetLine.create({ data: { ...basicLine(unitId, amountYuan), kind: 'PROJECT', projectId, fundingSource: 'GENERAL_PUBLIC' } });
}
async function procurement(projectId: string, amountYuan: string) {
  return db.prisma.procurementEntry.create({ data: { unitId: OWN, year: YEAR, projectId, category: 'GOODS', itemName: '办公设备', amountYuan } });
}
async function unitTotal(): Promise<string> {
  const sum = await db.prisma.budgetLine.aggregate({ where: { unitId: OWN, year: YEAR }, _sum: { amountYuan: true } });
  return sum._sum.amountYuan?.toFixed(2) ?? '0.00';
}

beforeAll(async () => {
  db = await createTestDatabase({ demo: true, label: 'project_merge' });
  process.env.DATABASE_URL = db.url;
  await db.prisma.user.updateMany({ data: { mustChangePassword: false } });
  const { id } = await db.prisma.user.findUniqueOrThrow({ where: { username: 'caiwu' } });
  const user = await findGuardUser(id, db.prisma);
  if (!user) throw new Error('demo user caiwu missing');
  caiwu = { ...user, ip: '127.0.0.1' };
});

beforeEach(() => resetSubmissions(db.prisma));

afterAll(async () => {
  await disconnect();
  await db?.drop();
});

it('delete removes the project, its lines and its 绩效目标 form, keeps its 政府采购 entries without project, and writes an audit row', async () => {
  const p = await project();
  await projectLine(p.id, '1200.50');
  await projectLine(p.id, '300.25');
  const entry = await procurement(p.id, '800.00');
  await db.prisma.performanceForm.create({ data: { projectId: p.id, periodTotal: '1500.75', annualTotal: '1500.75' } });
  const totalBefore = await unitTotal();

  await execute(deleteProject, caiwu, { id: p.id, version: p.version });

  expect(await db.prisma.project.findUnique({ where: { id: p.id } })).toBeNull();
  expect(await db.prisma.budgetLine.count({ where: { projectId: p.id } })).toBe(0);
  expect(await db.prisma.performanceForm.count({ where: { projectId: p.id } })).toBe(0);
  expect((await db.prisma.procurementEntry.findUniqueOrThrow({ where: { id: entry.id } })).projectId).toBeNull();
  // 1200.50 + 300.25 = 1500.75 元 gone from the unit.
  expect((await db.prisma.budgetLine.aggregate({ where: { unitId: OWN, year: YEAR }, _sum: { amountYuan: true } }))._sum.amountYuan?.plus('1500.75').toFixed(2)).toBe(totalBefore);
  const row = await db.prisma.auditLog.findFirstOrThrow({ where: { kind: 'PROJECT_DELETE', entityId: p.id } });
  expect(row.actorId).toBe(caiwu.id);
  expect(row.before).toMatchObject({ project: { id: p.id, name: p.name }, contents: { lineCount: 2, lineTotalYuan: '1500.75', procurementCount: 1 } });
  expect(row.after).toBeNull();
});

it('merge moves the lines and 政府采购 entries into the target, keeps the target’s 绩效目标 form, deletes the source, and keeps the totals', async () => {
  const source = await project();
  const into = await project();
  const moved = [await projectLine(source.id, '100.10'), await projectLine(source.id, '200.20')];
  const kept = await projectLine(into.id, '50.05');
  const entry = await procurement(source.id, '99.99');
  await db.prisma.performanceForm.create({ data: { projectId: source.id, periodTotal: '300.30', annualTotal: '300.30', overview: '源项目' } });
  await db.prisma.performanceForm.create({ data: { projectId: into.id, periodTotal: '50.05', annualTotal: '50.05', overview: '目标项目' } });
  const totalBefore = await unitTotal();
  const procurementBefore = (await db.prisma.procurementEntry.aggregate({ where: { unitId: OWN, year: YEAR }, _sum: { amountYuan: true } }))._sum.amountYuan?.toFixed(2);

  await execute(mergeProject, caiwu, { id: source.id, version: source.version, intoId: into.id, intoVersion: into.version });

  expect(await unitTotal()).toBe(totalBefore);
  expect((await db.prisma.procurementEntry.aggregate({ where: { unitId: OWN, year: YEAR }, _sum: { amountYuan: true } }))._sum.amountYuan?.toFixed(2)).toBe(procurementBefore);
  expect(await db.prisma.project.findUnique({ where: { id: source.id } })).toBeNull();
  const intoLines = await db.prisma.budgetLine.findMany({ where: { projectId: into.id }, orderBy: { amountYuan: 'asc' } });
  expect(intoLines.map((l) => [l.id, l.amountYuan.toFixed(2)])).toEqual([
    [kept.id, '50.05'],
    [moved[0]!.id, '100.10'],
    [moved[1]!.id, '200.20'],
  ]);
  expect((await db.prisma.procurementEntry.findUniqueOrThrow({ where: { id: entry.id } })).projectId).toBe(into.id);
  const forms = await db.prisma.performanceForm.findMany({ where: { projectId: { in: [source.id, into.id] } } });
  expect(forms.map((f) => [f.projectId, f.overview])).toEqual([[into.id, '目标项目']]);
  expect((await db.prisma.project.findUniqueOrThrow({ where: { id: into.id } })).version).toBe(into.version + 1);
  const row = await db.prisma.auditLog.findFirstOrThrow({ where: { kind: 'PROJECT_MERGE', entityId: source.id } });
  expect(row.before).toMatchObject({ contents: { source: { lineCount: 2, lineTotalYuan: '300.30' }, into: { lineCount: 1, lineTotalYuan: '50.05' } } });
  expect(row.after).toMatchObject({ contents: { lineCount: 3, lineTotalYuan: '350.35', procurementCount: 1 } });
});

it('a stale version of either project → 409 and nothing changes', async () => {
  const source = await project();
  const into = await project();
  await projectLine(source.id, '10.00');
  const before = await digest(db.prisma);
  await expect(execute(deleteProject, caiwu, { id: source.id, version: source.version + 1 })).rejects.toMatchObject({ code: 'STALE_VERSION', status: 409 });
  await expect(execute(mergeProject, caiwu, { id: source.id, version: source.version, intoId: into.id, intoVersion: into.version + 1 })).rejects.toMatchObject({
    code: 'STALE_VERSION',
    status: 409,
  });
  await expect(execute(mergeProject, caiwu, { id: source.id, version: source.version + 1, intoId: into.id, intoVersion: into.version })).rejects.toMatchObject({
    code: 'STALE_VERSION',
  });
  expect(await digest(db.prisma)).toBe(before);
});

it('another unit’s project → 403, a merge across units → 400, into itself → 400; nothing changes', async () => {
  const own = await project();
  const other = await project(SIBLING);
  await projectLine(other.id, '10.00', SIBLING);
  const before = await digest(db.prisma);
  await expect(execute(deleteProject, caiwu, { id: other.id, version: other.version })).rejects.toMatchObject({ code: 'FORBIDDEN', status: 403 });
  await expect(execute(mergeProject, caiwu, { id: other.id, version: other.version, intoId: own.id, intoVersion: own.version })).rejects.toMatchObject({ status: 403 });
  await expect(execute(mergeProject, caiwu, { id: own.id, version: own.version, intoId: other.id, intoVersion: other.version })).rejects.toMatchObject({
    code: 'INVALID_INPUT',
    status: 400,
  });
  await expect(execute(mergeProject, caiwu, { id: own.id, version: own.version, intoId: own.id, intoVersion: own.version })).rejects.toMatchObject({ status: 400 });
  expect(await digest(db.prisma)).toBe(before);
});

it('a submitted unit → 409 and nothing changes', async () => {
  const p = await project();
  await db.prisma.unitSubmission.update({ where: { unitId_year: { unitId: OWN, year: YEAR } }, data: { status: 'SUBMITTED' } });
  const before = await digest(db.prisma);
  await expect(execute(deleteProject, caiwu, { id: p.id, version: p.version })).rejects.toMatchObject({ code: 'STATE', status: 409 });
  expect(await digest(db.prisma)).toBe(before);
});
