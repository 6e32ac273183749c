// Real PostgreSQL: the report cache (lib/services/report-cache.ts) keys on the data version the
// triggers of migration …_inv_data_version bump in the same transaction as each write. Every
// expectation here is a write followed by a read: the read must see the write, whoever made it
// (an operation, another process's SQL, the reference data), in the unit asked for, and in the
// published-snapshot state the department-year is in at that moment.
import Decimal from 'decimal.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { authorize, type SignedInUser } from '@/lib/auth/guard';
import { disconnect } from '@/lib/db/client';
import { findDepartmentDataVersion } from '@/lib/db/data-version-repository';
import { updateLine } from '@/lib/services/lines';
import { execute } from '@/lib/services/operation';
import { canonicalJson, freezeReport } from '@/lib/services/publish';
import { readDepartmentReport } from '@/lib/services/read/report';
import { clearCountyCache } from '@/lib/services/county-cache';
import { readCounty } from '@/lib/services/county';
import { clearReportCache, reportCacheStats } from '@/lib/services/report-cache';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { signedInAs, useDatabase } from './support/service-user';

let db: TestDatabase;
let leader: SignedInUser;
let accountant: SignedInUser;
let reviewer: SignedInUser;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true, label: 'report_cache' });
  await useDatabase(db);
  leader = await signedInAs(db, 'lingdao');
  accountant = await signedInAs(db, 'caiwu');
  reviewer = await signedInAs(db, 'shenhe');
});
afterAll(async () => {
  await disconnect();
  await db?.drop();
});
beforeEach(() => {
  clearReportCache();
  clearCountyCache();
});

const read = (unit: '万元' | '元' = '元') => readDepartmentReport(authorize(leader, 'report.read'), { department: '045', year: 2023, unit });
/** 表3 (一般公共预算支出表… the 支出总表) 合计, first amount column, as rendered. */
const total = (report: Awaited<ReturnType<typeof read>>) => report.tables[2]?.sections[0]?.rows[0]?.values[0];

/** A current-year line of caiwu's unit (the operation must be allowed to edit it). */
async function editableLine() {
  const unitIds = accountant.units.map((u) => u.id);
  return db.prisma.budgetLine.findFirstOrThrow({ where: { year: 2023, unitId: { in: unitIds }, carryover: false }, orderBy: { id: 'asc' } });
}

