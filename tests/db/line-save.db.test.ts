// Real PostgreSQL: a line save's semantics after its round trips were cut (one read of the line
// with its unit and year, lock rows created only when missing, UPDATE … RETURNING): the version check,
// the audit row in the same transaction, the state refusals.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedInUser } from '@/lib/auth/guard';
import { disconnect, getPrisma } from '@/lib/db/client';
import { findLine, updateLineAtVersion } from '@/lib/db/lines-repository';
import { updateLine } from '@/lib/services/lines';
import { execute } from '@/lib/services/operation';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { signedInAs, useDatabase } from './support/service-user';

let db: TestDatabase;
let accountant: SignedInUser;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true, label: 'line_save' });
  await useDatabase(db);
  accountant = await signedInAs(db, 'caiwu');
});
afterAll(async () => {
  await disconnect();
  await db?.drop();
});

async function editableLine() {
  const unitIds = accountant.units.map((u) => u.id);
  return db.prisma.budgetLine.findFirstOrThrow({ where: { year: 2023, unitId: { in: unitIds }, carryover: false }, orderBy: { id: 'asc' }, include: { unit: true } });
}
const audits = (entityId: string) => db.prisma.auditLog.count({ where: { entity: 'BudgetLine', entityId, kind: 'LINE_UPDATE' } });

