/**
 * The checks every write to a unit's data shares, inside the write's transaction:
 * the unit exists and is in the actor's scope, the year is open, and the workflow still
 * allows editing (草稿/已退回, department not 已报送/已批复). The states stay locked until commit.
 */
import { closedYearRefusal, refuseEdit, type EditRefusal, type YearState } from '@/lib/auth/edit-access';
import type { Scope } from '@/lib/auth/scope';
import type { DepartmentStatus, UnitStatus } from '@/lib/budget/workflow';
import { reachesUnit } from '@/lib/auth/scope';
import type { Tx } from '@/lib/db/audit-repository';
import { findUnit, fiscalYearStatus, lockEditStates, type UnitRef } from '@/lib/db/workflow-repository';
import { forbidden, invalidInput, notFound, stateRefusal } from '@/lib/errors';

export async function reachableUnit(tx: Tx, scope: Scope, unitId: string): Promise<UnitRef> {
  const unit = await findUnit(tx, unitId);
  if (!unit) throw notFound('单位不存在');
  if (!reachesUnit(scope, unit)) throw forbidden(`无权操作单位“${unit.name}”`);
  return unit;
}

/** The fiscal year and whether it is closed; a year that does not exist is bad input. */
export async function yearState(tx: Tx, year: number): Promise<YearState> {
  const status = await fiscalYearStatus(tx, year);
  if (!status) throw invalidInput('year', `预算年度 ${year} 不存在`);
  return { year, closed: status === 'CLOSED' };
}

function knownYear(year: number, status: 'OPEN' | 'CLOSED' | null): YearState {
  if (!status) throw invalidInput('year', `预算年度 ${year} 不存在`);
  return { year, closed: status === 'CLOSED' };
}

export async function openYear(tx: Tx, year: number): Promise<void> {
  const state = await yearState(tx, year);
  if (state.closed) throw stateRefusal(closedYearRefusal(state));
}

/** lib/auth's answer to "may edit now" as an error: out of scope → 403, closed year or workflow state → 409. */
export function assertEditable(refusal: EditRefusal | null): void {
  if (!refusal) return;
  throw refusal.kind === 'scope' || refusal.kind === 'role' ? forbidden(refusal.message) : stateRefusal(refusal.message);
}

/**
 * `known`: the unit, the year's status and (when both rows exist) the unit's and department's
 * 报送 states locked FOR SHARE, as the caller has just read them in this transaction (spares the
 * round trips; lib/db/lines-repository.ts findLineForEdit).
 */
export async function editableUnit(
  tx: Tx,
  scope: Scope,
  unitId: string,
  year: number,
  known?: { unit: UnitRef; yearStatus: 'OPEN' | 'CLOSED' | null; states?: { departmentStatus: DepartmentStatus; unitStatus: UnitStatus } | null },
): Promise<UnitRef> {
  const unit = known?.unit.id === unitId ? known.unit : await findUnit(tx, unitId);
  if (!unit) throw notFound('单位不存在');
  if (!reachesUnit(scope, unit)) throw forbidden(`无权操作单位“${unit.name}”`);
  if (!unit.active) throw stateRefusal(`单位“${unit.name}”已停用，不能修改其预算数据`);
  const yearOf = known?.unit.id === unitId ? knownYear(year, known.yearStatus) : await yearState(tx, year);
  // The states come locked with the line (findLineForEdit) or are locked here.
  const { unitStatus, departmentStatus } = known?.unit.id === unitId && known.states ? known.states : await lockEditStates(tx, unit, year);
  assertEditable(refuseEdit(scope, { kind: 'unit', unit, year: yearOf, unitStatus, departmentStatus }));
  return unit;
}

/** A project a procurement entry may point at: same unit, same year (lines: lib/budget/validation-line.ts). */
export function checkProjectOwner(project: { unitId: string; year: number } | null, unitId: string, year: number): void {
  if (!project) throw invalidInput('projectId', '所选项目不存在');
  if (project.unitId !== unitId || project.year !== year) throw invalidInput('projectId', '所选项目不属于该单位或该年度');
}

/** "12,345.67" for messages. */
export function formatYuan(amount: string): string {
  const [whole = '0', fraction = '00'] = amount.split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction.padEnd(2, '0')}`;
}
