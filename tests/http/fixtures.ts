/**
 * The world of the HTTP tests, on top of the demo seed (department 045, its units and one user
 * per role): a second department 099 with two units and its own accountant and leader, one
 * line and one project per unit, and a digest of everything a refused request must not change.
 */
import bcrypt from 'bcryptjs';
import type { PrismaClient } from '@/lib/db/client';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { HttpClient } from './client';
import { startServer, type RunningServer } from './server';

export const YEAR = 2023;
export const PASSWORD = 'Demo@2023';

export interface World {
  db: TestDatabase;
  server: RunningServer;
  prisma: PrismaClient;
  dept045: string;
  dept099: string;
  /** Unit ids: own (caiwu's), sibling (same department), foreign (department 099). */
  units: { own: string; sibling: string; foreign: string };
  users: Record<string, string>;
  client(): HttpClient;
  /** A signed-in client (the user's forced password change already done). */
  signedIn(username: string): Promise<HttpClient>;
  close(): Promise<void>;
}

export const basicLine = (unitId: string, amountYuan = '1000.00') => ({
  unitId,
  year: YEAR,
  functionalCode: '2010301',
  deptEconCode: '30201',
  kind: 'BASIC',
  fundingSource: 'GENERAL_PUBLIC',
  carryover: false,
  amountYuan,
});

/** A small 绩效目标申报表 with one quantitative and one qualitative indicator. */
export const performanceForm = (total: string) => {
  const funds = { total, central: '0.00', provincial: '0.00', cityCounty: total, selfRaised: '0.00', other: null };
  return {
    funds: { period: funds, annual: funds },
    overview: '项目概况',
    goalAnnual: '按期完成',
    indicators: [
      { scope: 'ANNUAL', level1: '产出指标', level2: '数量指标', name: '培训人次', operator: '≥', value: '100', measureUnit: '人次' },
      { scope: 'ANNUAL', level1: '效益指标', level2: '社会效益指标', name: '服务水平', text: '提升' },
    ],
  };
};

async function addDepartment099(prisma: PrismaClient): Promise<string> {
  const department = await prisma.department.create({ data: { code: '099', name: '柳林县测试局', region: '柳林县' } });
  await prisma.unit.createMany({
    data: [
      { id: 'u-099001', departmentId: department.id, code: '099001', name: '柳林县测试局', type: 'ADMINISTRATIVE', govEconCategory: 'ORGAN' },
      { id: 'u-099002', departmentId: department.id, code: '099002', name: '柳林县测试中心', type: 'OTHER_INSTITUTION', govEconCategory: 'INSTITUTION' },
    ],
  });
  await prisma.departmentSubmission.create({ data: { departmentId: department.id, year: YEAR } });
  await prisma.unitSubmission.createMany({ data: ['u-099001', 'u-099002'].map((unitId) => ({ unitId, year: YEAR })) });
  const passwordHash = await bcrypt.hash(PASSWORD, 4);
  await prisma.user.create({
    data: { username: 'caiwu99', displayName: '测试局财务', role: 'UNIT_ACCOUNTANT', departmentId: department.id, passwordHash, unitScopes: { create: [{ unitId: 'u-099001' }] } },
  });
  await prisma.user.create({ data: { username: 'lingdao99', displayName: '测试局领导', role: 'DEPT_LEADER', departmentId: department.id, passwordHash } });
  return department.id;
}