describe('line save', () => {
  it('saves at the version seen, bumps it, names the department and writes one audit row', async () => {
    const line = await editableLine();
    const before = await audits(line.id);
    const saved = await execute(updateLine, accountant, { id: line.id, version: line.version, amountYuan: '4321.09' });
    expect(saved).toMatchObject({ id: line.id, version: line.version + 1, amountYuan: '4321.09', departmentId: line.unit.departmentId, unitId: line.unitId });
    expect(await audits(line.id)).toBe(before + 1);
    const row = await db.prisma.budgetLine.findUniqueOrThrow({ where: { id: line.id } });
    expect(row.amountYuan.toFixed(2)).toBe('4321.09');
    expect(row.updatedById).toBe(accountant.id);
  });

  it('writes the audit row as the line was and became, to the 分, and answers with the line as stored', async () => {
    const line = await editableLine();
    const was = await findLine(getPrisma(), line.id);
    const saved = await execute(updateLine, accountant, { id: line.id, version: line.version, amountYuan: '1000', note: '改：办公费' });
    const now = await findLine(getPrisma(), line.id);
    expect(now).toMatchObject({ amountYuan: '1000.00', note: '改：办公费', version: line.version + 1, updatedById: accountant.id });
    expect(saved).toEqual(now);
    const row = await db.prisma.auditLog.findFirstOrThrow({ where: { entity: 'BudgetLine', entityId: line.id, kind: 'LINE_UPDATE' }, orderBy: { id: 'desc' } });
    expect(row).toMatchObject({ actorId: accountant.id, departmentId: line.unit.departmentId, unitId: line.unitId, year: 2023 });
    expect(row.before).toEqual(was);
    expect(row.after).toEqual(now);
  });

  it('an allowed save is two statements: the read and one statement writing the line with its audit row', async () => {
    const line = await editableLine();
    await execute(updateLine, accountant, { id: line.id, version: line.version, amountYuan: '11.00' }); // reference data now cached
    const sent: string[] = [];
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
      const [text] = args as [string | { text: string }];
      sent.push(typeof text === 'string' ? text : text.text);
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    try {
      await execute(updateLine, accountant, { id: line.id, version: line.version + 1, amountYuan: '12.00' });
    } finally {
      pg.Client.prototype.query = query;
    }
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatch(/UPDATE "BudgetLine"[\s\S]*INSERT INTO "AuditLog"/);
  });

  it('of two saves at the same version exactly one lands; the other is a 409 and leaves no audit row', async () => {
    const line = await editableLine();
    const before = await audits(line.id);
    const outcomes = await Promise.allSettled(
      ['21.00', '22.00'].map((amountYuan) => execute(updateLine, accountant, { id: line.id, version: line.version, amountYuan })),
    );
    const saved = outcomes.filter((o) => o.status === 'fulfilled');
    expect(saved).toHaveLength(1);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({ reason: { code: 'STALE_VERSION' } });
    expect(await audits(line.id)).toBe(before + 1);
    const row = await db.prisma.budgetLine.findUniqueOrThrow({ where: { id: line.id } });
    expect(row.version).toBe(line.version + 1);
    expect((saved[0] as PromiseFulfilledResult<{ amountYuan: string }>).value.amountYuan).toBe(row.amountYuan.toFixed(2));
  });

  it('refuses a stale version with 409 (the current amount named) and changes nothing', async () => {
    const line = await editableLine();
    const before = await audits(line.id);
    await expect(execute(updateLine, accountant, { id: line.id, version: line.version - 1, amountYuan: '1.00' })).rejects.toMatchObject({ code: 'STALE_VERSION' });
    const row = await db.prisma.budgetLine.findUniqueOrThrow({ where: { id: line.id } });
    expect(row.amountYuan.toFixed(2)).toBe(line.amountYuan.toFixed(2));
    expect(await audits(line.id)).toBe(before);
  });

  it('the conditional update answers null when the version moved in between', async () => {
    const line = await editableLine();
    expect(await updateLineAtVersion(getPrisma(), line.id, line.version + 5, { amountYuan: '2.00' }, accountant.id, line.unit.departmentId)).toBeNull();
    expect(await updateLineAtVersion(getPrisma(), 'no-such-line', 1, { amountYuan: '2.00' }, accountant.id, line.unit.departmentId)).toBeNull();
    const row = await db.prisma.budgetLine.findUniqueOrThrow({ where: { id: line.id } });
    expect(row.version).toBe(line.version);
  });

  it('refuses a save into a closed year (409) and changes nothing', async () => {
    const line = await editableLine();
    await db.prisma.fiscalYear.update({ where: { year: 2023 }, data: { status: 'CLOSED' } });
    try {
      await expect(execute(updateLine, accountant, { id: line.id, version: line.version, amountYuan: '5.00' })).rejects.toMatchObject({ code: 'STATE' });
    } finally {
      await db.prisma.fiscalYear.update({ where: { year: 2023 }, data: { status: 'OPEN' } });
    }
    expect((await db.prisma.budgetLine.findUniqueOrThrow({ where: { id: line.id } })).version).toBe(line.version);
  });

  it('waits for a 提交 under way and then refuses: the states are read under a lock, never before the transition commits', async () => {
    const line = await editableLine();
    await db.prisma.unitSubmission.upsert({
      where: { unitId_year: { unitId: line.unitId, year: 2023 } },
      create: { unitId: line.unitId, year: 2023, status: 'DRAFT' },
      update: { status: 'DRAFT' },
    });
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    let locked: () => void = () => undefined;
    const isLocked = new Promise<void>((r) => (locked = r));
    // Another transaction (a 提交) holds the unit's 报送 row and changes it to SUBMITTED.
    const transition = db.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT status FROM "UnitSubmission" WHERE "unitId" = ${line.unitId} AND year = 2023 FOR UPDATE`;
      await tx.$executeRaw`UPDATE "UnitSubmission" SET status = 'SUBMITTED' WHERE "unitId" = ${line.unitId} AND year = 2023`;
      locked();
      await held;
    });
    await isLocked;
    const save = execute(updateLine, accountant, { id: line.id, version: line.version, amountYuan: '6.00' });
    const outcome = save.then(
      () => 'saved',
      (error: { code?: string }) => error.code ?? 'error',
    );
    // Without the lock the save would read 草稿 and commit within this time.
    await new Promise((r) => setTimeout(r, 300));
    release();
    await transition;
    expect(await outcome).toBe('STATE');
    expect((await db.prisma.budgetLine.findUniqueOrThrow({ where: { id: line.id } })).version).toBe(line.version);
    await db.prisma.unitSubmission.update({ where: { unitId_year: { unitId: line.unitId, year: 2023 } }, data: { status: 'DRAFT' } });
  });

  it('refuses a save once the unit is submitted (409) and one into a bad code (400), changing nothing', async () => {
    const line = await editableLine();
    await expect(execute(updateLine, accountant, { id: line.id, version: line.version, functionalCode: '9999999' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await db.prisma.unitSubmission.upsert({
      where: { unitId_year: { unitId: line.unitId, year: 2023 } },
      create: { unitId: line.unitId, year: 2023, status: 'SUBMITTED' },
      update: { status: 'SUBMITTED' },
    });
    await expect(execute(updateLine, accountant, { id: line.id, version: line.version, amountYuan: '3.00' })).rejects.toMatchObject({ code: 'STATE' });
    const row = await db.prisma.budgetLine.findUniqueOrThrow({ where: { id: line.id } });
    expect(row.version).toBe(line.version);
  });
});
