/**
 * The import's plan, decided before anything is written: which units the file touches, whether
 * the caller may touch them (scope, 草稿/已退回, department not with the bureau), and what each
 * unit's lines become. The dry run stops here; the real import applies it (workbook-import.ts).
 */
import { reachesUnit, type Scope } from '@/lib/auth/scope';
import { editRefusal, narrativeRefusal } from '@/lib/budget/workflow';
import type { Tx } from '@/lib/db/audit-repository';
import { countProcurementOf, loadLinesOf, type ImportReference } from '@/lib/db/import-repository';
import { lockDepartmentState, lockEditStates } from '@/lib/db/workflow-repository';
import { forbidden } from '@/lib/errors';
import { diffLines, type LinesDiff } from '@/lib/workbook/diff';
import { HEADERS, SHEET, type SheetName } from '@/lib/workbook/format';
import { issue, type Workbook, type WorkbookIssue } from '@/lib/workbook/types';

export interface UnitPlan {
  unitCode: string;
  unitName: string;
  /** null when the unit is created by this import. */
  unitId: string | null;
  /** The 单位 sheet renames the unit or changes its type. */
  unitRowChanged: boolean;
  lines: LinesDiff | null;
  projectsCreated: number;
  procurement: { before: number; after: number } | null;
}

/** Where a unit first appears in the file, to place a refusal. */
function firstMention(workbook: Workbook, unitCode: string): { sheet: SheetName; row: number } {
  const lists = [
    [SHEET.units, workbook.units],
    [SHEET.projects, workbook.projects],
    [SHEET.lines, workbook.lines],
    [SHEET.procurement, workbook.procurement],
  ] as const;
  for (const [sheet, rows] of lists) {
    const found = rows.find((r) => r.unitCode === unitCode);
    if (found) return { sheet, row: found.row };
  }
  return { sheet: SHEET.lines, row: 0 };
}

/** Units whose data the file changes: 明细, 项目, 政府采购, and 单位 rows that differ from the system. */
export function touchedUnitCodes(workbook: Workbook, ref: ImportReference): string[] {
  const byCode = new Map(ref.units.map((u) => [u.code, u]));
  const codes = new Set([...workbook.lines, ...workbook.projects, ...workbook.procurement].map((r) => r.unitCode));
  for (const u of workbook.units) {
    const existing = byCode.get(u.unitCode);
    if (!existing || existing.name !== u.unitName || existing.type !== u.unitType) codes.add(u.unitCode);
  }
  return [...codes].sort();
}

/** Scope and workflow state of every existing unit and 上年数 department, locked until commit. */
export async function checkAccess(tx: Tx, reach: Scope, year: number, workbook: Workbook, ref: ImportReference, unitCodes: readonly string[]): Promise<WorkbookIssue[]> {
  const refusals: WorkbookIssue[] = [];
  const byCode = new Map(ref.units.map((u) => [u.code, u]));
  for (const code of unitCodes) {
    const unit = byCode.get(code);
    if (!unit) continue; // created by this import
    if (!reachesUnit(reach, unit)) throw forbidden(`无权导入单位 ${unit.code} ${unit.name} 的数据`);
    const { unitStatus, departmentStatus } = await lockEditStates(tx, unit, year);
    const refusal = editRefusal(unitStatus, departmentStatus);
    if (refusal) {
      const at = firstMention(workbook, code);
      refusals.push(issue(at.sheet, at.row, HEADERS.lines.unitCode, `单位 ${unit.code} ${unit.name}：${refusal}`));
    }
  }
  const departments = new Map(ref.departments.map((d) => [d.code, d]));
  for (const row of workbook.priorYear) {
    const department = departments.get(row.departmentCode);
    if (!department) continue;
    const refusal = narrativeRefusal(await lockDepartmentState(tx, department.id, year, 'share'));
    if (refusal) refusals.push(issue(SHEET.priorYear, row.row, HEADERS.priorYear.departmentCode, `部门 ${department.code}：${refusal.replace('情况说明', '上年数')}`));
  }
  return refusals;
}

export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

const key = (unitCode: string, name: string) => `${unitCode}\u0000${name}`;

export async function planUnits(tx: Tx, year: number, workbook: Workbook, ref: ImportReference, unitCodes: readonly string[]): Promise<UnitPlan[]> {
  const byCode = new Map(ref.units.map((u) => [u.code, u]));
  const ids = unitCodes.flatMap((c) => byCode.get(c)?.id ?? []);
  const stored = await loadLinesOf(tx, year, ids);
  const procurementCounts = await countProcurementOf(tx, year, ids);
  const inLines = new Set(workbook.lines.map((l) => l.unitCode));
  const inProcurement = new Set(workbook.procurement.map((p) => p.unitCode));
  const existingProjects = new Set(ref.projects.flatMap((p) => {
    const unit = ref.units.find((u) => u.id === p.unitId);
    return unit ? [key(unit.code, p.name)] : [];
  }));
  const storedByUnit = groupBy(stored, (l) => l.unitId);
  const linesByUnit = groupBy(workbook.lines, (l) => l.unitCode);
  return unitCodes.map((code) => {
    const unit = byCode.get(code);
    const sheetUnit = workbook.units.find((u) => u.unitCode === code);
    const before = (unit && storedByUnit.get(unit.id)) ?? [];
    const after = (linesByUnit.get(code) ?? []).map((l) => ({ ...l, govEconOverride: null }));
    return {
      unitCode: code,
      unitName: sheetUnit?.unitName ?? unit?.name ?? code,
      unitId: unit?.id ?? null,
      unitRowChanged: unit !== undefined && sheetUnit !== undefined && (unit.name !== sheetUnit.unitName || unit.type !== sheetUnit.unitType),
      lines: inLines.has(code) ? diffLines(before, after) : null,
      projectsCreated: workbook.projects.filter((p) => p.unitCode === code && !existingProjects.has(key(code, p.name))).length,
      procurement: inProcurement.has(code)
        ? { before: (unit && procurementCounts.get(unit.id)) ?? 0, after: workbook.procurement.filter((p) => p.unitCode === code).length }
        : null,
    };
  });
}
