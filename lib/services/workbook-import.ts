/**
 * 导入工作簿: one transaction for the whole file. Read issues and reference checks are gathered
 * first (every error, nothing written); then scope and workflow state of every unit the file
 * touches; then the plan (per-unit diff). The dry run stops there and rolls back; the import
 * writes departments, units, codes, projects, and REPLACES the lines / 政府采购 of each unit in
 * the file and the 上年数 of each department in the file, with one audit row per unit changed.
 */
import type { Scope } from '@/lib/auth/scope';
import type { AuditEntry, Tx } from '@/lib/db/audit-repository';
import type { PrismaClient } from '@/lib/db/client';
import * as repo from '@/lib/db/import-repository';
import { forbidden, notFound, stateRefusal } from '@/lib/errors';
import { isUnchanged } from '@/lib/workbook/diff';
import { govEconCategoryOf, SHEET, type PriorFigure } from '@/lib/workbook/format';
import type { ReadResult } from '@/lib/workbook/read';
import { formatIssue, type Workbook } from '@/lib/workbook/types';
import { sortIssues, validateWorkbook } from '@/lib/workbook/validate';
import { checkAccess, groupBy, planUnits, touchedUnitCodes, type UnitPlan } from './workbook-plan';

export interface ImportActor {
  /** null for the command line (系统导入). */
  id: string | null;
  name: string;
  ip: string | null;
}

export interface ImportRequest {
  year: number;
  fileName: string;
  dryRun: boolean;
  read: ReadResult;
}

export interface ImportSummary {
  year: number;
  dryRun: boolean;
  departmentsCreated: string[];
  unitsCreated: string[];
  codesAdded: number;
  priorYearDepartments: string[];
  units: UnitPlan[];
}

export type ImportResult =
  | { ok: true; summary: ImportSummary; warnings: string[] }
  /** `state`: the file is fine but a unit or department may no longer change (已提交 …). */
  | { ok: false; errors: string[]; warnings: string[]; state?: true };

/** 单位、科目、上年数 change the organisation or the code lists: the county's (admin, command line) only. */
function checkSheetsAllowed(workbook: Workbook, reach: Scope): void {
  if (reach.kind === 'county') return;
  const rows = { [SHEET.units]: workbook.units, [SHEET.codes]: workbook.codes, [SHEET.priorYear]: workbook.priorYear };
  for (const [sheet, list] of Object.entries(rows)) {
    if (list.length > 0) throw forbidden(`只有系统管理员可以导入「${sheet}」工作表，请删除该工作表后重新导入`);
  }
}

export async function runImport(db: PrismaClient, who: { actor: ImportActor; reach: Scope }, request: ImportRequest): Promise<ImportResult> {
  const { year, dryRun, read } = request;
  const workbook = read.workbook;
  checkSheetsAllowed(workbook, who.reach);
  return repo.importTransaction<ImportResult>(
    db,
    async (tx) => {
      const ref = await repo.loadImportReference(tx, year);
      if (!ref.fiscalYearStatus) throw notFound(`预算年度 ${year} 不存在`);
      if (ref.fiscalYearStatus === 'CLOSED') throw stateRefusal(`${year}年度已关闭，不能导入`);
      const snapshot = {
        year,
        functional: ref.functional,
        deptEcon: ref.deptEcon,
        departments: ref.departments,
        units: ref.units,
        projects: ref.projects.flatMap((p) => ref.units.filter((u) => u.id === p.unitId).map((u) => ({ unitCode: u.code, name: p.name }))),
      };
      const { errors, warnings } = validateWorkbook(workbook, snapshot);
      const warningTexts = warnings.map(formatIssue);
      const allErrors = sortIssues([...read.issues, ...errors]);
      if (allErrors.length > 0) return { result: { ok: false, errors: allErrors.map(formatIssue), warnings: warningTexts }, audit: [] };

      const unitCodes = touchedUnitCodes(workbook, ref);
      const refusals = await checkAccess(tx, who.reach, year, workbook, ref, unitCodes);
      if (refusals.length > 0) return { result: { ok: false, errors: sortIssues(refusals).map(formatIssue), warnings: warningTexts, state: true }, audit: [] };

      const units = await planUnits(tx, year, workbook, ref, unitCodes);
      const summary: ImportSummary = {
        year,
        dryRun,
        departmentsCreated: [...new Set(workbook.units.map((u) => u.departmentCode))].filter((c) => !ref.departments.some((d) => d.code === c)),
        unitsCreated: units.filter((u) => u.unitId === null).map((u) => u.unitCode),
        codesAdded: workbook.codes.filter((c) => !(c.category === 'FUNCTIONAL' ? ref.functional : ref.deptEcon).some((x) => x.code === c.code)).length,
        priorYearDepartments: [...new Set(workbook.priorYear.map((p) => p.departmentCode))],
        units,
      };
      const audit = dryRun ? [] : await apply(tx, who.actor, request, ref, summary);
      return { result: { ok: true, summary, warnings: warningTexts }, audit };
    },
    { rollback: dryRun },
  );
}

