/**
 * The scope the guard hands to every query: how far the signed-in user reaches.
 * Pure functions only; the guard builds the scope from the user's row and unit grants.
 */
import type { Role } from './roles';

export type Scope =
  | { kind: 'units'; unitIds: readonly string[]; departmentId: string }
  | { kind: 'department'; departmentId: string }
  | { kind: 'county' }
  | { kind: 'none' };

export interface ScopeSource {
  role: Role;
  departmentId: string | null;
  /** Units granted to a 单位财务 (UserUnitScope), with their department. */
  units: readonly { id: string; departmentId: string }[];
}

export function scopeFor({ role, departmentId, units }: ScopeSource): Scope {
  switch (role) {
    case 'UNIT_ACCOUNTANT': {
      const department = departmentId ?? units[0]?.departmentId ?? null;
      // A grant outside the user's own department is ignored rather than trusted.
      const unitIds = units.filter((u) => u.departmentId === department).map((u) => u.id);
      return department && unitIds.length > 0 ? { kind: 'units', unitIds, departmentId: department } : { kind: 'none' };
    }
    case 'DEPT_LEADER':
      return departmentId ? { kind: 'department', departmentId } : { kind: 'none' };
    case 'FINANCE_REVIEWER':
      return { kind: 'county' };
    case 'ADMIN':
      return { kind: 'none' };
  }
}

/** May this scope act on (or read the detail of) this unit? */
export function reachesUnit(scope: Scope, unit: { id: string; departmentId: string }): boolean {
  switch (scope.kind) {
    case 'units':
      return scope.unitIds.includes(unit.id);
    case 'department':
      return scope.departmentId === unit.departmentId;
    case 'county':
      return true;
    case 'none':
      return false;
  }
}

/** May this scope read department-level data (report, audit, status) of this department? */
export function reachesDepartment(scope: Scope, departmentId: string): boolean {
  switch (scope.kind) {
    case 'units':
    case 'department':
      return scope.departmentId === departmentId;
    case 'county':
      return true;
    case 'none':
      return false;
  }
}

/** May this scope read county-wide data (全县汇总)? */
export function reachesCounty(scope: Scope): boolean {
  return scope.kind === 'county';
}

/**
 * The department whose department-level texts (情况说明) this scope edits: a 部门领导's own;
 * null for every other scope (a 单位财务 reads its department but does not speak for it).
 */
export function ledDepartment(scope: Scope): string | null {
  return scope.kind === 'department' ? scope.departmentId : null;
}

/** The filter a list query takes: null = the whole county, [] = nothing. */
export function departmentFilter(scope: Scope): string[] | null {
  switch (scope.kind) {
    case 'units':
    case 'department':
      return [scope.departmentId];
    case 'county':
      return null;
    case 'none':
      return [];
  }
}
