/**
 * Equations that need the budget itself, not only the tables: 三公 items against their
 * 部门经济 款 (E9), 机关运行经费 ≤ 公用经费 (E10), 表13 columns (E11), 绩效目标申报表 funds (E12),
 * 政府采购 (E13), and which of 表7/8/9 are empty (E14).
 */
import type { DepartmentBudget, DisclosureTable, FundingSource } from '../types';
import { FISCAL_SOURCES } from '../types';
import { compareProjects, compareUnits, sumLines, type BudgetContext } from '../context';
import { sumBy, ZERO, Dec } from '../money';
import { isOrganUnit } from '../disclosure/table-11-organ-operating';
import { THREE_PUBLIC_ITEMS, THREE_PUBLIC_LABELS } from '../classification/three-public';
import { cellValue, evaluateSumCheck, finding, rowIndex, type ReconciliationFinding, type TableSet } from './checks';
import { columnChecks } from './structure';

function threePublicItems(ctx: BudgetContext, tables: TableSet): ReconciliationFinding[] {
  return THREE_PUBLIC_ITEMS.map((item) => {
    const code = ctx.threePublicCodes[item];
    const label = item === 'vehiclePurchase' ? '①公务用车购置费' : item === 'vehicleOperation' ? '②公务用车运行维护费' : THREE_PUBLIC_LABELS[item];
    const shown = cellValue(tables, { table: 10, section: 0, row: rowIndex(tables, 10, 0, label), col: 0 });
    const lines = sumLines(ctx.lines.filter((l) => l.fiscal && !l.line.carryover && l.line.deptEconCode === code));
    return finding(`E9:表10:${code}`, `表10 ${label} = 财政拨款本年 ${code} 部门经济分类合计`, shown, lines);
  });
}

function organOperatingBounds(ctx: BudgetContext, tables: TableSet): ReconciliationFinding[] {
  const budget = ctx.budget;
  const rows = tables.get(11)?.sections[0]?.rows ?? [];
  return budget.units
    .filter(isOrganUnit)
    .sort(compareUnits)
    .map((unit) => {
      const index = rows.findIndex((r) => r.level === '单位' && r.code === unit.code && r.name === unit.name);
      const organ = index < 0 ? ZERO : cellValue(tables, { table: 11, section: 0, row: index, col: 0 });
      const publicSpending = sumLines(
        ctx.lines.filter((l) => l.line.unitId === unit.id && l.line.kind === 'BASIC' && !l.line.carryover && l.nature === 'PUBLIC'),
      );
      return finding(`E10:表11:${unit.code}`, `表11 ${unit.name} 机关运行经费 ≤ 其基本支出公用经费`, organ, publicSpending, organ.lte(publicSpending));
    });
}

function carryoverProjectColumns(budget: DepartmentBudget, tables: TableSet): ReconciliationFinding[] {
  const nonFiscal = budget.lines.some((l) => l.kind === 'PROJECT' && l.carryover && !FISCAL_SOURCES.includes(l.fundingSource));
  return nonFiscal ? [] : columnChecks(tables, 'E11', 13, 0, 0, [1, 2, 3]).map((check) => evaluateSumCheck(tables, check));
}

function performanceFunds(budget: DepartmentBudget): ReconciliationFinding[] {
  return [...budget.projects].sort(compareProjects).flatMap((project) => {
    if (!project.performanceForm) return [];
    const lines = sumBy(budget.lines.filter((l) => l.projectId === project.id), (l) => l.amountYuan);
    const form = new Dec(project.performanceForm.funds.annual.total);
    return [finding(`E12:${project.id}`, `绩效目标申报表「${project.name}」年度资金总额 = 该项目预算行合计`, form, lines)];
  });
}

function procurement(budget: DepartmentBudget): ReconciliationFinding {
  const total = sumBy(budget.procurement, (p) => p.amountYuan);
  const byCategory = (['GOODS', 'WORKS', 'SERVICES'] as const).map((c) => sumBy(budget.procurement.filter((p) => p.category === c), (p) => p.amountYuan));
  return finding('E13:政府采购', '政府采购预算总额 = 货物 + 工程 + 服务', total, sumBy(byCategory, (x) => x));
}

function emptyTables(budget: DepartmentBudget, tables: readonly DisclosureTable[]): ReconciliationFinding[] {
  const has = (source: FundingSource) => budget.lines.some((l) => !l.carryover && l.fundingSource === source && !l.amountYuan.isZero());
  const expected: [number, boolean][] = [[7, has('GOV_FUND')], [8, has('GOV_FUND')], [9, has('STATE_CAPITAL')]];
  return expected.map(([number, hasData]) => {
    const empty = tables.find((t) => t.number === number)?.empty ?? true;
    return {
      id: `E14:表${number}`,
      equation: `表${number} 为空（本表无数据） ⇔ 无相应资金来源的本年预算行`,
      left: empty ? '本表无数据' : '有数据',
      right: hasData ? '有相应预算行' : '无相应预算行',
      ok: empty === !hasData,
    };
  });
}

export function budgetChecks(ctx: BudgetContext, tables: readonly DisclosureTable[], set: TableSet): ReconciliationFinding[] {
  const budget = ctx.budget;
  return [
    ...threePublicItems(ctx, set),
    ...organOperatingBounds(ctx, set),
    ...carryoverProjectColumns(budget, set),
    ...performanceFunds(budget),
    procurement(budget),
    ...emptyTables(budget, tables),
  ];
}
