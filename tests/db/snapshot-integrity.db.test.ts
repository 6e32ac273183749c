// Real PostgreSQL: a published snapshot is append-only by trigger, so only the superuser (triggers
// bypassed) can change one; this test does exactly that and checks that the read notices by the
// stored sha256, refuses with 公开快照校验失败, records it in the audit log, and serves nothing else.
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
let departmentId: string;
let version: number;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true, label: 'snapshot_integrity' });
  process.env.DATABASE_URL = db.url; // getPrisma() of the services
  const row = await db.prisma.user.findUniqueOrThrow({ where: { username: 'lingdao' } });
  const user = await findGuardUser(row.id, db.prisma);
  if (!user) throw new Error('demo leader missing');
  leader = { ...user, ip: null, mustChangePassword: false };
  const department = await db.prisma.department.findUniqueOrThrow({ where: { code: '045' } });
  departmentId = department.id;
  ({ version } = await db.prisma.$transaction((tx) => freezeReport(tx, department, 2023)));
  await db.prisma.departmentSubmission.update({ where: { departmentId_year: { departmentId, year: 2023 } }, data: { status: 'ACCEPTED' } });
});
afterAll(async () => {
  await disconnect();
  await db?.drop();
});

const asPage = () => readDepartmentReport(authorize(leader, 'report.read'), { department: '045', year: 2023, unit: '万元' });
const asApi = () => execute(readReport, leader, { department: '045', year: '2023', format: 'json', unit: '万元' });
const snapshotKey = () => ({ departmentId_year_version: { departmentId, year: 2023, version } });
const tamperedRows = () => db.prisma.auditLog.findMany({ where: { kind: 'SNAPSHOT_TAMPERED' }, orderBy: { id: 'asc' } });

/** The stored v2 snapshot (a JSON text) as an object. */
const storedEnvelope = (content: unknown) => JSON.parse(content as string) as { reports: Record<'万元' | '元', { tables: { sections: { rows: { values: string[] }[] }[] }[] }> };

/** Overwrites the stored content behind the append-only trigger, as only the superuser can. */
async function overwriteContent(content: object | string): Promise<void> {
  await db.prisma.$transaction([
    db.prisma.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`),
    db.prisma.publishedReport.update({ where: snapshotKey(), data: { content } }),
  ]);
}

describe('the published snapshot is checked against its sha256 on every read', () => {
  it('serves an intact snapshot as stored, and records nothing', async () => {
    const stored = await db.prisma.publishedReport.findUniqueOrThrow({ where: snapshotKey() });
    const page = await asPage();
    expect(typeof stored.content).toBe('string'); // v2: the JSON text the sha256 is taken over
    expect(canonicalJson(page)).toBe(canonicalJson(storedEnvelope(stored.content).reports['万元']));
    expect(page.tables[2]?.sections[0]?.rows[0]?.values).toEqual(['1185.70', '731.78', '453.92']); // 表3 合计 of the example
    expect((await asApi()).report.tables[2]?.sections[0]?.rows[0]?.values[0]).toBe('1185.70');
    expect(await tamperedRows()).toEqual([]);
  });

  it('refuses a snapshot whose content was changed, on the page read and the API, and audits each read', async () => {
    const stored = await db.prisma.publishedReport.findUniqueOrThrow({ where: snapshotKey() });
    const content = storedEnvelope(stored.content);
    const total = content.reports['万元'].tables[2]?.sections[0]?.rows[0];
    if (!total) throw new Error('表3 合计 missing from the snapshot');
    total.values[0] = '1285.70'; // one figure, 100 万元 more
    await overwriteContent(JSON.stringify(content));

    const refusal = { code: 'SNAPSHOT_INTEGRITY', status: 503, message: expect.stringContaining('公开快照校验失败') };
    await expect(asPage()).rejects.toMatchObject(refusal);
    await expect(asApi()).rejects.toMatchObject(refusal);

    const rows = await tamperedRows();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ departmentId, year: 2023, entity: 'PublishedReport', actorId: null, before: { contentHash: stored.contentHash } });
    expect(rows[0]?.after).not.toEqual({ contentHash: stored.contentHash });
  });

  it('refuses a changed snapshot that no longer parses instead of rendering the live report in its place', async () => {
    await overwriteContent({ tables: [] });
    await expect(asPage()).rejects.toMatchObject({ code: 'SNAPSHOT_INTEGRITY', message: expect.stringContaining('公开快照校验失败') });
    expect(await tamperedRows()).toHaveLength(3);
  });
});
