/** 情况说明 sections of the leader's own department: create or update (optimistic version), audited. */
import { NARRATIVE_SCOPE_REFUSAL, refuseEdit } from '@/lib/auth/edit-access';
import { ledDepartment } from '@/lib/auth/scope';
import { audited } from '@/lib/db/audit-repository';
import * as data from '@/lib/db/lines-repository';
import { lockDepartmentState } from '@/lib/db/workflow-repository';
import { putNarrativeSchema } from '@/lib/schemas/narrative';
import { forbidden, invalidInput, staleVersion } from '@/lib/errors';
import { defineOperation } from './operation';
import { assertEditable, yearState } from './unit-access';

/** PUT /api/narrative, putNarrativeAction: `{ year, key, title?, body, version? }`. */
export const putNarrative = defineOperation({
  name: 'narrative.put',
  permission: 'narrative.edit',
  input: putNarrativeSchema,
  kind: 'write',
  run: (g, { year, key, title, body, version }) =>
    audited(async (tx) => {
      const departmentId = ledDepartment(g.scope);
      if (!departmentId) throw forbidden(NARRATIVE_SCOPE_REFUSAL);
      const yearOf = await yearState(tx, year);
      const departmentStatus = await lockDepartmentState(tx, departmentId, year, 'share');
      assertEditable(refuseEdit(g.scope, { kind: 'narrative', departmentId, year: yearOf, departmentStatus }));
      const before = await data.findNarrative(tx, departmentId, year, key);
      let after: data.NarrativeRecord | null;
      if (!before) {
        if (!title) throw invalidInput('title', '新建说明须填写标题');
        after = await data.insertNarrative(tx, { departmentId, year, key, title, body }, g.actor.id);
      } else {
        if (version === undefined) throw invalidInput('version', '修改已有说明须提供版本号（version）');
        after = await data.updateNarrativeAtVersion(tx, { departmentId, year, key }, version, { title: title ?? before.title, body }, g.actor.id);
        if (!after) throw staleVersion(`“${before.title}”已被他人修改，请刷新后重试`, await data.findNarrative(tx, departmentId, year, key));
      }
      const audit = { kind: 'NARRATIVE_UPDATE' as const, actor: { id: g.actor.id, name: g.actor.displayName }, entity: 'NarrativeSection', entityId: key, departmentId, year, before, after, ip: g.actor.ip };
      return { result: after, audit };
    }),
});
