// Real PostgreSQL: the drill-down (operation report.cell) of an accepted, published department-year
// answers, for every amount of its published report, lines that round to the published cell; and
// (the snapshot-v2 gap, docs/domain.md §13) it must keep doing so when the live lines move behind the
// workflow's back, which only reading the budget frozen with the snapshot guarantees.
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedInUser } from '@/lib/auth/guard';
import type { RenderedReport } from '@/lib/budget/report-wire';
import { disconnect } from '@/lib/db/client';
import { findGuardUser } from '@/lib/db/auth-repository';
import { execute } from '@/lib/services/operation';
import { freezeReport } from '@/lib/services/publish';
import { readReport } from '@/lib/services/read/report';
import { readReportCell, type ReportCellResult } from '@/lib/services/read/report-cell';
import { createTestDatabase, type TestDatabase } from '../helpers/db';

let db: TestDatabase;
let leader: SignedInUser;
let published: RenderedReport;

const HALF_UP = Decimal.clone({ rounding: Decimal.ROUND_HALF_UP, precision: 60 });
const wan = (yuan: Decimal) => new HALF_UP(yuan).div(10000).toFixed(2, Decimal.ROUND_HALF_UP);

async function cellOf(table: number, section: number, row: number, column: number): Promise<ReportCellResult> {
  const payload = { department: '045', year: '2023', table: String(table), section: String(section), row: String(row), column: String(column) };
  return execute(readReportCell, leader, payload);
}

/** Every non-blank amount of the published report whose drill-down does not round to it. */
async function mismatches(): Promise<string[]> {
  const wrong: string[] = [];
  for (const table of published.tables) {
    for (const [s, section] of table.sections.entries()) {
      for (const [r, row] of section.rows.entries()) {
        for (const [c, shown] of row.values.entries()) {
          if (shown === null) continue;
          const { cell } = await cellOf(table.number, s, r, c);
          const lines = cell.source.kind === 'lines' ? cell.source.lines : [];
          const total = lines.reduce((acc, l) => acc.plus(l.amountYuan), new HALF_UP(0));
          if (wan(total) !== shown) wrong.push(`表${table.number} ${s}/${r}/${c} ${row.name}: ${wan(total)} ≠ ${shown}`);
        }
      }
    }
  }
  return wrong;
}

beforeAll(async () => {
  db = await createTestDatabase({ demo: true, label: 'drill_down' });
  process.env.DATABASE_URL = db.url; // getPrisma() of the services
  const row = await db.prisma.user.findUniqueOrThrow({ where: { username: 'lingdao' } });
  const user = await findGuardUser(row.id, db.prisma);
  if (!user) throw new Error('demo leader missing');
  leader = { ...user, ip: null, mustChangePassword: false };
  const department = await db.prisma.department.findUniqueOrThrow({ where: { code: '045' } });
  await db.prisma.$transaction((tx) => freezeReport(tx, department, 2023));
  await db.prisma.departmentSubmission.update({ where: { departmentId_year: { departmentId: department.id, year: 2023 } }, data: { status: 'ACCEPTED' } });
  published = (await execute(readReport, leader, { department: '045', year: '2023' })).report;
});
afterAll(async () => {
  await disconnect();
  await db?.drop();
});

describe('drill-down of an accepted department-year', () => {
  it('answers every amount of the published report with lines that round to it', async () => {
    expect(await mismatches()).toEqual([]);
  }, 120_000);

  it('keeps matching the snapshot when a line changes behind the workflow (snapshot v2)', async () => {
    const department = await db.prisma.department.findUniqueOrThrow({ where: { code: '045' } });
    const line = await db.prisma.budgetLine.findFirstOrThrow({ where: { year: 2023, unit: { departmentId: department.id }, carryover: false }, orderBy: { id: 'asc' } });
    await db.prisma.$transaction([
      db.prisma.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`),
      db.prisma.budgetLine.update({ where: { id: line.id }, data: { amountYuan: line.amountYuan.plus(10000) } }),
    ]);
    const { cell } = await cellOf(3, 0, 0, 0); // 表3 合计: every line
    expect(cell.displayed.万元.value).toBe(published.tables[2]?.sections[0]?.rows[0]?.values[0]);
  });
});
