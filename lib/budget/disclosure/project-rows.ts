/**
 * The department → unit → project rows of 表12 and 表13. The department row has the
 * department's code and no level (it is neither a 单位 nor a 项目); unit rows are level 单位,
 * project rows level 项目. Units and projects whose cells are all blank are left out.
 */
import type { DisclosureRow } from '../types';
import { compareProjects, compareText, compareUnits, type BudgetContext, type ResolvedLine } from '../context';
import { departmentLabel, row, type ColumnSpec } from './shared';

const UNKNOWN_UNIT = '（未知单位）';
const UNKNOWN_PROJECT = '（未指定项目）';

function groupBy(lines: readonly ResolvedLine[], key: (l: ResolvedLine) => string): Map<string, ResolvedLine[]> {
  const groups = new Map<string, ResolvedLine[]>();
  for (const l of lines) {
    const k = key(l);
    const group = groups.get(k);
    if (group) group.push(l);
    else groups.set(k, [l]);
  }
  return groups;
}

const hasValue = (r: DisclosureRow) => r.values.some((v) => v !== null);

export function projectRows(ctx: BudgetContext, lines: readonly ResolvedLine[], columns: readonly ColumnSpec[]): DisclosureRow[] {
  const budget = ctx.budget;
  const byUnit = [...groupBy(lines, (l) => l.line.unitId).entries()].sort(([a], [b]) => {
    const ua = ctx.unitsById.get(a);
    const ub = ctx.unitsById.get(b);
    if (ua && ub) return compareUnits(ua, ub);
    return ua ? -1 : ub ? 1 : compareText(a, b);
  });
  const rows: DisclosureRow[] = [row(departmentLabel(budget), lines, columns, { code: budget.department.code })];
  for (const [unitId, unitLines] of byUnit) {
    const unit = ctx.unitsById.get(unitId);
    const unitRow = row(unit?.name ?? UNKNOWN_UNIT, unitLines, columns, { code: unit?.code ?? null, level: '单位' });
    if (!hasValue(unitRow)) continue;
    rows.push(unitRow);
    const byProject = [...groupBy(unitLines, (l) => l.line.projectId ?? '').entries()].sort(([a], [b]) => {
      const pa = ctx.projectsById.get(a);
      const pb = ctx.projectsById.get(b);
      if (pa && pb) return compareProjects(pa, pb);
      return pa ? -1 : pb ? 1 : compareText(a, b);
    });
    for (const [projectId, projectLines] of byProject) {
      const name = ctx.projectsById.get(projectId)?.name ?? UNKNOWN_PROJECT;
      const projectRow = row(name, projectLines, columns, { level: '项目' });
      if (hasValue(projectRow)) rows.push(projectRow);
    }
  }
  return rows;
}
