/**
 * "May this caller change this now?" answered once, for the pages (which show 只读 and hide
 * the forms) and for the writes (which refuse). Three questions, in this order: does the scope
 * reach the data, is the fiscal year open, does the workflow still allow edits
 * (lib/budget/workflow.ts). Pages also ask the permission table, since a page is opened with a
 * read permission (a 部门领导 reads a unit's lines but may not edit them); a write has already
 * passed the guard with its own permission.
 */
import { editRefusal, narrativeRefusal, type DepartmentStatus, type UnitStatus } from '@/lib/budget/workflow';
import type { Guarded } from './guard';
import { can, type Action } from './permissions';
import { ROLE_LABEL } from './roles';
import { ledDepartment, reachesUnit, type Scope } from './scope';

export interface YearState {
  year: number;
  closed: boolean;
}

/** What an edit depends on: the data's owner and the states read (locked, in a write) for it. */
export type EditTarget =
  | {
      kind: 'unit';
      unit: { id: string; departmentId: string; name: string };
      year: YearState;
      unitStatus: UnitStatus;
      departmentStatus: DepartmentStatus;
    }
  | { kind: 'narrative'; departmentId: string; year: YearState; departmentStatus: DepartmentStatus };

/** Why not, and which kind of no: `scope` is a 403 for a write, the others a 409. */
export interface EditRefusal {
  kind: 'role' | 'scope' | 'closed' | 'state';
  message: string;
}

export const NARRATIVE_SCOPE_REFUSAL = '只有部门领导可以编辑本部门的情况说明';

function scopeRefusal(scope: Scope, target: EditTarget): string | null {
  if (target.kind === 'unit') return reachesUnit(scope, target.unit) ? null : `无权操作单位“${target.unit.name}”`;
  return ledDepartment(scope) === target.departmentId ? null : NARRATIVE_SCOPE_REFUSAL;
}

function stateRefusal(target: EditTarget): string | null {
  return target.kind === 'unit' ? editRefusal(target.unitStatus, target.departmentStatus) : narrativeRefusal(target.departmentStatus);
}

export function closedYearRefusal({ year }: YearState): string {
  return `${year}年度已关闭，不能修改`;
}

/** null when the scope may change the target now; otherwise the first reason why not. */
export function refuseEdit(scope: Scope, target: EditTarget): EditRefusal | null {
  const outOfScope = scopeRefusal(scope, target);
  if (outOfScope) return { kind: 'scope', message: outOfScope };
  if (target.year.closed) return { kind: 'closed', message: closedYearRefusal(target.year) };
  const state = stateRefusal(target);
  return state ? { kind: 'state', message: state } : null;
}

function roleRefusal(g: Guarded, action: Action, target: EditTarget): string | null {
  if (can(g.actor.role, action)) return null;
  return target.kind === 'unit' ? `${ROLE_LABEL[g.actor.role]}只能查看，不能修改` : '只有部门领导可以编辑情况说明';
}

/** For pages: null when the signed-in caller may take `action` on the target now, else why not (shown as 只读：…). */
export function mayEditNow(g: Guarded, action: Action, target: EditTarget): string | null {
  return roleRefusal(g, action, target) ?? refuseEdit(g.scope, target)?.message ?? null;
}

/**
 * 复制上年预算 on the lines page: the 单位财务 while the unit may be edited now; the 部门领导 (who
 * copies a unit or the whole department) while the year is open and the department not 已报送/已批复.
 * The copy operation itself decides again, in its transaction.
 */
export function mayCopyYear(g: Guarded, unitEditable: boolean, year: YearState, departmentStatus: DepartmentStatus): boolean {
  if (!can(g.actor.role, 'budget.copy')) return false;
  if (unitEditable) return true;
  return g.actor.role === 'DEPT_LEADER' && !year.closed && narrativeRefusal(departmentStatus) === null;
}
