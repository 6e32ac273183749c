// Real PostgreSQL: appendAudit writes its rows with one plain INSERT per 1,000 (lib/db/audit-repository.ts).
// What it stores must be what the entries say — JSON before/after as given, NULL for what is absent,
// the table's own id, time and county — and an import's thousands of rows must all land.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, type AuditEntry } from '@/lib/db/audit-repository';
import { disconnect } from '@/lib/db/client';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { useDatabase } from './support/service-user';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true, label: 'audit_append' });
  await useDatabase(db);
});
afterAll(async () => {
  await disconnect();
  await db?.drop();
});

describe('appendAudit', () => {
  it('stores each entry as given: JSON values, NULLs, the table defaults and the county', async () => {
    const department = await db.prisma.department.findUniqueOrThrow({ where: { code: '045' }, include: { units: true } });
    const unit = department.units[0];
    const full: AuditEntry = {
      kind: 'LINE_UPDATE',
      actor: { id: 'actor-1', name: '财务一' },
      entity: 'BudgetLine',
      entityId: 'line-1',
      departmentId: department.id,
      unitId: unit?.id ?? null,
      year: 2023,
      before: { amountYuan: '1.00', note: "引号\"和'撇号", nested: { list: [1, 'a', null, true] } },
      after: { amountYuan: '2.00', note: null },
      reason: '原因',
      ip: '127.0.0.1',
    };
    const bare: AuditEntry = { kind: 'SIGN_IN', actor: null, entityId: 'bare-1' };
    await appendAudit(db.prisma, [full, bare]);
    const [a, b] = await Promise.all([
      db.prisma.auditLog.findFirstOrThrow({ where: { entityId: 'line-1' } }),
      db.prisma.auditLog.findFirstOrThrow({ where: { entityId: 'bare-1' } }),
    ]);
    expect(a).toMatchObject({ kind: 'LINE_UPDATE', actorId: 'actor-1', actorName: '财务一', entity: 'BudgetLine', departmentId: department.id, year: 2023, reason: '原因', ip: '127.0.0.1' });
    expect(a.before).toEqual(full.before);
    expect(a.after).toEqual(full.after);
    expect(a.countyId).toBe(department.countyId);
    expect(Date.now() - a.at.getTime()).toBeLessThan(60_000);
    expect(b).toMatchObject({ kind: 'SIGN_IN', actorId: null, actorName: null, entity: null, departmentId: null, unitId: null, year: null, reason: null, ip: null, before: null, after: null });
    expect(b.id > a.id).toBe(true);
  });

  it('lands every row of a large batch (more than one INSERT), in order', async () => {
    const entries: AuditEntry[] = Array.from({ length: 2_345 }, (_, i) => ({ kind: 'LINE_CREATE', actor: null, entity: 'BudgetLine', entityId: `bulk-${i}`, after: { i } }));
    await appendAudit(db.prisma, entries);
    const rows = await db.prisma.auditLog.findMany({ where: { entityId: { startsWith: 'bulk-' } }, orderBy: { id: 'asc' }, select: { entityId: true, after: true } });
    expect(rows).toHaveLength(2_345);
    expect(rows[0]).toEqual({ entityId: 'bulk-0', after: { i: 0 } });
    expect(rows[2_344]).toEqual({ entityId: 'bulk-2344', after: { i: 2_344 } });
    await appendAudit(db.prisma, []);
  });
});
