/**
 * 上年数 entered by the 部门领导 for the own department-year, while the department may still edit
 * its 情况说明 (待报送/已退回, open year). Refused (409) when the previous year's accepted report
 * supplies them. Optimistic version; audited (PRIOR_YEAR_UPDATE, before/after in 元).
 */
import { narrativeRefusal } from '@/lib/budget/workflow';
import { audited } from '@/lib/db/audit-repository';
import { lockDepartmentState } from '@/lib/db/workflow-repository';
import * as prior from '@/lib/db/prior-year-repository';
import { putPriorYearSchema } from '@/lib/schemas/prior-year';
import { forbidden, invalidInput, staleVersion, stateRefusal } from '@/lib/errors';
import { defineOperation } from './operation';
import { openYear } from './unit-access';

/** PUT /api/prior-year `{ year, figures, version? }` */
export const putPriorYear = defineOperation({
  name: 'priorYear.put',
  permission: 'narrative.edit',
  input: putPriorYearSchema,
  kind: 'write',
  run: (g, { year, figures, version }) =>
    audited(async (tx) => {
      if (g.scope.kind !== 'department') throw forbidden('只有部门领导可以填报本部门的上年数');
      const { departmentId } = g.scope;
      await openYear(tx, year);
      const refusal = narrativeRefusal(await lockDepartmentState(tx, departmentId, year, 'share'));
      if (refusal) throw stateRefusal(refusal);
      const published = await prior.publishedPreviousYear(tx, departmentId, year);
      if (published !== null) throw stateRefusal(`上年数取自${published}年度批复的部门预算，不能手工填报`);
      const before = await prior.findEnteredPriorYear(tx, departmentId, year);
      if (before && version === undefined) throw invalidInput('version', '修改已填报的上年数须提供版本号（version）');
      const after = await prior.saveEnteredPriorYear(tx, departmentId, year, figures, version);
      if (!after) throw staleVersion('上年数已被他人修改，请刷新后重试', await prior.findEnteredPriorYear(tx, departmentId, year));
      const audit = { kind: 'PRIOR_YEAR_UPDATE' as const, actor: { id: g.actor.id, name: g.actor.displayName }, entity: 'PriorYearFigures', entityId: `${departmentId}|${year}`, departmentId, year, before, after, ip: g.actor.ip };
      return { result: after, audit };
    }),
});