export async function createWorld(label: string): Promise<World> {
  const db = await createTestDatabase({ demo: true, label });
  const { prisma } = db;
  const dept045 = (await prisma.department.findUniqueOrThrow({ where: { code: '045' } })).id;
  const dept099 = await addDepartment099(prisma);
  // The forced first-sign-in change has its own test; everyone else starts with it done.
  await prisma.user.updateMany({ data: { mustChangePassword: false } });
  const caiwu = await prisma.user.findUniqueOrThrow({ where: { username: 'caiwu' }, include: { unitScopes: true } });
  const own = caiwu.unitScopes[0]!.unitId;
  const sibling = (await prisma.unit.findFirstOrThrow({ where: { departmentId: dept045, id: { not: own } }, orderBy: { code: 'asc' } })).id;
  const users = Object.fromEntries((await prisma.user.findMany()).map((u) => [u.username, u.id]));
  const server = await startServer(db.url);
  const world: World = {
    db,
    server,
    prisma,
    dept045,
    dept099,
    units: { own, sibling, foreign: 'u-099001' },
    users,
    client: () => new HttpClient(server.baseUrl),
    async signedIn(username) {
      const client = new HttpClient(server.baseUrl);
      const refusal = await client.signIn(username, PASSWORD);
      if (refusal) throw new Error(`sign-in of ${username} refused: ${refusal}`);
      return client;
    },
    async close() {
      await server.stop();
      await db.drop();
    },
  };
  return world;
}

export async function addLine(prisma: PrismaClient, unitId: string, amountYuan = '1000.00') {
  return prisma.budgetLine.create({ data: { ...basicLine(unitId, amountYuan), kind: 'BASIC', fundingSource: 'GENERAL_PUBLIC' } });
}

export async function addProject(prisma: PrismaClient, unitId: string, name = '测试项目') {
  return prisma.project.create({ data: { unitId, year: YEAR, name, attribute: 'ONE_OFF' } });
}

/** Everything a refused request must leave as it was, in one comparable string (its own REQUEST_REFUSED audit row aside). */
export async function digest(prisma: PrismaClient): Promise<string> {
  const rows = await prisma.$queryRawUnsafe<Record<string, string>[]>(`SELECT
    (SELECT count(*)::text || '/' || coalesce(sum("amountYuan"), 0)::text || '/' || coalesce(sum(version), 0)::text FROM "BudgetLine") AS lines,
    (SELECT count(*)::text || '/' || coalesce(sum(version), 0)::text FROM "Project") AS projects,
    (SELECT count(*)::text || '/' || coalesce(sum("amountYuan"), 0)::text FROM "ProcurementEntry") AS procurement,
    (SELECT coalesce(string_agg("unitId" || ':' || status || ':' || version, ',' ORDER BY "unitId"), '') FROM "UnitSubmission") AS units,
    (SELECT coalesce(string_agg("departmentId" || ':' || status || ':' || version, ',' ORDER BY "departmentId"), '') FROM "DepartmentSubmission") AS departments,
    (SELECT coalesce(string_agg(username || ':' || role || ':' || active || ':' || "passwordHash", ',' ORDER BY username), '') FROM "User") AS users,
    (SELECT count(*)::text FROM "UserUnitScope") AS grants,
    (SELECT count(*)::text || '/' || coalesce(sum(version), 0)::text FROM "NarrativeSection") AS narrative,
    (SELECT count(*)::text FROM "PublishedReport") AS published,
    (SELECT count(*)::text FROM "AuditLog" WHERE kind <> 'REQUEST_REFUSED') AS audit`);
  return JSON.stringify(rows[0]);
}

/**
 * Every unit back to 草稿 and every department to 待报送. An accepted department leaves 已批复
 * only in a transaction that writes its 撤销批复 audit row (migration …_inv_freeze_accepted), so
 * this writes one per accepted department, as the real 撤销批复 does.
 */
export async function resetSubmissions(prisma: PrismaClient): Promise<void> {
  await prisma.$transaction(async (tx) => {
    for (const s of await tx.departmentSubmission.findMany({ where: { status: 'ACCEPTED' } })) {
      await tx.auditLog.create({ data: { kind: 'WORKFLOW', entity: 'DepartmentSubmission', departmentId: s.departmentId, year: s.year, after: { action: 'reopen' }, reason: '测试复位' } });
      await tx.departmentSubmission.update({ where: { id: s.id }, data: { status: 'RETURNED' } });
    }
    await tx.unitSubmission.updateMany({ data: { status: 'DRAFT', returnReason: null } });
    await tx.departmentSubmission.updateMany({ data: { status: 'PENDING', returnReason: null } });
  });
}
