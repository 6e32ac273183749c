// Real PostgreSQL: loadDepartmentBudget is the database → domain boundary (numeric(18,2) → decimal.js,
// relation filters, enum and ordering semantics of the server), so only a real round trip shows that
// the demo department comes back exactly as it was written.
import { PrismaPg } from '@prisma/adapter-pg';
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DepartmentBudget } from '@/lib/budget/types';
import { loadDepartmentBudget } from '@/lib/db/budget-repository';
import { PrismaClient } from '@/lib/db/client';
import { demoLines, liulin2023Budget, liulin2023NarrativeSections, type UnitKey } from '@/prisma/seed/demo/liulin-2023';
import { reference2023 } from '@/prisma/seed/reference';
import { createTestDatabase, type TestDatabase } from '../helpers/db';

let db: TestDatabase;
let loaded: DepartmentBudget | null;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true, label: 'repository' });
  loaded = await loadDepartmentBudget(db.prisma, '045', 2023);
});
afterAll(async () => {
  await db?.drop();
});

/** Plain JSON (decimals as their exact strings); lists whose order carries no meaning sorted by key. */
function plain(budget: DepartmentBudget): unknown {
  const byCode = <T extends { code: string }>(list: T[]) => [...list].sort((a, b) => (a.code < b.code ? -1 : 1));
  const byMapping = [...budget.reference.econMapping].sort((a, b) =>
    `${a.deptEconCode}${a.category}` < `${b.deptEconCode}${b.category}` ? -1 : 1,
  );
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
  return JSON.parse(
    JSON.stringify({
      ...budget,
      units: byId(budget.units),
      lines: byId(budget.lines),
      projects: byId(budget.projects),
      procurement: byId(budget.procurement),
      reference: {
        functional: byCode(budget.reference.functional),
        deptEcon: byCode(budget.reference.deptEcon),
        govEcon: byCode(budget.reference.govEcon),
        econMapping: byMapping,
      },
    }),
  );
}

describe('loadDepartmentBudget', () => {
  it('reads back every demo line, and their sum in 元 equals the demo source', () => {
    expect(loaded?.lines).toHaveLength(demoLines.length);
    const expected = demoLines.reduce((sum, line) => sum.plus(line.amountYuan), new Decimal(0));
    const actual = (loaded?.lines ?? []).reduce((sum, line) => sum.plus(line.amountYuan), new Decimal(0));
    expect(actual.toFixed(2)).toBe(expected.toFixed(2));
    expect(actual.toFixed(2)).toBe('11856970.06'); // 1,185.70 万元, the example's 收入总计
  });

  it('keeps each unit\'s share', () => {
    const unitIds: Record<UnitKey, string> = { bureau: 'u-045001', serviceCentre: 'u-045002', procurementCentre: 'u-045003' };
    for (const [key, id] of Object.entries(unitIds)) {
      const expected = demoLines.filter((l) => l.unit === key).reduce((s, l) => s.plus(l.amountYuan), new Decimal(0));
      const actual = (loaded?.lines ?? []).filter((l) => l.unitId === id).reduce((s, l) => s.plus(l.amountYuan), new Decimal(0));
      expect(actual.toFixed(2), key).toBe(expected.toFixed(2));
    }
  });

  it('round-trips the whole department-year: units, lines, projects with forms, 政府采购, 上年数, texts, reference', () => {
    if (!loaded) throw new Error('045 / 2023 not found');
    const { priorYearSource, narrativeSections, ...rest } = loaded;
    expect(plain(rest)).toEqual(plain(liulin2023Budget(reference2023)));
    // Every free-text section, in the department's order (the printed 概况, 情况说明 and 名词解释 read them).
    expect(narrativeSections).toEqual(
      [...liulin2023NarrativeSections].sort((a, b) => a.sortOrder - b.sortOrder).map(({ key, title, body }) => ({ key, title, body })),
    );
    // No accepted 2022 report: the seeded 上年数 are the department's own entries.
    expect(priorYearSource).toMatchObject({ publishedYear: null, sources: { totalIncome: 'ENTERED', reception: 'ENTERED', organOperating: null } });
  });

  it('returns null for an unknown department or year, and an empty budget for a year without data', async () => {
    await expect(loadDepartmentBudget(db.prisma, '999', 2023)).resolves.toBeNull();
    await expect(loadDepartmentBudget(db.prisma, '045', 2031)).resolves.toBeNull();
    const empty = await loadDepartmentBudget(db.prisma, '045', 2024);
    expect(empty).toMatchObject({ year: 2024, lines: [], projects: [], procurement: [] });
    expect(empty?.units).toHaveLength(3);
  });

  it('takes a fixed, small number of queries whatever the size of the department (timing is the benchmark\'s job)', async () => {
    const counted = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url, max: 2 }), log: [{ emit: 'event', level: 'query' }] });
    let queries = 0;
    counted.$on('query', () => void queries++);
    try {
      await loadDepartmentBudget(counted, '045', 2023);
      // 15 for the department-year (增减变动原因 included), 1 for last year's accepted report (上年数); none here, so no second load.
      expect(queries).toBeLessThanOrEqual(16);
      const started = performance.now();
      await loadDepartmentBudget(counted, '045', 2023);
      console.log(`loadDepartmentBudget 045/2023: ${queries / 2} queries, ${(performance.now() - started).toFixed(1)} ms warm`);
    } finally {
      await counted.$disconnect();
    }
  });
});
