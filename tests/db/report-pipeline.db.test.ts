// Real PostgreSQL: the report pipeline reads the department, its lines and the published snapshot
// through Prisma, and publishing writes the snapshot in a transaction; only a real database shows
// that the page, GET /api/report and publishing render the same report from the same rows, and
// that an accepted department-year is served from its frozen snapshot afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorize, type SignedInUser } from '@/lib/auth/guard';
import { disconnect } from '@/lib/db/client';
import { findGuardUser } from '@/lib/db/auth-repository';
import { execute } from '@/lib/services/operation';
import { canonicalJson, freezeReport } from '@/lib/services/publish';
import { readDepartmentReport, readReport } from '@/lib/services/read/report';
import { createTestDatabase, type TestDatabase } from '../helpers/db';

let db: TestDatabase;
let leader: SignedInUser;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true, label: 'report_pipeline' });
  process.env.DATABASE_URL = db.url; // getPrisma() of the services
  const row = await db.prisma.user.findUniqueOrThrow({ where: { username: 'lingdao' } });
  const user = await findGuardUser(row.id, db.prisma);
  if (!user) throw new Error('demo leader missing');
  leader = { ...user, ip: null, mustChangePassword: false }; // past the first sign-in's password change
});
afterAll(async () => {
  await disconnect();
  await db?.drop();
});

const asPage = (unit: '万元' | '元' = '万元') => readDepartmentReport(authorize(leader, 'report.read'), { department: '045', year: 2023, unit });
const asApi = async (unit: '万元' | '元' = '万元') => (await execute(readReport, leader, { department: '045', year: '2023', format: 'json', unit })).report;

/** Publishes 045/2023 and returns the stored snapshot as canonical JSON. */
async function publish(): Promise<string> {
  const department = await db.prisma.department.findUniqueOrThrow({ where: { code: '045' } });
  const { version } = await db.prisma.$transaction((tx) => freezeReport(tx, department, 2023));
  const snapshot = await db.prisma.publishedReport.findUniqueOrThrow({ where: { departmentId_year_version: { departmentId: department.id, year: 2023, version } } });
  const stored = JSON.parse(snapshot.content as string) as { reports: { 万元: unknown } }; // v2: JSON text, both units
  return canonicalJson(stored.reports['万元']);
}

describe('one report pipeline for the page, the API and publishing', () => {
  it('renders the same report for the demo department through all three', async () => {
    const page = await asPage();
    const api = await asApi();
    expect(canonicalJson(api)).toBe(canonicalJson(page));
    expect(page.tables[2]?.sections[0]?.rows[0]?.values).toEqual(['1185.70', '731.78', '453.92']); // 表3 合计 of the example
    expect(page.roundingNotes.length).toBeGreaterThan(0);
    const published = await publish();
    expect(published).toBe(canonicalJson(page));
  });

  it('serves an accepted department-year from its snapshot, in 万元 and in 元', async () => {
    const department = await db.prisma.department.findUniqueOrThrow({ where: { code: '045' } });
    const before = await asPage();
    const beforeYuan = await asPage('元');
    await db.prisma.departmentSubmission.update({ where: { departmentId_year: { departmentId: department.id, year: 2023 } }, data: { status: 'ACCEPTED' } });
    // Change a line behind the workflow's back (the database's freeze triggers bypassed, as only the
    // superuser can): the published report must not move.
    const line = await db.prisma.budgetLine.findFirstOrThrow({ where: { year: 2023, unit: { departmentId: department.id }, carryover: false }, orderBy: { id: 'asc' } });
    await db.prisma.$transaction([
      db.prisma.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`),
      db.prisma.budgetLine.update({ where: { id: line.id }, data: { amountYuan: line.amountYuan.plus(10000) } }),
    ]);
    const page = await asPage();
    const api = await asApi();
    expect(canonicalJson(page)).toBe(canonicalJson(before));
    expect(canonicalJson(api)).toBe(canonicalJson(before));
    const yuan = await asPage('元');
    expect(yuan.tables[2]?.sections[0]?.rows[0]?.values[0]).toBe('11856970.06'); // the snapshot's, not live 11,866,970.06
    expect(canonicalJson(yuan)).toBe(canonicalJson(beforeYuan));
  });

  it('refuses a department outside the leader’s scope on both surfaces, by the same rule', async () => {
    await db.prisma.department.create({ data: { code: '046', name: '另一部门', region: '柳林县' } });
    await expect(readDepartmentReport(authorize(leader, 'report.read'), { department: '046', year: 2023, unit: '万元' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(execute(readReport, leader, { department: '046', year: '2023' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