async function apply(tx: Tx, actor: ImportActor, request: ImportRequest, ref: repo.ImportReference, summary: ImportSummary): Promise<AuditEntry[]> {
  const { year, read: { workbook } } = request;
  const entry = (over: Partial<AuditEntry>): AuditEntry => ({
    kind: 'IMPORT',
    actor: { id: actor.id ?? 'system', name: actor.name },
    year,
    reason: `导入 ${request.fileName}`,
    ip: actor.ip,
    ...over,
  });
  const audit: AuditEntry[] = [];

  // 部门 and 单位
  const departmentIds = new Map(ref.departments.map((d) => [d.code, d.id]));
  const region = ref.departments[0]?.region ?? '';
  const newDepartments: string[] = [];
  for (const u of workbook.units) {
    const existing = ref.departments.find((d) => d.code === u.departmentCode);
    if (!departmentIds.has(u.departmentCode)) {
      const id = await repo.createDepartment(tx, { code: u.departmentCode, name: u.departmentName ?? u.departmentCode, region });
      departmentIds.set(u.departmentCode, id);
      newDepartments.push(id);
      audit.push(entry({ entity: 'Department', entityId: id, departmentId: id, after: { code: u.departmentCode, name: u.departmentName } }));
    } else if (existing && u.departmentName !== null && existing.name !== u.departmentName) {
      await repo.renameDepartment(tx, existing.id, u.departmentName);
      audit.push(entry({ entity: 'Department', entityId: existing.id, departmentId: existing.id, before: { name: existing.name }, after: { name: u.departmentName } }));
      existing.name = u.departmentName; // a second row of the department renames nothing
    }
  }
  const unitIds = new Map(ref.units.map((u) => [u.code, u.id]));
  const unitDepartment = new Map(ref.units.map((u) => [u.code, u.departmentId]));
  const sortInDepartment = new Map<string, number>();
  const toCreate: repo.UnitData[] = [];
  for (const u of workbook.units) {
    const departmentId = departmentIds.get(u.departmentCode) ?? '';
    const sortOrder = (sortInDepartment.get(departmentId) ?? 0) + 1;
    sortInDepartment.set(departmentId, sortOrder);
    const data = { name: u.unitName, type: u.unitType, govEconCategory: govEconCategoryOf(u.unitType), sortOrder };
    const existing = ref.units.find((x) => x.code === u.unitCode);
    if (!existing) toCreate.push({ ...data, departmentId, code: u.unitCode });
    else if (existing.name !== u.unitName || existing.type !== u.unitType) await repo.updateUnit(tx, existing.id, { ...data, sortOrder: existing.sortOrder });
  }
  const newUnits = await repo.createUnits(tx, toCreate);
  toCreate.forEach((u, i) => {
    unitIds.set(u.code, newUnits[i] ?? '');
    unitDepartment.set(u.code, u.departmentId);
  });
  await repo.ensureSubmissions(tx, newDepartments, newUnits);

  // 科目
  for (const category of ['FUNCTIONAL', 'DEPT_ECON'] as const) {
    const known = new Set((category === 'FUNCTIONAL' ? ref.functional : ref.deptEcon).map((c) => c.code));
    const added = workbook.codes.filter((c) => c.category === category && !known.has(c.code));
    if (added.length === 0) continue;
    await repo.insertCodes(tx, year, category, added);
    audit.push(entry({ entity: category === 'FUNCTIONAL' ? 'FunctionalCode' : 'DeptEconCode', after: added.map((c) => ({ code: c.code, name: c.name })) }));
  }

  // 项目
  const projectIds = new Map<string, string>();
  const unitCodeOf = new Map(ref.units.map((u) => [u.id, u.code]));
  for (const p of ref.projects) projectIds.set(`${unitCodeOf.get(p.unitId)}\u0000${p.name}`, p.id);
  const nextSort = new Map<string, number>();
  for (const p of ref.projects) nextSort.set(p.unitId, Math.max(nextSort.get(p.unitId) ?? 0, p.sortOrder));
  const newProjects: { key: string; data: Omit<repo.ExistingProject, 'id'> & { year: number } }[] = [];
  for (const p of workbook.projects) {
    const unitId = unitIds.get(p.unitCode) ?? '';
    const key = `${p.unitCode}\u0000${p.name}`;
    const existingId = projectIds.get(key);
    const existing = existingId === undefined ? undefined : ref.projects.find((x) => x.id === existingId);
    if (existing) {
      if (existing.attribute !== p.attribute || existing.periodYears !== p.periodYears) await repo.updateProject(tx, existing.id, p);
      continue;
    }
    const sortOrder = (nextSort.get(unitId) ?? 0) + 1;
    nextSort.set(unitId, sortOrder);
    newProjects.push({ key, data: { year, unitId, name: p.name, attribute: p.attribute, periodYears: p.periodYears, sortOrder } });
  }
  const createdIds = await repo.createProjects(tx, newProjects.map((p) => p.data));
  newProjects.forEach((p, i) => projectIds.set(p.key, createdIds[i] ?? ''));
  const projectId = (unitCode: string, name: string | null) => (name === null ? null : (projectIds.get(`${unitCode}\u0000${name}`) ?? null));

  // 明细: replace the units whose lines differ
  const changedLines = summary.units.filter((u) => u.lines && !isUnchanged(u.lines)).map((u) => u.unitCode);
  const linesByUnit = groupBy(workbook.lines, (l) => l.unitCode);
  const inserts = changedLines.flatMap((code) =>
    (linesByUnit.get(code) ?? []).map(({ row: _row, unitCode, projectName, ...l }) => ({ ...l, unitId: unitIds.get(unitCode) ?? '', projectId: projectId(unitCode, projectName) })),
  );
  if (changedLines.length > 0) await repo.replaceLines(tx, year, changedLines.map((c) => unitIds.get(c) ?? ''), inserts, actor.id);

  // 政府采购
  const procurementUnits = [...new Set(workbook.procurement.map((p) => p.unitCode))];
  if (procurementUnits.length > 0) {
    const entries = workbook.procurement.map((p) => ({
      unitId: unitIds.get(p.unitCode) ?? '',
      projectId: projectId(p.unitCode, p.projectName),
      category: p.category,
      itemName: p.itemName,
      amountYuan: p.amountYuan,
    }));
    await repo.replaceProcurement(tx, year, procurementUnits.map((c) => unitIds.get(c) ?? ''), entries);
  }

  // 上年数
  for (const [departmentCode, rows] of groupBy(workbook.priorYear, (p) => p.departmentCode)) {
    const departmentId = departmentIds.get(departmentCode) ?? '';
    const figures: Partial<Record<PriorFigure, string>> = Object.fromEntries(rows.map((r) => [r.figure, r.amountYuan]));
    await repo.replacePriorYear(tx, departmentId, year, figures);
    audit.push(entry({ entity: 'PriorYearFigures', entityId: departmentId, departmentId, after: figures }));
  }

  // one row per unit changed
  for (const u of summary.units) {
    const unitId = unitIds.get(u.unitCode) ?? null;
    const linesChanged = u.lines !== null && !isUnchanged(u.lines);
    if (!linesChanged && u.projectsCreated === 0 && u.procurement === null && u.unitId !== null && !workbook.units.some((x) => x.unitCode === u.unitCode)) continue;
    audit.push(
      entry({
        entity: 'Unit',
        entityId: unitId ?? undefined,
        unitId,
        departmentId: unitDepartment.get(u.unitCode) ?? null,
        before: u.lines ? { totalYuan: u.lines.totalBefore, procurement: u.procurement?.before ?? null } : null,
        after: { ...u, unitId },
      }),
    );
  }
  return audit;
}
