// The permission table and the scope rules, without a database: what each role may do and how far it reaches.
import { describe, expect, it } from 'vitest';
import { PERMISSIONS, actionsOf, can, type Action } from '@/lib/auth/permissions';
import { ROLES } from '@/lib/auth/roles';
import { departmentFilter, reachesDepartment, reachesUnit, scopeFor } from '@/lib/auth/scope';

const EDITS: Action[] = ['line.edit', 'project.edit', 'procurement.edit', 'unit.submit'];
const APPROVALS: Action[] = ['unit.approve', 'unit.return', 'department.submit', 'department.accept', 'department.return'];

describe('the permission table', () => {
  it('only the 单位财务 edits budget data', () => {
    for (const action of EDITS) expect(PERMISSIONS[action].roles).toEqual(['UNIT_ACCOUNTANT']);
  });

  it('the 部门领导 approves, returns and submits the department; the 财政局审核 accepts or returns it', () => {
    expect(actionsOf('DEPT_LEADER')).toEqual(expect.arrayContaining(['unit.approve', 'unit.return', 'department.submit', 'narrative.edit']));
    expect(actionsOf('FINANCE_REVIEWER')).toEqual(expect.arrayContaining(['department.accept', 'department.return', 'consolidated.read']));
    expect(can('FINANCE_REVIEWER', 'line.edit')).toBe(false);
    expect(can('DEPT_LEADER', 'line.edit')).toBe(false);
  });

  it('the 系统管理员 manages users, reference data, rules and the organisation, loads workbooks, but cannot edit or approve budgets', () => {
    expect(actionsOf('ADMIN')).toEqual(['user.manage', 'reference.manage', 'organisation.manage', 'workbook.import', 'workbook.export', 'rules.manage', 'account.password']);
    for (const action of [...EDITS, ...APPROVALS]) expect(can('ADMIN', action)).toBe(false);
  });

  it('every role may change its own password; every row has a Chinese description', () => {
    for (const role of ROLES) expect(can(role, 'account.password')).toBe(true);
    for (const { description } of Object.values(PERMISSIONS)) expect(description).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe('scope', () => {
  const units = [
    { id: 'u1', departmentId: 'd1' },
    { id: 'u2', departmentId: 'd1' },
  ];

  it('a 单位财务 reaches the granted units and reads the department', () => {
    const scope = scopeFor({ role: 'UNIT_ACCOUNTANT', departmentId: 'd1', units: [units[0]!] });
    expect(scope).toEqual({ kind: 'units', unitIds: ['u1'], departmentId: 'd1' });
    expect(reachesUnit(scope, units[0]!)).toBe(true);
    expect(reachesUnit(scope, units[1]!)).toBe(false);
    expect(reachesDepartment(scope, 'd1')).toBe(true);
    expect(reachesDepartment(scope, 'd2')).toBe(false);
  });

  it('a grant outside the accountant’s department is ignored; no grant → nothing', () => {
    expect(scopeFor({ role: 'UNIT_ACCOUNTANT', departmentId: 'd1', units: [{ id: 'x', departmentId: 'd2' }] })).toEqual({ kind: 'none' });
    expect(scopeFor({ role: 'UNIT_ACCOUNTANT', departmentId: null, units: [] })).toEqual({ kind: 'none' });
  });

  it('a 部门领导 reaches every unit of the department, a 财政局审核 the county, a 系统管理员 no budget', () => {
    const leader = scopeFor({ role: 'DEPT_LEADER', departmentId: 'd1', units: [] });
    expect(reachesUnit(leader, units[1]!)).toBe(true);
    expect(reachesUnit(leader, { id: 'u9', departmentId: 'd2' })).toBe(false);
    expect(departmentFilter(leader)).toEqual(['d1']);
    const reviewer = scopeFor({ role: 'FINANCE_REVIEWER', departmentId: null, units: [] });
    expect(reachesUnit(reviewer, { id: 'u9', departmentId: 'd2' })).toBe(true);
    expect(departmentFilter(reviewer)).toBeNull();
    const admin = scopeFor({ role: 'ADMIN', departmentId: null, units: [] });
    expect(reachesUnit(admin, units[0]!)).toBe(false);
    expect(departmentFilter(admin)).toEqual([]);
  });
});
