import { describe, expect, it } from 'vitest';
import { diffLines, type ComparableLine } from '@/lib/workbook/diff';

const line = (over: Partial<ComparableLine> = {}): ComparableLine => ({
  functionalCode: '2013101', deptEconCode: '30101', govEconOverride: null, kind: 'BASIC', projectName: null,
  fundingSource: 'GENERAL_PUBLIC', carryover: false, note: null, amountYuan: '100.00', ...over,
});

describe('diffLines', () => {
  it('the same lines in another order: nothing changes', () => {
    const lines = [line(), line({ deptEconCode: '30102', amountYuan: '5.5' }), line()];
    expect(diffLines(lines, [...lines].reverse())).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 3, totalBefore: '205.50', totalAfter: '205.50' });
  });

  it('counts an amount change as changed, a new key as added, a missing one as removed', () => {
    const before = [line(), line({ deptEconCode: '30102', amountYuan: '50.00' }), line({ note: '旧' })];
    const after = [line({ amountYuan: '120.00' }), line({ deptEconCode: '30102', amountYuan: '50.00' }), line({ fundingSource: 'UNIT_FUNDS', amountYuan: '0.01' })];
    expect(diffLines(before, after)).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 1, totalBefore: '250.00', totalAfter: '170.01' });
  });

  it('a line with a 政府经济分类 override is replaced by one without (the format has no override column)', () => {
    expect(diffLines([line({ govEconOverride: '50101' })], [line()])).toMatchObject({ added: 1, removed: 1, changed: 0 });
  });

  it('an empty unit filled, and a unit emptied', () => {
    expect(diffLines([], [line(), line()])).toMatchObject({ added: 2, removed: 0, totalBefore: '0.00', totalAfter: '200.00' });
    expect(diffLines([line()], [])).toMatchObject({ added: 0, removed: 1, totalAfter: '0.00' });
  });
});
