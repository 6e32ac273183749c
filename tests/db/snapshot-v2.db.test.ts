// Real PostgreSQL: the v2 公开快照 (lib/services/report-snapshot.ts) holds the report in 万元 and 元
// and the budget it was derived from; every read of an accepted department-year — 万元, 元, the
// public page, the drill-down's budget — comes from it, so a reference-code rename after 批复 does
// not move the published report, while 「当前数据」 shows the difference. A v1 snapshot still reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorize, type SignedInUser } from '@/lib/auth/guard';
import { deriveReport, renderReport } from '@/lib/budget/report';
import { findGuardUser } from '@/lib/db/auth-repository';
import { disconnect } from '@/lib/db/client';
import { execute } from '@/lib/services/operation';
import { renameCode } from '@/lib/services/codes';
import { canonicalJson, contentHash, freezeReport } from '@/lib/services/publish';
import { readCurrentComparison, readDepartmentReport } from '@/lib/services/read/report';
import { readPublicList, readPublicSnapshot } from '@/lib/services/read/public';
import { loadPublishedBudget, renderDepartmentReport } from '@/lib/services/report';
import { createTestDatabase, type TestDatabase } from '../helpers/db';

let db: TestDatabase;
const users = {} as Record<'leader' | 'reviewer' | 'accountant' | 'admin', SignedInUser>;
let departmentId: string;
let version: number;
let code: { code: string; name: string };

async function signedIn(username: string): Promise<SignedInUser> {
  const row = await db.prisma.user.findUniqueOrThrow({ where: { username } });
  const user = await findGuardUser(row.id, db.prisma);
  if (!user) throw new Error(`demo user ${username} missing`);
  return { ...user, ip: null, mustChangePassword: false };
}

beforeAll(async () => {
  db = await createTestDatabase({ demo: true, label: 'snapshot_v2' });
  process.env.DATABASE_URL = db.url; // getPrisma() of the services
  users.leader = await signedIn('lingdao');
  users.reviewer = await signedIn('shenhe');
  users.accountant = await signedIn('caiwu');
  users.admin = await signedIn('admin');
  const department = await db.prisma.department.findUniqueOrThrow({ where: { code: '045' } });
  departmentId = department.id;
  // A 项 code the demo's lines use: its name is printed in 表2/表3.
  const line = await db.prisma.budgetLine.findFirstOrThrow({ where: { year: 2023, unit: { departmentId } }, orderBy: { id: 'asc' } });
  code = await db.prisma.functionalCode.findUniqueOrThrow({ where: { year_code: { year: 2023, code: line.functionalCode } }, select: { code: true, name: true } });
  ({ version } = await db.prisma.$transaction((tx) => freezeReport(tx, department, 2023), { timeout: 30_000 }));
  await db.prisma.departmentSubmission.update({ where: { departmentId_year: { departmentId, year: 2023 } }, data: { status: 'ACCEPTED' } });
});
afterAll(async () => {
  await disconnect();
  await db?.drop();
});

const page = (unit: '万元' | '元') => readDepartmentReport(authorize(users.leader, 'report.read'), { department: '045', year: 2023, unit });
const names = (text: string) => text.includes(code.name);

