/**
 * The in-process cache of the year's reference data (lib/db/budget-repository.ts): one read per
 * database client and year, nothing stale after invalidateReferenceCache(), failed reads not
 * remembered, cached data frozen. A stub stands in for the Prisma client: only the calls count.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { invalidateReferenceCache, loadReference } from '@/lib/db/budget-repository';
import type { Db } from '@/lib/db/client';

function stubDb(names: { functional: string }, failures = 0) {
  const calls = { functional: 0 };
  let failing = failures;
  const rows = (list: object[]) => async () => list;
  const db = {
    functionalCode: {
      findMany: async () => {
        calls.functional += 1;
        if (failing > 0) {
          failing -= 1;
          throw new Error('connection lost');
        }
        return [{ code: '201', name: names.functional }];
      },
    },
    deptEconCode: { findMany: rows([{ code: '301', name: '工资福利支出' }]) },
    govEconCode: { findMany: rows([{ code: '501', name: '机关工资福利支出' }]) },
    econMapping: { findMany: rows([]) },
  };
  return { db: db as unknown as Db, calls, names };
}

afterEach(() => invalidateReferenceCache());

describe('loadReference cache', () => {
  it('reads a year once per client and shares the result', async () => {
    const { db, calls } = stubDb({ functional: '一般公共服务支出' });
    const [a, b] = await Promise.all([loadReference(db, 2023), loadReference(db, 2023)]);
    const c = await loadReference(db, 2023);
    expect(calls.functional).toBe(1);
    expect(b).toBe(a);
    expect(c).toBe(a);
    await loadReference(db, 2024);
    expect(calls.functional).toBe(2);
    const other = stubDb({ functional: '一般公共服务支出' });
    await loadReference(other.db, 2023);
    expect(other.calls.functional).toBe(1);
  });

  it('reads again after invalidateReferenceCache(), so an edit is seen at once', async () => {
    const stub = stubDb({ functional: '一般公共服务支出' });
    expect((await loadReference(stub.db, 2023)).functional[0]?.name).toBe('一般公共服务支出');
    stub.names.functional = '一般公共服务支出（改）';
    invalidateReferenceCache();
    expect((await loadReference(stub.db, 2023)).functional[0]?.name).toBe('一般公共服务支出（改）');
    expect(stub.calls.functional).toBe(2);
  });

  it('does not remember a failed read', async () => {
    const { db, calls } = stubDb({ functional: '一般公共服务支出' }, 1);
    await expect(loadReference(db, 2023)).rejects.toThrow('connection lost');
    expect((await loadReference(db, 2023)).functional).toHaveLength(1);
    expect(calls.functional).toBe(2);
  });

  it('hands out frozen data, so no caller can change what the next one reads', async () => {
    const { db } = stubDb({ functional: '一般公共服务支出' });
    const reference = await loadReference(db, 2023);
    expect(Object.isFrozen(reference.functional)).toBe(true);
    expect(Object.isFrozen(reference.functional[0])).toBe(true);
    expect(() => reference.functional.push({ code: '999', name: 'x' })).toThrow(TypeError);
  });
});
