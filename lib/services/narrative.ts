/** 情况说明 sections of the leader's own department: create or update (optimistic version), audited. */
import { narrativeRefusal } from '@/lib/budget/workflow';
import { audited } from '@/lib/db/audit-repository';
import * as data from '@/lib/db/lines-repository';
import { lockDepartmentState } from '@/lib/db/workflow-repository';
import { putNarrativeSchema } from '@/lib/schemas/narrative';
import { forbidden, invalidInput, staleVersion, stateRefusal } from '@/lib/errors';
import { defineOperation } from './operation';
import { openYear } from './unit-access';

/** PUT /api/narrative, putNarrativeAction: `{ year, key, title?, body, version? }`. */
export const putNarrative = defineOperation({
  name: 'narrative.put',
  permission: 'narrative.edit',
  input: putNarrativeSchema,
  kind: 'write',
  run: (g, { year, key, title, body, version }) =>
    audited(async (tx) => {
      if (g.scope.kind !== 'department') throw forbidden('只有部门领导可以编辑本部门的情况说明');
      const { departmentId } = g.scope;
      await openYear(tx, year);
      const refusal = narrativeRefusal(await lockDepartmentState(tx, departmentId, year, 'share'));
      if (refusal) throw stateRefusal(refusal);
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
