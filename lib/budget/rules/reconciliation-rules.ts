/**
 * 勾稽 equations (docs/domain.md §5) and the line rules (§1.1) as findings. The equations are
 * reconcile()'s, evaluated exactly in 元: a failure is a finding, a rounding gap never is
 * (roundingGaps only explains displayed 万元 totals; the 元 figures foot).
 */
import type { Rule } from './context';

export const reconciliationRule: Rule = {
  definition: {
    id: 'RECONCILIATION',
    name: '勾稽关系',
    explanation:
      '预算公开表之间及表内的勾稽关系按元精确核对（docs/domain.md §5）；两边元金额不等即为错误。万元显示的尾差属于舍入，不作为问题。申报表资金（E12）由“申报表资金与项目预算一致”按单位核对。',
    severity: 'FATAL',
    parameters: [],
  },
  check: (c) =>
    c.report.reconciliation
      // E12 (a form's 年度资金总额 = its project's lines) is PERF_FUNDS, per unit, so that it stops the unit's 提交.
      .filter((f) => !f.ok && !f.id.startsWith('E12'))
      .map((f) => {
        const [where = f.equation] = f.equation.split('：');
        return { unitId: null, key: f.id, where, message: `勾稽不符：${f.equation}`, left: f.left, right: f.right };
      }),
};

export const lineValidityRule: Rule = {
  definition: {
    id: 'LINE_VALIDITY',
    name: '明细行有效性',
    explanation: '每一明细行须符合当年科目、对照表与项目的规则（docs/domain.md §1.1）。保存时已逐行检查；此处复查科目调整后仍然存在的问题。',
    severity: 'FATAL',
    parameters: [],
  },
  check: (c) =>
    c.report.findings.validation.map((issue, i) => {
      const line = issue.subject?.kind === 'line' ? c.ctx.budget.lines.find((l) => l.id === issue.subject?.id) : undefined;
      const project = issue.subject?.kind === 'project' ? c.ctx.projectsById.get(issue.subject.id) : undefined;
      const unitId = line?.unitId ?? project?.unitId ?? null;
      const where = line ? c.lineWhere(line) : project ? c.projectWhere(project) : '部门预算';
      const key = `${issue.subject?.kind ?? 'budget'}:${issue.subject?.id ?? i}:${issue.field ?? ''}`;
      return { unitId: unitId && c.ctx.unitsById.has(unitId) ? unitId : null, key, where, message: issue.message, left: null, right: null };
    }),
};
