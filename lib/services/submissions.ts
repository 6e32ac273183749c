/**
 * 报送流程 transitions. The pure state machine (lib/budget/workflow.ts) decides; this loads
 * and locks the states, writes the new one with its audit row (and the reason), and on
 * 批复 freezes the report snapshot, all in one transaction.
 *
 * 撤销批复 (`reopen`, finance reviewer, reason required) moves 已批复 → 已退回: the 部门领导 has
 * the department back exactly as after a 退回 (returns units for correction, or resubmits). The
 * snapshot stays; the next 批复 freezes the next version. The database lets an ACCEPTED row change
 * only in a transaction that also writes this audit row (migration …_inv_freeze_accepted).
 */
import { DEPARTMENT_STEP_PERMISSION, UNIT_STEP_PERMISSION } from '@/lib/auth/permissions';
import { reachesDepartment } from '@/lib/auth/scope';
import { REASON_REQUIRED, REOPEN_REASON_REQUIRED, transitionDepartment, transitionUnit, type Transition } from '@/lib/budget/workflow';
import { audited, type AuditEntry } from '@/lib/db/audit-repository';
import * as workflow from '@/lib/db/workflow-repository';
import { departmentTransitionSchema, unitTransitionSchema } from '@/lib/schemas/submission';
import { forbidden, invalidInput, notFound, stateRefusal } from '@/lib/errors';
import { assertDepartmentMaySubmit, assertUnitMaySubmit } from './checks';
import { defineOperation } from './operation';
import { freezeReport } from './publish';
import { openYear, reachableUnit } from './unit-access';

function accepted<S>(t: Transition<S>): { to: S; reason: string | null } {
  if (t.ok) return t;
  throw t.message === REASON_REQUIRED || t.message === REOPEN_REASON_REQUIRED ? invalidInput('reason', t.message) : stateRefusal(t.message);
}

/** POST /api/submissions/unit, transitionUnitAction: `{ action: submit|approve|return, unitId, year, reason? }`. */
export const transitionUnitSubmission = defineOperation({
  name: 'unit.transition',
  permission: (input) => UNIT_STEP_PERMISSION[input.action],
  input: unitTransitionSchema,
  kind: 'write',
  run: (g, { action, unitId, year, reason }) =>
    audited(async (tx) => {
      const unit = await reachableUnit(tx, g.scope, unitId);
      await openYear(tx, year);
      const departmentStatus = await workflow.lockDepartmentState(tx, unit.departmentId, year, 'share');
      const from = await workflow.lockUnitState(tx, unit.id, year, 'update');
      const t = accepted(transitionUnit({ from, action, departmentStatus, reason }));
      if (action === 'submit') {
        const department = await workflow.findDepartment(tx, unit.departmentId);
        if (department) await assertUnitMaySubmit(tx, unit, department.code, year);
      }
      await workflow.setUnitStatus(tx, unit.id, year, t.to, t.reason, g.actor.id);
      const audit: AuditEntry = {
        kind: 'WORKFLOW',
        actor: { id: g.actor.id, name: g.actor.displayName },
        entity: 'UnitSubmission',
        entityId: unit.id,
        departmentId: unit.departmentId,
        unitId: unit.id,
        year,
        before: { status: from },
        after: { status: t.to, action },
        reason: t.reason,
        ip: g.actor.ip,
      };
      return { result: { unitId: unit.id, year, status: t.to }, audit };
    }),
});

/** POST /api/submissions/department, transitionDepartmentAction: `{ action: submit|accept|return|reopen, departmentId, year, reason? }`. */
export const transitionDepartmentSubmission = defineOperation({
  name: 'department.transition',
  permission: (input) => DEPARTMENT_STEP_PERMISSION[input.action],
  input: departmentTransitionSchema,
  kind: 'write',
  run: (g, { action, departmentId, year, reason }) =>
    audited(async (tx) => {
      const department = await workflow.findDepartment(tx, departmentId);
      if (!department) throw notFound('部门不存在');
      if (!reachesDepartment(g.scope, department.id)) throw forbidden(`无权操作部门“${department.name}”`);
      await openYear(tx, year);
      const from = await workflow.lockDepartmentState(tx, department.id, year, 'update');
      const units = await workflow.lockDepartmentUnits(tx, department.id, year);
      const t = accepted(transitionDepartment({ from, action, units, reason }));
      if (action === 'submit') await assertDepartmentMaySubmit(tx, department.code, department.name, year);
      await workflow.setDepartmentStatus(tx, department.id, year, t.to, t.reason, g.actor.id);
      const base = { actor: { id: g.actor.id, name: g.actor.displayName }, departmentId: department.id, year, ip: g.actor.ip };
      // 撤销批复 names the snapshot it keeps.
      const kept = action === 'reopen' ? await workflow.findPublishedReport(department.id, year, tx) : null;
      const before = kept ? { status: from, snapshotVersion: kept.version, contentHash: kept.contentHash } : { status: from };
      const audit: AuditEntry[] = [
        { ...base, kind: 'WORKFLOW', entity: 'DepartmentSubmission', entityId: department.id, before, after: { status: t.to, action }, reason: t.reason },
      ];
      let published: { contentHash: string; version: number } | null = null;
      if (t.to === 'ACCEPTED') {
        published = await freezeReport(tx, department, year);
        audit.push({ ...base, kind: 'PUBLISH', entity: 'PublishedReport', entityId: department.id, after: published });
      }
      return { result: { departmentId: department.id, year, status: t.to, published }, audit };
    }),
});