describe('report cache', () => {
  it('answers a repeated read from the cache, with the very same (frozen) report', async () => {
    const first = await read();
    const second = await read();
    expect(second).toBe(first);
    expect(reportCacheStats).toMatchObject({ hits: 1, misses: 1 });
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.tables[2]?.sections[0]?.rows[0]?.values)).toBe(true);
  });

  it('shows a line saved through the operation on the very next read', async () => {
    const before = await read();
    const line = await editableLine();
    const amount = new Decimal(line.amountYuan.toString()).plus('123.45');
    await execute(updateLine, accountant, { id: line.id, version: line.version, amountYuan: amount.toFixed(2) });
    const after = await read();
    expect(after).not.toBe(before);
    expect(new Decimal(total(after) ?? 'NaN').minus(total(before) ?? 'NaN').toFixed(2)).toBe('123.45');
  });

  it('shows a write made by plain SQL (another app instance, the CLI) on the next read', async () => {
    const before = await read();
    const line = await editableLine();
    await db.prisma.$executeRaw`UPDATE "BudgetLine" SET "amountYuan" = "amountYuan" + 1000, version = version + 1 WHERE id = ${line.id}`;
    const after = await read();
    expect(new Decimal(total(after) ?? 'NaN').minus(total(before) ?? 'NaN').toFixed(2)).toBe('1000.00');
  });

  it('keys on the amount unit: 万元 and 元 are different reports', async () => {
    const wan = await read('万元');
    const yuan = await read('元');
    expect(yuan).not.toBe(wan);
    expect(wan.amountUnit).toBe('万元');
    expect(yuan.amountUnit).toBe('元');
    expect(await read('万元')).toBe(wan);
    expect(await read('元')).toBe(yuan);
  });

  it('moves the version on reference data, project and 情况说明 writes too', async () => {
    const version = async () => (await findDepartmentDataVersion(db.prisma, '045', 2023))?.token;
    const start = await version();
    await db.prisma.$executeRaw`UPDATE "FunctionalCode" SET name = name WHERE year = 2023 AND code = (SELECT min(code) FROM "FunctionalCode" WHERE year = 2023)`;
    const afterReference = await version();
    expect(afterReference).not.toBe(start);
    await db.prisma.$executeRaw`UPDATE "Project" SET name = name WHERE id = (SELECT p.id FROM "Project" p JOIN "Unit" u ON u.id = p."unitId" JOIN "Department" d ON d.id = u."departmentId" WHERE d.code = '045' LIMIT 1)`;
    const afterProject = await version();
    expect(afterProject).not.toBe(afterReference);
    // A 绩效目标 indicator reaches its department through form → project → unit.
    const indicators = await db.prisma.$executeRaw`UPDATE "PerformanceIndicator" SET name = name WHERE id = (SELECT i.id FROM "PerformanceIndicator" i
      JOIN "PerformanceForm" f ON f.id = i."formId" JOIN "Project" p ON p.id = f."projectId" JOIN "Unit" u ON u.id = p."unitId"
      JOIN "Department" d ON d.id = u."departmentId" WHERE d.code = '045' LIMIT 1)`;
    expect(indicators).toBe(1);
    const afterIndicator = await version();
    expect(afterIndicator).not.toBe(afterProject);
    await db.prisma.$executeRaw`UPDATE "NarrativeSection" SET body = body || '' WHERE "departmentId" = (SELECT id FROM "Department" WHERE code = '045')`;
    const count = await db.prisma.narrativeSection.count({ where: { department: { code: '045' } } });
    expect(count).toBeGreaterThan(0);
    const afterNarrative = await version();
    expect(afterNarrative).not.toBe(afterIndicator);
    // 增减变动原因 are quoted by the 情况说明 (migration …_inv_data_version_change_reason).
    await db.prisma.changeReason.create({ data: { departmentId: (await db.prisma.department.findUniqueOrThrow({ where: { code: '045' } })).id, year: 2023, subject: 'threePublic:reception', text: '会议减少' } });
    const afterReason = await version();
    expect(afterReason).not.toBe(afterNarrative);
    // A write to another department leaves this one's version alone.
    const other = await db.prisma.department.create({ data: { code: '047', name: '另一部门', region: '柳林县' } });
    await db.prisma.department.update({ where: { id: other.id }, data: { name: '另一部门（改）' } });
    expect(await version()).toBe(afterReason);
    expect(await findDepartmentDataVersion(db.prisma, '999', 2023)).toBeNull();
  });

  it('全县汇总: a line saved anywhere in the county is in the next consolidation', async () => {
    const county = () => readCounty(authorize(reviewer, 'consolidated.read'), { year: 2023, unit: '元' });
    const before = (await county()).tables[2]?.total[0];
    expect((await county()).tables[2]?.total[0]).toBe(before);
    const line = await editableLine();
    const amount = new Decimal(line.amountYuan.toString()).plus('0.07');
    await execute(updateLine, accountant, { id: line.id, version: line.version, amountYuan: amount.toFixed(2) });
    const after = (await county()).tables[2]?.total[0];
    expect(new Decimal(after ?? 'NaN').minus(before ?? 'NaN').toFixed(2)).toBe('0.07');
  });

  it('follows the published-snapshot state: once accepted, both units are the snapshot, re-checked on every read, never cached', async () => {
    const department = await db.prisma.department.findUniqueOrThrow({ where: { code: '045' } });
    await db.prisma.$transaction((tx) => freezeReport(tx, department, 2023));
    const stored = await db.prisma.publishedReport.findFirstOrThrow({ where: { departmentId: department.id, year: 2023 }, orderBy: { version: 'desc' } });
    const envelope = JSON.parse(stored.content as string) as { reports: Record<'万元' | '元', { tables: { sections: { rows: { values: string[] }[] }[] }[] }> };
    // A change after the snapshot was taken, before 批复: the live report shows it.
    const line = await editableLine();
    await db.prisma.budgetLine.update({ where: { id: line.id }, data: { amountYuan: line.amountYuan.plus(5000), version: { increment: 1 } } });
    expect(canonicalJson(await read('万元'))).not.toBe(canonicalJson(envelope.reports['万元']));
    await db.prisma.departmentSubmission.update({ where: { departmentId_year: { departmentId: department.id, year: 2023 } }, data: { status: 'ACCEPTED' } });
    for (const unit of ['万元', '元'] as const) expect(canonicalJson(await read(unit))).toBe(canonicalJson(envelope.reports[unit]));
    // Changed behind every trigger (no version bump): the next read must still see it, from the row, not from memory.
    const hitsBefore = reportCacheStats.hits;
    envelope.reports['万元'].tables[2]!.sections[0]!.rows[0]!.values[0] = '9999.99';
    await db.prisma.$transaction([
      db.prisma.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`),
      db.prisma.publishedReport.update({ where: { id: stored.id }, data: { content: JSON.stringify(envelope) } }),
    ]);
    await expect(read('万元')).rejects.toMatchObject({ code: 'SNAPSHOT_INTEGRITY' });
    expect(reportCacheStats.hits).toBe(hitsBefore);
  });
});
