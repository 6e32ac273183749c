// Real PostgreSQL: the findings cache (lib/services/findings-cache.ts) in front of the lines page's
// findings (GET /api/checks, listFindings). Each expectation is a change followed by a read: a line
// write, an acknowledgement and a rule change must each be visible on the very next read.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SignedInUser } from '@/lib/auth/guard';
import { disconnect } from '@/lib/db/client';
import { departmentFindings } from '@/lib/services/checks';
import { clearFindingsCache, findingsCacheStats } from '@/lib/services/findings-cache';
import { updateLine } from '@/lib/services/lines';
import { execute } from '@/lib/services/operation';
import { acknowledgeFinding, listFindings, updateRule } from '@/lib/services/rules';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { signedInAs, useDatabase } from './support/service-user';

let db: TestDatabase;
let accountant: SignedInUser;
let reviewer: SignedInUser;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true, label: 'findings_cache' });
  await useDatabase(db);
  accountant = await signedInAs(db, 'caiwu');
  reviewer = await signedInAs(db, 'shenhe');
});
afterAll(async () => {
  await disconnect();
  await db?.drop();
});
beforeEach(() => clearFindingsCache());

const unitId = () => accountant.units[0]!.id;
const read = () => execute(listFindings, accountant, { year: '2023', unitId: unitId() });
const zeroFindings = async () => (await read()).findings.filter((f) => f.ruleId === 'LINE_ZERO');

describe('findings cache', () => {
  it('answers a repeated read from the cache with what the uncached evaluation gives', async () => {
    const first = await read();
    const second = await read();
    expect(findingsCacheStats).toMatchObject({ hits: 1, misses: 1 });
    expect(second.findings).toEqual(first.findings);
    const direct = (await departmentFindings(db.prisma, first.department.code, 2023)) ?? [];
    expect(first.findings.map((f) => `${f.ruleId}|${f.key}`).sort()).toEqual(direct.filter((f) => f.unitId === unitId()).map((f) => `${f.ruleId}|${f.key}`).sort());
  });

  it('sees a line write, then an acknowledgement, then a rule change on the next read', async () => {
    const line = await db.prisma.budgetLine.findFirstOrThrow({ where: { year: 2023, unitId: unitId(), carryover: false, amountYuan: { gt: 0 } }, orderBy: { id: 'asc' } });
    expect((await zeroFindings()).some((f) => f.key === line.id)).toBe(false);

    // A write: the line at 0.00 is a LINE_ZERO warning on the next read.
    await execute(updateLine, accountant, { id: line.id, version: line.version, amountYuan: '0.00' });
    const [zero] = (await zeroFindings()).filter((f) => f.key === line.id);
    expect(zero).toMatchObject({ severity: 'WARN', acknowledgement: null });

    // An acknowledgement (read beside the findings, never cached) shows at once.
    await execute(acknowledgeFinding, accountant, { unitId: unitId(), year: 2023, ruleId: 'LINE_ZERO', findingKey: line.id, note: '测试确认' });
    const [acknowledged] = (await zeroFindings()).filter((f) => f.key === line.id);
    expect(acknowledged?.acknowledgement).toMatchObject({ note: '测试确认' });

    // A rule change of the year: LINE_ZERO switched off, its findings gone on the next read.
    const hitsBefore = findingsCacheStats.hits;
    await execute(updateRule, reviewer, { year: 2023, ruleId: 'LINE_ZERO', enabled: false, severity: 'WARN', params: {}, version: null });
    expect(await zeroFindings()).toEqual([]);
    expect(findingsCacheStats.hits).toBe(hitsBefore);
    // and back on (a second change of the same row)
    const row = await db.prisma.ruleSetting.findUniqueOrThrow({ where: { year_ruleId: { year: 2023, ruleId: 'LINE_ZERO' } } });
    await execute(updateRule, reviewer, { year: 2023, ruleId: 'LINE_ZERO', enabled: true, severity: 'INFO', params: {}, version: row.version });
    const [info] = (await zeroFindings()).filter((f) => f.key === line.id);
    expect(info?.severity).toBe('INFO');
  });

  it('sees a write made by plain SQL (another process) on the next read', async () => {
    const line = await db.prisma.budgetLine.findFirstOrThrow({ where: { year: 2023, unitId: unitId(), carryover: false, amountYuan: { gt: 0 } }, orderBy: { id: 'desc' } });
    expect((await zeroFindings()).some((f) => f.key === line.id)).toBe(false);
    await db.prisma.$executeRaw`UPDATE "BudgetLine" SET "amountYuan" = 0 WHERE id = ${line.id}`;
    expect((await zeroFindings()).some((f) => f.key === line.id)).toBe(true);
  });
});
