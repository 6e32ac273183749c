// 全县部门概况 (readCountyOverview) on real PostgreSQL: departments with their 部门报送 state,
// unit counts by state, totals per 本年/结转 × 基本/项目 in 万元 rounded per cell from 元, and the
// change from the 上年数 (last year's accepted report, else the department's entry). Every
// expected figure below is added up by hand from the rows this file inserts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Guarded } from '@/lib/auth/guard';
import { disconnect } from '@/lib/db/client';
import { readCountyOverview } from '@/lib/services/read/county-overview';
import { readOverview } from '@/lib/services/read/overview';
import { createTestDatabase, type TestDatabase } from '../helpers/db';

let db: TestDatabase;
const reviewer: Pick<Guarded, 'scope'> = { scope: { kind: 'county' } };
const ids: Record<string, string> = {};

type Line = { unit: string; year: number; amount: string; kind?: 'BASIC' | 'PROJECT'; carryover?: boolean };

async function department(code: string, name: string, units: { code: string; status?: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED' }[]) {
  const d = await db.prisma.department.create({ data: { code, name, region: '测试县' } });
  ids[code] = d.id;
  for (const [i, u] of units.entries()) {
    const unit = await db.prisma.unit.create({ data: { departmentId: d.id, code: u.code, name: `${name}单位${i + 1}`, type: 'ADMINISTRATIVE', govEconCategory: 'ORGAN' } });
    ids[u.code] = unit.id;
    if (u.status) await db.prisma.unitSubmission.create({ data: { unitId: unit.id, year: 2024, status: u.status } });
  }
}

async function lines(list: Line[]) {
  for (const l of list) {
    const kind = l.kind ?? 'BASIC';
    const project = kind === 'PROJECT' ? await db.prisma.project.create({ data: { year: l.year, unitId: ids[l.unit]!, name: `项目${l.amount}`, attribute: 'RECURRING' } }) : null;
    await db.prisma.budgetLine.create({
      data: {
        year: l.year, unitId: ids[l.unit]!, functionalCode: '2010101', deptEconCode: kind === 'BASIC' ? '30101' : '30201', kind,
        projectId: project?.id ?? null, fundingSource: 'GENERAL_PUBLIC', carryover: l.carryover ?? false, amountYuan: l.amount,
      },
    });
  }
}

beforeAll(async () => {
  db = await createTestDatabase({ label: 'county_overview' });
  await department('901', '甲局', [{ code: '901001', status: 'APPROVED' }, { code: '901002', status: 'APPROVED' }, { code: '901003' }]);
  await department('902', '乙局', [{ code: '902001', status: 'RETURNED' }, { code: '902002', status: 'SUBMITTED' }]);
  await department('903', '丙局', []);
  await department('904', '丁局', [{ code: '904001' }]);
  await lines([
    // 甲局 2024: 本年 基本 12345.67, 本年 项目 5000.00, 结转 基本 0.01, 结转 项目 4999.99 → 合计 22345.67.
    { unit: '901001', year: 2024, amount: '12345.67' },
    { unit: '901001', year: 2024, amount: '5000.00', kind: 'PROJECT' },
    { unit: '901002', year: 2024, amount: '0.01', carryover: true },
    { unit: '901002', year: 2024, amount: '4999.99', kind: 'PROJECT', carryover: true },
    // 甲局 2023 (批复, published 支出总计 2.00 万元, which 19999.50 元 rounds to): 上年 = 19999.50.
    { unit: '901001', year: 2023, amount: '19999.50' },
    // 乙局 2024: 100.00; 2023 not accepted, so its 500.00 is no 上年数: the entry 200.00 is.
    { unit: '902001', year: 2024, amount: '100.00' },
    { unit: '902001', year: 2023, amount: '500.00' },
    // 丁局 2023 accepted with 12345.00 元 but published as 1.00 万元: the published figure wins (10000.00).
    { unit: '904001', year: 2023, amount: '12345.00' },
  ]);
  const snapshot = (shown: string) => ({ narrative: { figures: { 'totalExpenditure.current': shown } } });
  await db.prisma.publishedReport.create({ data: { departmentId: ids['901']!, year: 2023, contentHash: 'h1', content: snapshot('2.00') } });
  await db.prisma.publishedReport.create({ data: { departmentId: ids['904']!, year: 2023, contentHash: 'h4', content: snapshot('1.00') } });
  await db.prisma.departmentSubmission.createMany({
    data: [
      { departmentId: ids['901']!, year: 2023, status: 'ACCEPTED' },
      { departmentId: ids['904']!, year: 2023, status: 'ACCEPTED' },
      { departmentId: ids['901']!, year: 2024, status: 'SUBMITTED' },
      { departmentId: ids['902']!, year: 2024, status: 'RETURNED', returnReason: '请核实项目支出' },
    ],
  });
  await db.prisma.priorYearFigures.create({ data: { departmentId: ids['902']!, year: 2024, totalExpenditure: '200.00' } });
  await disconnect();
  process.env.DATABASE_URL = db.url;
});
afterAll(async () => {
  await disconnect();
  await db?.drop();
});

describe('readCountyOverview', () => {
  it('lists every department with its state and its units counted by state', async () => {
    const o = await readCountyOverview(reviewer, { year: 2024, unit: '万元' });
    expect(o.rows.map((r) => [r.code, r.status, r.returnReason])).toEqual([
      ['901', 'SUBMITTED', null],
      ['902', 'RETURNED', '请核实项目支出'],
      ['903', 'PENDING', null],
      ['904', 'PENDING', null],
    ]);
    expect(o.rows.map((r) => [r.units, r.unitTotal])).toEqual([
      [{ DRAFT: 1, SUBMITTED: 0, APPROVED: 2, RETURNED: 0 }, 3],
      [{ DRAFT: 0, SUBMITTED: 1, APPROVED: 0, RETURNED: 1 }, 2],
      [{ DRAFT: 0, SUBMITTED: 0, APPROVED: 0, RETURNED: 0 }, 0],
      [{ DRAFT: 1, SUBMITTED: 0, APPROVED: 0, RETURNED: 0 }, 1],
    ]);
    expect(o.stateCounts).toEqual({ PENDING: 2, SUBMITTED: 1, ACCEPTED: 0, RETURNED: 1 });
    expect(o.totals.units).toEqual({ DRAFT: 2, SUBMITTED: 1, APPROVED: 2, RETURNED: 1 });
  });

  it('sums 本年/结转 × 基本/项目 per department, each 万元 cell rounded on its own', async () => {
    const o = await readCountyOverview(reviewer, { year: 2024, unit: '万元' });
    const jia = o.rows.find((r) => r.code === '901')!;
    // 1.234567 → 1.23; 0.5; 0.000001 → 0.00; 0.499999 → 0.50; 2.234567 → 2.23.
    expect(jia.amounts).toEqual({ currentBasic: '1.23', currentProject: '0.50', carryoverBasic: '0.00', carryoverProject: '0.50', total: '2.23' });
    const yuan = await readCountyOverview(reviewer, { year: 2024, unit: '元' });
    expect(yuan.rows.find((r) => r.code === '901')!.amounts).toEqual({
      currentBasic: '12345.67', currentProject: '5000.00', carryoverBasic: '0.01', carryoverProject: '4999.99', total: '22345.67',
    });
    // County: 22345.67 + 100.00 = 22445.67.
    expect(yuan.totals.amounts.total).toBe('22445.67');
    expect(yuan.rows.find((r) => r.code === '903')!.amounts.total).toBe('0.00');
  });

  it('compares with the 上年数: last year’s accepted report, else the department’s entry', async () => {
    const o = await readCountyOverview(reviewer, { year: 2024, unit: '元' });
    const change = (code: string) => o.rows.find((r) => r.code === code)!.change;
    // 22345.67 − 19999.50 = 2346.17; 2346.17 / 19999.50 = 11.731…%.
    expect(change('901')).toEqual({ prior: '19999.50', source: 'PUBLISHED', amount: '2346.17', rate: '11.73' });
    // 100.00 − 200.00 (entered; 2023 was not accepted, its lines are not the 上年数).
    expect(change('902')).toEqual({ prior: '200.00', source: 'ENTERED', amount: '-100.00', rate: '-50.00' });
    expect(change('903')).toEqual({ prior: null, source: null, amount: null, rate: null });
    // 12345.00 元 is 1.23 万元, not the published 1.00: the published 10000.00 is the 上年数.
    expect(change('904')).toEqual({ prior: '10000.00', source: 'PUBLISHED', amount: '-10000.00', rate: '-100.00' });
    const wan = await readCountyOverview(reviewer, { year: 2024, unit: '万元' });
    expect(wan.rows.find((r) => r.code === '901')!.change).toEqual({ prior: '2.00', source: 'PUBLISHED', amount: '0.23', rate: '11.73' });
  });

  it('filters by state, counting every state before the filter', async () => {
    const o = await readCountyOverview(reviewer, { year: 2024, unit: '元', state: 'RETURNED' });
    expect(o.rows.map((r) => r.code)).toEqual(['902']);
    expect(o.state).toBe('RETURNED');
    expect(o.stateCounts.PENDING).toBe(2);
    expect(o.totals.amounts.total).toBe('100.00');
    expect((await readCountyOverview(reviewer, { year: 2024, unit: '元', state: 'bogus' })).rows).toHaveLength(4);
  });

  it('is the finance bureau’s only', async () => {
    await expect(readCountyOverview({ scope: { kind: 'department', departmentId: ids['901']! } }, { year: 2024, unit: '万元' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(readCountyOverview(reviewer, { year: 2031, unit: '万元' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('readOverview (首页) department totals', () => {
  const as = (role: Guarded['actor']['role'], scope: Guarded['scope']): Guarded => ({
    actor: { id: `t-${role}`, username: role, displayName: role, role, departmentId: scope.kind === 'department' ? scope.departmentId : null, ip: null },
    scope,
  });

  it('sums 本年 and 结转 per department for the finance bureau without loading any department budget', async () => {
    const o = (await readOverview(as('FINANCE_REVIEWER', { kind: 'county' }), '2024'))!;
    expect(o.budgets.size).toBe(0);
    // 甲局: 本年 12345.67 + 5000.00, 结转 0.01 + 4999.99.
    expect(o.departmentTotals.get(ids['901']!)).toEqual({ current: '17345.67', carryover: '5000.00', total: '22345.67' });
    expect(o.departmentTotals.get(ids['903']!)).toEqual({ current: '0.00', carryover: '0.00', total: '0.00' });
  });

  it('gives a leader the department’s own totals only', async () => {
    const o = (await readOverview(as('DEPT_LEADER', { kind: 'department', departmentId: ids['902']! }), '2024'))!;
    expect([...o.departmentTotals.entries()]).toEqual([[ids['902']!, { current: '100.00', carryover: '0.00', total: '100.00' }]]);
  });
});