describe('snapshot v2', () => {
  let before: Record<'万元' | '元', string>;

  it('stores both units and the budget as one JSON text whose sha256 is the stored one', async () => {
    const stored = await db.prisma.publishedReport.findUniqueOrThrow({ where: { departmentId_year_version: { departmentId, year: 2023, version } } });
    expect(typeof stored.content).toBe('string');
    expect(contentHash(stored.content as string)).toBe(stored.contentHash);
    const envelope = JSON.parse(stored.content as string) as { format: string; reports: Record<string, { amountUnit: string }>; budget: { lines: unknown[] } };
    expect(envelope.format).toBe('published-report/2');
    expect(Object.values(envelope.reports).map((r) => r.amountUnit).sort()).toEqual(['万元', '元'].sort());
    expect(envelope.budget.lines).toHaveLength(await db.prisma.budgetLine.count({ where: { year: 2023, unit: { departmentId } } }));
    before = { 万元: canonicalJson(await page('万元')), 元: canonicalJson(await page('元')) };
    expect(names(before['万元'])).toBe(true);
  });

  it('a code renamed after 批复 (by the admin, through code.rename) changes neither 万元 nor 元, nor the published budget', async () => {
    const renamed = `${code.name}（批复后改名）`;
    await execute(renameCode, users.admin, { kind: 'functional', code: code.code, year: 2023, name: renamed });
    // The live derivation does see the new name: the rename is real.
    const live = await renderDepartmentReport(db.prisma, { departmentCode: '045', year: 2023, unit: '元' });
    expect(canonicalJson(live)).toContain(renamed);

    expect(canonicalJson(await page('万元'))).toBe(before['万元']);
    expect(canonicalJson(await page('元'))).toBe(before['元']);
    const published = await readPublicSnapshot({ department: '045', year: '2023', unit: '元' });
    expect(canonicalJson(published.reports['元'])).toBe(before['元']);
    const budget = await loadPublishedBudget(db.prisma, '045', 2023);
    expect(budget?.reference.functional.find((c) => c.code === code.code)?.name).toBe(code.name);
    expect(budget?.lines.length).toBeGreaterThan(0);
    // The drill-down derives from this budget: it gives back exactly the published report, in both units.
    const derived = deriveReport(budget!);
    expect(canonicalJson(renderReport(derived, '万元'))).toBe(before['万元']);
    expect(canonicalJson(renderReport(derived, '元'))).toBe(before['元']);
  });

  it('「当前数据」 shows the reviewer and the leader the renamed rows against the snapshot; the accountant may not', async () => {
    for (const who of ['reviewer', 'leader'] as const) {
      const comparison = await readCurrentComparison(authorize(users[who], 'report.read'), { department: '045', year: 2023, unit: '万元' });
      expect(comparison?.difference.same).toBe(false);
      const renamedCells = comparison?.difference.cells.filter((c) => c.column === '名称') ?? [];
      expect(renamedCells.length).toBeGreaterThan(0);
      expect(renamedCells.every((c) => c.snapshot === code.name && c.current === `${code.name}（批复后改名）`)).toBe(true);
      expect(comparison?.difference.cells.filter((c) => c.column !== '名称')).toEqual([]); // amounts unchanged
    }
    await expect(readCurrentComparison(authorize(users.accountant, 'report.read'), { department: '045', year: 2023, unit: '万元' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('the public list shows the published department-year, and filters by name and year', async () => {
    expect((await readPublicList({})).entries.map((e) => [e.departmentCode, e.year, e.version])).toEqual([['045', 2023, version]]);
    expect((await readPublicList({ q: '行政审批' })).entries).toHaveLength(1);
    expect((await readPublicList({ q: '不存在的部门' })).entries).toEqual([]);
    expect((await readPublicList({ year: '2024' })).entries).toEqual([]);
    expect((await readPublicList({ year: 'abc' })).error).toMatch(/预算年度/);
  });
});

describe('snapshot v1 (the 万元 report only) still reads', () => {
  it('serves 万元 from the v1 content and 元 from the frozen data', async () => {
    const v2 = JSON.parse(before2()) as { reports: { 万元: { department: { name: string } } } };
    const v1 = { ...v2.reports['万元'], department: { ...v2.reports['万元'].department, name: '旧版快照部门名' } };
    await db.prisma.publishedReport.create({ data: { departmentId, year: 2023, version: version + 1, content: v1, contentHash: contentHash(canonicalJson(v1)) } });
    expect((await page('万元')).department.name).toBe('旧版快照部门名');
    const yuan = await page('元');
    expect(yuan.department.name).not.toBe('旧版快照部门名');
    expect(canonicalJson(yuan)).toContain('（批复后改名）'); // live: a v1 snapshot holds no names
    const published = await readPublicSnapshot({ department: '045', year: '2023', unit: '万元' });
    expect(published.format).toBe(1);
    expect(published.reports['万元'].department.name).toBe('旧版快照部门名');
  });
});

describe('a tampered v2 snapshot', () => {
  it('is refused on the public read with 公开快照校验失败, and audited', async () => {
    await db.prisma.publishedReport.create({ data: { departmentId, year: 2023, version: version + 2, content: before2(), contentHash: contentHash(before2()) } });
    expect((await readPublicSnapshot({ department: '045', year: '2023', unit: '万元' })).format).toBe(2);
    const tampered = before2().replace('"1185.70"', '"1285.70"');
    expect(tampered).not.toBe(before2());
    await db.prisma.$transaction([
      db.prisma.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`),
      db.prisma.publishedReport.update({ where: { departmentId_year_version: { departmentId, year: 2023, version: version + 2 } }, data: { content: tampered } }),
    ]);
    await expect(readPublicSnapshot({ department: '045', year: '2023', unit: '万元' })).rejects.toMatchObject({ code: 'SNAPSHOT_INTEGRITY', message: expect.stringContaining('公开快照校验失败') });
    await expect(loadPublishedBudget(db.prisma, '045', 2023)).rejects.toMatchObject({ code: 'SNAPSHOT_INTEGRITY' });
    const rows = await db.prisma.auditLog.findMany({ where: { kind: 'SNAPSHOT_TAMPERED', entityId: `045/2023/v${version + 2}` } });
    expect(rows).toHaveLength(2);
  });
});

let first: string | null = null;
/** The first (v2) snapshot's stored text. */
function before2(): string {
  if (first === null) throw new Error('snapshot text not read yet');
  return first;
}
beforeAll(async () => {
  const stored = await db.prisma.publishedReport.findUniqueOrThrow({ where: { departmentId_year_version: { departmentId, year: 2023, version } } });
  first = stored.content as string;
});
