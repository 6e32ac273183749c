// Real PostgreSQL: the derivation cache (lib/services/derivation-cache.ts) behind the report cache
// and the findings cache. One load and derivation per department-year and data version serves both
// units of the report and the 审核 findings; a write in between makes the next reader derive again,
// whichever cache it comes through.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SignedInUser } from '@/lib/auth/guard';
import { disconnect } from '@/lib/db/client';
import { departmentFindings } from '@/lib/services/checks';
import { derivationCacheStats } from '@/lib/services/derivation-cache';
import { clearFindingsCache } from '@/lib/services/findings-cache';
import { updateLine } from '@/lib/services/lines';
import { execute } from '@/lib/services/operation';
import { renderDepartmentReport } from '@/lib/services/report';
import { clearReportCache, loadDepartmentReportCached } from '@/lib/services/report-cache';
import { listFindings } from '@/lib/services/rules';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { signedInAs, useDatabase } from './support/service-user';

let db: TestDatabase;
let accountant: SignedInUser;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true, label: 'derivation_cache' });
  await useDatabase(db);
  accountant = await signedInAs(db, 'caiwu');
});
afterAll(async () => {
  await disconnect();
  await db?.drop();
});
beforeEach(() => {
  clearReportCache();
  clearFindingsCache();
});

const DEPARTMENT = '045';
const unitId = () => accountant.units[0]!.id;
const report = (unit: '万元' | '元') => loadDepartmentReportCached(db.prisma, { departmentCode: DEPARTMENT, year: 2023, unit });
const findings = async () => (await execute(listFindings, accountant, { year: '2023', unitId: unitId() })).findings;
const keys = (list: readonly { ruleId: string; key: string }[]) => list.map((f) => `${f.ruleId}|${f.key}`).sort();

describe('derivation cache', () => {
  it('derives once per data version for 万元, 元 and the findings, with the answers of the uncached pipeline', async () => {
    const wan = await report('万元');
    const yuan = await report('元');
    const listed = await findings();
    expect(derivationCacheStats).toMatchObject({ misses: 1, hits: 2 });
    expect(wan).toEqual(await renderDepartmentReport(db.prisma, { departmentCode: DEPARTMENT, year: 2023, unit: '万元' }));
    expect(yuan).toEqual(await renderDepartmentReport(db.prisma, { departmentCode: DEPARTMENT, year: 2023, unit: '元' }));
    const direct = (await departmentFindings(db.prisma, DEPARTMENT, 2023)) ?? [];
    expect(keys(listed)).toEqual(keys(direct.filter((f) => f.unitId === unitId())));
    expect(listed.length).toBeGreaterThan(0);
  });

  it('derives again after a write: the findings and the other unit read after it see it', async () => {
    const line = await db.prisma.budgetLine.findFirstOrThrow({ where: { year: 2023, unitId: unitId(), carryover: false, amountYuan: { gt: 0 } }, orderBy: { id: 'asc' } });
    const yuanBefore = await report('元');
    expect((await findings()).some((f) => f.ruleId === 'LINE_ZERO' && f.key === line.id)).toBe(false);
    await report('万元'); // the 万元 report of this version: derived before the write

    await execute(updateLine, accountant, { id: line.id, version: line.version, amountYuan: '0.00' });
    // The findings cache misses (new version); the derivation made before the write must not serve it.
    expect((await findings()).some((f) => f.ruleId === 'LINE_ZERO' && f.key === line.id)).toBe(true);
    const yuanAfter = await report('元');
    expect(yuanAfter).not.toEqual(yuanBefore);
    expect(yuanAfter).toEqual(await renderDepartmentReport(db.prisma, { departmentCode: DEPARTMENT, year: 2023, unit: '元' }));
    // Before the write: one derivation for 元, the findings and 万元; after it: one for the findings and 元.
    expect(derivationCacheStats).toMatchObject({ misses: 2, hits: 3 });
  });
});
