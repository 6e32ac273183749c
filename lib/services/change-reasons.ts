/**
 * 增减变动原因 of the leader's own department-year (docs/domain.md §11, `ITEM_CHANGE_REASON`):
 * enter, change (optimistic version) or clear (empty text) the reason of one subject, while the
 * department may still edit its 情况说明. Audited as a 情况说明 change (entity ChangeReason).
 */
import { NARRATIVE_SCOPE_REFUSAL, refuseEdit } from '@/lib/auth/edit-access';
import { ledDepartment } from '@/lib/auth/scope';
import { audited } from '@/lib/db/audit-repository';
import * as reasons from '@/lib/db/change-reason-repository';
import { lockDepartmentState } from '@/lib/db/workflow-repository';
import { putChangeReasonSchema } from '@/lib/schemas/change-reason';
import { forbidden, invalidInput, staleVersion } from '@/lib/errors';
import { defineOperation } from './operation';
import { assertEditable, yearState } from './unit-access';

const STALE = '该变动原因已被他人修改，请刷新后重试';

/** PUT /api/change-reasons, putChangeReasonAction: `{ year, subject, text, version? }`. */
export const putChangeReason = defineOperation({
  name: 'changeReason.put',
  permission: 'narrative.edit',
  input: putChangeReasonSchema,
  kind: 'write',
  run: (g, { year, subject, text, version }) =>
    audited(async (tx) => {
      const departmentId = ledDepartment(g.scope);
      if (!departmentId) throw forbidden(NARRATIVE_SCOPE_REFUSAL);
      const yearOf = await yearState(tx, year);
      const departmentStatus = await lockDepartmentState(tx, departmentId, year, 'share');
      assertEditable(refuseEdit(g.scope, { kind: 'narrative', departmentId, year: yearOf, departmentStatus }));
      const key = { departmentId, year, subject };
      const before = await reasons.findChangeReason(tx, departmentId, year, subject);
      let after: reasons.ChangeReasonRecord | null = null;
      if (!before) {
        if (version !== undefined) throw staleVersion(STALE, null);
        if (text === '') throw invalidInput('text', '请填写变动原因');
        after = await reasons.insertChangeReason(tx, key, text, g.actor.id);
      } else {
        if (version === undefined) throw invalidInput('version', '修改已填写的变动原因须提供版本号（version）');
        if (text === '') {
          if (!(await reasons.deleteChangeReasonAtVersion(tx, key, version))) throw staleVersion(STALE, before);
        } else {
          after = await reasons.updateChangeReasonAtVersion(tx, key, version, text, g.actor.id);
          if (!after) throw staleVersion(STALE, before);
        }
      }
      const audit = { kind: 'NARRATIVE_UPDATE' as const, actor: { id: g.actor.id, name: g.actor.displayName }, entity: 'ChangeReason', entityId: subject, departmentId, year, before, after, ip: g.actor.ip };
      return { result: after ?? { subject, removed: true }, audit };
    }),
});
