/**
 * The unit's lines as plain rows for the grid (money as a 元 string, with the version an edit
 * sends back and the 备注) and what the grid's pickers choose from (codes with names, the unit's
 * projects, its side of the 对照表), both built from the department-year budget on the server.
 */
import { budgetContext } from '@/lib/budget/context';
import type { DepartmentBudget, FundingSource, SpendingKind } from '@/lib/budget/types';
import type { LineStamp } from '@/lib/services/read/lines';

export interface LineRow {
  id: string;
  version: number;
  functionalCode: string;
  deptEconCode: string;
  govEconOverride: string | null;
  kind: SpendingKind;
  projectId: string | null;
  projectName: string | null;
  fundingSource: FundingSource;
  carryover: boolean;
  /** 元, two decimals: "12345.67". */
  amountYuan: string;
  note: string | null;
}

export interface CodeOption {
  code: string;
  name: string;
}

export interface GridOptions {
  year: number;
  unitCode: string;
  /** 功能分类 项 (7 digits), with the 类/款 names in `path` for the search. */
  functional: CodeOption[];
  /** 部门经济分类 款 (5 digits). */
  deptEcon: CodeOption[];
  /** 政府经济分类 款 (5 digits). */
  govEcon: CodeOption[];
  /** 项 → 款 → 类 names of the 功能分类, for subtotals ("2010301" → its own name). */
  names: Record<string, string>;
  projects: { id: string; name: string }[];
  /** 部门经济 款 → 政府经济 款 on the unit's side of the 对照表. */
  mapped: Record<string, string>;
}

export function lineRows(budget: DepartmentBudget, unitId: string, stamps: ReadonlyMap<string, LineStamp>): LineRow[] {
  const ctx = budgetContext(budget);
  return ctx.lines
    .filter((r) => r.line.unitId === unitId)
    .map(({ line, project }) => ({
      id: line.id,
      version: stamps.get(line.id)?.version ?? 1,
      functionalCode: line.functionalCode,
      deptEconCode: line.deptEconCode,
      govEconOverride: line.govEconOverride,
      kind: line.kind,
      projectId: line.projectId,
      projectName: project?.name ?? null,
      fundingSource: line.fundingSource,
      carryover: line.carryover,
      amountYuan: line.amountYuan.toFixed(2),
      note: stamps.get(line.id)?.note ?? null,
    }))
    .sort((a, b) => (a.functionalCode + a.deptEconCode).localeCompare(b.functionalCode + b.deptEconCode));
}

export function gridOptions(budget: DepartmentBudget, unitId: string): GridOptions {
  const { reference } = budget;
  const unit = budget.units.find((u) => u.id === unitId);
  const names: Record<string, string> = {};
  for (const c of [...reference.functional, ...reference.deptEcon]) names[c.code] = c.name;
  return {
    year: budget.year,
    unitCode: unit?.code ?? '',
    functional: reference.functional.filter((c) => c.code.length === 7).map(({ code, name }) => ({ code, name })),
    deptEcon: reference.deptEcon.filter((c) => c.code.length === 5).map(({ code, name }) => ({ code, name })),
    govEcon: reference.govEcon.filter((c) => c.code.length === 5).map(({ code, name }) => ({ code, name })),
    names,
    projects: budget.projects.filter((p) => p.unitId === unitId).map((p) => ({ id: p.id, name: p.name })),
    mapped: Object.fromEntries(reference.econMapping.filter((m) => m.category === unit?.govEconCategory).map((m) => [m.deptEconCode, m.govEconCode])),
  };
}
