// "May edit now", answered once in lib/auth/edit-access.ts: scope first, then the year, then the
// workflow; pages also ask the permission table. Messages written out by hand.
import { describe, expect, it } from 'vitest';
import { mayEditNow, refuseEdit, type EditTarget } from '@/lib/auth/edit-access';
import type { Guarded } from '@/lib/auth/guard';
import type { Role } from '@/lib/auth/roles';
import type { Scope } from '@/lib/auth/scope';

const own: Scope = { kind: 'units', unitIds: ['u-a'], departmentId: 'd-1' };
const leader: Scope = { kind: 'department', departmentId: 'd-1' };
const open = { year: 2023, closed: false };
const unitTarget = (over: Partial<Extract<EditTarget, { kind: 'unit' }>> = {}): EditTarget => ({
  kind: 'unit',
  unit: { id: 'u-b', departmentId: 'd-1', name: '乙单位' },
  year: open,
  unitStatus: 'DRAFT',
  departmentStatus: 'PENDING',
  ...over,
});
const guarded = (role: Role, scope: Scope): Guarded => ({ actor: { id: 'x', username: 'x', displayName: 'x', role, departmentId: 'd-1', ip: null }, scope });

describe('refuseEdit', () => {
  it('refuses a unit outside the scope before looking at the year or the state', () => {
    expect(refuseEdit(own, unitTarget({ year: { year: 2023, closed: true }, unitStatus: 'APPROVED' }))).toEqual({ kind: 'scope', message: '无权操作单位“乙单位”' });
  });

  it('then a closed year, then the workflow state', () => {
    const a = { id: 'u-a', departmentId: 'd-1', name: '甲单位' };
    expect(refuseEdit(own, unitTarget({ unit: a, year: { year: 2022, closed: true }, unitStatus: 'SUBMITTED' }))).toEqual({ kind: 'closed', message: '2022年度已关闭，不能修改' });
    expect(refuseEdit(own, unitTarget({ unit: a, unitStatus: 'SUBMITTED' }))).toEqual({ kind: 'state', message: '单位预算已提交，不能修改' });
    expect(refuseEdit(own, unitTarget({ unit: a, unitStatus: 'RETURNED' }))).toBeNull();
  });

  it("lets only the department's own leader edit its 情况说明", () => {
    const narrative: EditTarget = { kind: 'narrative', departmentId: 'd-1', year: open, departmentStatus: 'PENDING' };
    expect(refuseEdit(leader, narrative)).toBeNull();
    expect(refuseEdit({ kind: 'department', departmentId: 'd-2' }, narrative)?.kind).toBe('scope');
    expect(refuseEdit(own, narrative)).toEqual({ kind: 'scope', message: '只有部门领导可以编辑本部门的情况说明' });
    expect(refuseEdit(leader, { ...narrative, departmentStatus: 'SUBMITTED' })?.kind).toBe('state');
  });
});

describe('mayEditNow', () => {
  it('asks the permission table first: a leader reads unit data but does not edit it', () => {
    expect(mayEditNow(guarded('DEPT_LEADER', leader), 'line.edit', unitTarget())).toBe('部门领导只能查看，不能修改');
    expect(mayEditNow(guarded('UNIT_ACCOUNTANT', own), 'line.edit', unitTarget({ unit: { id: 'u-a', departmentId: 'd-1', name: '甲单位' } }))).toBeNull();
  });
});
