/**
 * 审核问题 and 审核规则: the findings of a unit or a department (as far as the caller reaches), a
 * unit accountant's acknowledgement of a WARN finding before 提交, and the finance bureau's or the
 * administrator's setting of a rule for a fiscal year. Every change is audited.
 */
import { reachesDepartment, reachesUnit } from '@/lib/auth/scope';
import { findingKey, parameterIssue, ruleDefinition, type Finding } from '@/lib/budget/rules';
import { audited } from '@/lib/db/audit-repository';
import { insertAcknowledgement, listAcknowledgements, lockRuleSetting, saveRuleSetting, type AcknowledgementRow } from '@/lib/db/checks-repository';
import { getPrisma } from '@/lib/db/client';
import { findDepartment } from '@/lib/db/workflow-repository';
import { forbidden, invalidInput, notFound, stateRefusal, staleVersion } from '@/lib/errors';
import { acknowledgeSchema, findingsQuerySchema, ruleUpdateSchema } from '@/lib/schemas/checks';
import { departmentFindings } from './checks';
import { departmentFindingsCached } from './findings-cache';
import { defineOperation } from './operation';
import { editableUnit, openYear, reachableUnit } from './unit-access';

export interface FindingView extends Finding {
  ruleName: string;
  acknowledgement: AcknowledgementRow | null;
}

/** GET /api/checks?year&unitId|departmentId: the findings, each with its acknowledgement (unit findings the caller reaches, and the department's own). */
export const listFindings = defineOperation({
  name: 'checks.list',
  permission: 'unit.read',
  input: findingsQuerySchema,
  kind: 'read',
  run: async (g, { year, unitId, departmentId }) => {
    const db = getPrisma();
    const unit = unitId ? await reachableUnit(db, g.scope, unitId) : null;
    const department = await findDepartment(db, unit?.departmentId ?? departmentId ?? '');
    if (!department) throw notFound('部门不存在');
    if (!reachesDepartment(g.scope, department.id)) throw forbidden(`无权查看部门“${department.name}”`);
    const findings = await departmentFindingsCached(db, department.code, year);
    if (!findings) throw invalidInput('year', `预算年度 ${year} 不存在`);
    const visible = findings.filter((f) =>
      unit ? f.unitId === unit.id : f.unitId === null || reachesUnit(g.scope, { id: f.unitId, departmentId: department.id }),
    );
    const unitIds = [...new Set(visible.flatMap((f) => (f.unitId ? [f.unitId] : [])))];
    const acks = new Map((await listAcknowledgements(db, unitIds, year)).map((a) => [`${a.unitId}|${a.ruleId}:${a.findingKey}`, a]));
    const views: FindingView[] = visible.map((f) => ({
      ...f,
      ruleName: ruleDefinition(f.ruleId)?.name ?? f.ruleId,
      acknowledgement: (f.unitId && acks.get(`${f.unitId}|${findingKey(f)}`)) || null,
    }));
    return { department: { id: department.id, code: department.code, name: department.name }, year, findings: views };
  },
});

/** POST /api/checks/acknowledge: 确认 one WARN finding of the caller's unit (with an optional note). */
export const acknowledgeFinding = defineOperation({
  name: 'checks.acknowledge',
  permission: 'unit.submit',
  input: acknowledgeSchema,
  kind: 'write',
  run: (g, input) =>
    audited(async (tx) => {
      const unit = await editableUnit(tx, g.scope, input.unitId, input.year);
      const department = await findDepartment(tx, unit.departmentId);
      const findings = department ? ((await departmentFindings(tx, department.code, input.year)) ?? []) : [];
      const finding = findings.find((f) => f.unitId === unit.id && f.ruleId === input.ruleId && f.key === input.findingKey);
      if (!finding) throw notFound('该审核问题已不存在（数据可能已修改），请刷新后查看');
      if (finding.severity !== 'WARN') throw invalidInput('ruleId', finding.severity === 'FATAL' ? '致命问题不能确认，须修正数据' : '提示无须确认');
      const existing = await listAcknowledgements(tx, [unit.id], input.year);
      if (existing.some((a) => a.ruleId === finding.ruleId && a.findingKey === finding.key)) throw stateRefusal('该审核警告已确认');
      const ack = await insertAcknowledgement(tx, {
        unitId: unit.id, year: input.year, ruleId: finding.ruleId, findingKey: finding.key, note: input.note || null, userId: g.actor.id, userName: g.actor.displayName,
      });
      return {
        result: ack,
        audit: {
          kind: 'FINDING_ACKNOWLEDGE', actor: { id: g.actor.id, name: g.actor.displayName }, entity: 'FindingAcknowledgement', entityId: ack.id,
          departmentId: unit.departmentId, unitId: unit.id, year: input.year,
          after: { ruleId: finding.ruleId, findingKey: finding.key, where: finding.where, message: finding.message, note: ack.note }, ip: g.actor.ip,
        },
      };
    }),
});

/** PUT /api/rules: a rule's setting for a fiscal year (启用, 严重程度, 参数), with the version last seen. */
export const updateRule = defineOperation({
  name: 'rules.update',
  permission: 'rules.manage',
  input: ruleUpdateSchema,
  kind: 'write',
  run: (g, input) =>
    audited(async (tx) => {
      const definition = ruleDefinition(input.ruleId);
      if (!definition) throw invalidInput('ruleId', `没有编号为 ${input.ruleId} 的审核规则`);
      await openYear(tx, input.year);
      for (const key of Object.keys(input.params)) {
        if (!definition.parameters.some((p) => p.key === key)) throw invalidInput(`params.${key}`, `规则“${definition.name}”没有参数 ${key}`);
      }
      const params: Record<string, string> = {};
      for (const p of definition.parameters) {
        const value = (input.params[p.key] ?? p.defaultValue).trim();
        const issue = parameterIssue(p, value);
        if (issue) throw invalidInput(`params.${p.key}`, issue);
        params[p.key] = value;
      }
      const current = await lockRuleSetting(tx, input.year, input.ruleId);
      if (current && input.version !== current.version) throw staleVersion('该规则已被他人修改，请刷新后重试', current);
      const saved = await saveRuleSetting(tx, input.year, { ruleId: input.ruleId, enabled: input.enabled, severity: input.severity, params }, g.actor.id, current?.version ?? null);
      return {
        result: saved,
        audit: {
          kind: 'RULE_CHANGE', actor: { id: g.actor.id, name: g.actor.displayName }, entity: 'RuleSetting', entityId: `${input.year}:${input.ruleId}`, year: input.year,
          before: current, after: saved, ip: g.actor.ip,
        },
      };
    }),
});
