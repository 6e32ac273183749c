/**
 * 复制上年预算 (POST /api/copy-year): a unit (单位财务, own unit) or a whole department (部门领导)
 * starts `toYear` from `toYear − 1` (lib/budget/copy-year.ts decides what is copied). Every target
 * unit must be editable in `toYear`; a target that already has data is refused (409) unless the
 * request confirms replacing it. One transaction, one audit row per unit (BUDGET_COPY).
 */
import type { Guarded } from '@/lib/auth/guard';
import { planUnitCopy, type SkippedItem, type TargetCodes } from '@/lib/budget/copy-year';
import { sumBy } from '@/lib/budget/money';
import { audited, type AuditEntry, type Tx } from '@/lib/db/audit-repository';
import { loadDepartmentBudget, loadReference } from '@/lib/db/budget-repository';
import * as copy from '@/lib/db/copy-year-repository';
import { findDepartmentByCode, listUnits } from '@/lib/db/organisation-repository';
import { findDepartment, fiscalYearStatus } from '@/lib/db/workflow-repository';
import { copyYearBudgetSchema, type CopyYearBudgetInput } from '@/lib/schemas/copy-year';
import { forbidden, invalidInput, notFound, stateRefusal } from '@/lib/errors';
import { defineOperation } from './operation';
import { editableUnit, reachableUnit } from './unit-access';

interface Target {
  id: string;
  name: string;
  departmentId: string;
}

export interface CopiedUnit {
  unitId: string;
  unitName: string;
  lines: number;
  projects: number;
  procurement: number;
  totalYuan: string;
  skipped: SkippedItem[];
}

async function targets(tx: Tx, g: Guarded, input: CopyYearBudgetInput): Promise<{ departmentCode: string; units: Target[] }> {
  if (input.unitId !== undefined) {
    const unit = await reachableUnit(tx, g.scope, input.unitId);
    const department = await findDepartment(tx, unit.departmentId);
    if (!department) throw notFound('单位所属部门不存在');
    return { departmentCode: department.code, units: [unit] };
  }
  const code = input.departmentCode ?? '';
  const department = await findDepartmentByCode(tx, code);
  if (!department) throw invalidInput('departmentCode', `部门编码 ${code} 不存在`);
  if (g.scope.kind !== 'department' || g.scope.departmentId !== department.id) throw forbidden('只有本部门的部门领导可以复制整个部门的上年预算');
  return { departmentCode: code, units: await listUnits({ departmentCode: code, includeInactive: false }, tx) };
}

async function targetCodes(tx: Tx, year: number): Promise<TargetCodes> {
  const reference = await loadReference(tx, year);
  const set = (list: { code: string }[]) => new Set(list.map((c) => c.code));
  return { functional: set(reference.functional), deptEcon: set(reference.deptEcon), govEcon: set(reference.govEcon) };
}

export const copyYearBudget = defineOperation({
  name: 'budget.copyYear',
  permission: 'budget.copy',
  input: copyYearBudgetSchema,
  kind: 'write',
  run: (g, input) =>
    audited(async (tx) => {
      const { toYear, amounts, replace } = input;
      const fromYear = toYear - 1;
      const { departmentCode, units } = await targets(tx, g, input);
      if (!(await fiscalYearStatus(tx, fromYear))) throw invalidInput('toYear', `上一预算年度 ${fromYear} 不存在，无法复制`);
      for (const unit of units) await editableUnit(tx, g.scope, unit.id, toYear);
      const occupied = [];
      for (const unit of units) {
        const c = await copy.unitYearCounts(tx, unit.id, toYear);
        if (c.lines + c.projects + c.procurement > 0) occupied.push(`“${unit.name}”已有明细行${c.lines}条、项目${c.projects}个、政府采购${c.procurement}条`);
      }
      if (occupied.length > 0 && !replace) throw stateRefusal(`${toYear}年度已有数据：${occupied.join('；')}。如确认用上年预算替换，请勾选“替换已有数据”后重试`);
      const source = await loadDepartmentBudget(tx, departmentCode, fromYear, { priorFromReport: false });
      const codes = await targetCodes(tx, toYear);
      const results: CopiedUnit[] = [];
      const audits: AuditEntry[] = [];
      for (const unit of units) {
        const own = <T extends { unitId: string }>(list: T[] = []) => list.filter((x) => x.unitId === unit.id);
        const plan = planUnitCopy({ lines: own(source?.lines), projects: own(source?.projects), procurement: own(source?.procurement) }, codes, { toYear, zeroAmounts: amounts === 'ZERO' });
        const before = await copy.unitYearCounts(tx, unit.id, toYear);
        await copy.clearUnitYear(tx, unit.id, toYear);
        const counts = await copy.insertUnitYear(tx, unit.id, toYear, plan, g.actor.id);
        const result = { unitId: unit.id, unitName: unit.name, ...counts, totalYuan: sumBy(plan.lines, (l) => l.amountYuan).toFixed(2), skipped: plan.skipped };
        results.push(result);
        audits.push({ kind: 'BUDGET_COPY', actor: { id: g.actor.id, name: g.actor.displayName }, entity: 'Unit', entityId: unit.id, departmentId: unit.departmentId, unitId: unit.id, year: toYear, before, after: { ...result, fromYear, amounts }, reason: `复制${fromYear}年度预算${amounts === 'ZERO' ? '（金额置零）' : ''}`, ip: g.actor.ip });
      }
      return { result: { fromYear, toYear, units: results }, audit: audits };
    }),
});
