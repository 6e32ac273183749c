/**
 * The unit's lines as plain rows for the grid (codes resolved to names, the 政府经济 款 from the
 * override or the 对照表, money as a 元 string) and the choices of the line form, both built
 * from the department-year budget on the server.
 */
import { budgetContext } from '@/lib/budget/context';
import { FUNDING_SOURCE_LABELS } from '@/lib/budget/disclosure/labels';
import type { DepartmentBudget, FundingSource, SpendingKind } from '@/lib/budget/types';
import { FUNDING_SOURCES } from '@/lib/budget/types';
import type { OptionGroup } from '@/components/ui/Select';

export const KIND_LABEL: Readonly<Record<SpendingKind, string>> = { BASIC: '基本支出', PROJECT: '项目支出' };

export interface LineRow {
  id: string;
  functionalCode: string;
  functionalName: string;
  deptEconCode: string;
  deptEconName: string;
  govEconCode: string | null;
  govEconName: string;
  govEconOverridden: boolean;
  kind: SpendingKind;
  projectName: string | null;
  fundingSource: FundingSource;
  carryover: boolean;
  /** 元, two decimals: "12345.67". */
  amountYuan: string;
}

export function lineRows(budget: DepartmentBudget, unitId: string): LineRow[] {
  const ctx = budgetContext(budget);
  return ctx.lines
    .filter((r) => r.line.unitId === unitId)
    .map(({ line, project, govEconCode }) => ({
      id: line.id,
      functionalCode: line.functionalCode,
      functionalName: ctx.functionalNames.get(line.functionalCode) ?? '（未知科目）',
      deptEconCode: line.deptEconCode,
      deptEconName: ctx.deptEconNames.get(line.deptEconCode) ?? '（未知科目）',
      govEconCode,
      govEconName: govEconCode ? (ctx.govEconNames.get(govEconCode) ?? '（未知科目）') : '（对照表缺少对应科目）',
      govEconOverridden: line.govEconOverride !== null,
      kind: line.kind,
      projectName: project?.name ?? null,
      fundingSource: line.fundingSource,
      carryover: line.carryover,
      amountYuan: line.amountYuan.toFixed(2),
    }))
    .sort((a, b) => (a.functionalCode + a.deptEconCode).localeCompare(b.functionalCode + b.deptEconCode));
}

export interface LineFormOptions {
  functional: OptionGroup[];
  deptEcon: OptionGroup[];
  govEcon: OptionGroup[];
  projects: { value: string; label: string }[];
  fundingSources: { value: FundingSource; label: string }[];
  /** 部门经济 款 → 政府经济 款 "code name" for the unit's side of the 对照表. */
  mapped: Record<string, string>;
}

/** Codes of `length` digits grouped under their parent (the first `length - 2` digits, or 3 for 款). */
function grouped(entries: readonly { code: string; name: string }[], length: number, parentLength: number): OptionGroup[] {
  const names = new Map(entries.map((e) => [e.code, e.name]));
  const groups = new Map<string, OptionGroup>();
  for (const { code, name } of entries) {
    if (code.length !== length) continue;
    const parent = code.slice(0, parentLength);
    let group = groups.get(parent);
    if (!group) groups.set(parent, (group = { label: `${parent} ${names.get(parent) ?? ''}`.trim(), options: [] }));
    group.options.push({ value: code, label: `${code} ${name}` });
  }
  return [...groups.values()];
}

export function lineFormOptions(budget: DepartmentBudget, unitId: string): LineFormOptions {
  const { reference } = budget;
  const unit = budget.units.find((u) => u.id === unitId);
  const govNames = new Map(reference.govEcon.map((g) => [g.code, g.name]));
  const mapped = Object.fromEntries(
    reference.econMapping
      .filter((m) => m.category === unit?.govEconCategory)
      .map((m) => [m.deptEconCode, `${m.govEconCode} ${govNames.get(m.govEconCode) ?? ''}`.trim()]),
  );
  return {
    functional: grouped(reference.functional, 7, 5),
    deptEcon: grouped(reference.deptEcon, 5, 3),
    govEcon: grouped(reference.govEcon, 5, 3),
    projects: budget.projects.filter((p) => p.unitId === unitId).map((p) => ({ value: p.id, label: p.name })),
    fundingSources: FUNDING_SOURCES.map((value) => ({ value, label: FUNDING_SOURCE_LABELS[value] })),
    mapped,
  };
}
