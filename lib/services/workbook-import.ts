/**
 * 导入工作簿: one transaction for the whole file. Read issues and reference checks are gathered
 * first (every error, nothing written); then scope and workflow state of every unit the file
 * touches; then the plan (per-unit diff). The dry run stops there and rolls back; the import
 * writes departments, units, codes, projects, and REPLACES the lines / 政府采购 of each unit in
 * the file and the 上年数 of each department in the file, with one audit row per unit changed.
 */
import type { Scope } from '@/lib/auth/scope';
import type { PrismaClient } from '@/lib/db/client';
import * as repo from '@/lib/db/import-repository';
import { forbidden, notFound, stateRefusal } from '@/lib/errors';
import { SHEET } from '@/lib/workbook/format';
import type { ReadResult } from '@/lib/workbook/read';
import { formatIssue, type Workbook } from '@/lib/workbook/types';
import { sortIssues, validateWorkbook } from '@/lib/workbook/validate';
import { applyImport } from './workbook-apply';
import { checkAccess, planUnits, touchedUnitCodes, type UnitPlan } from './workbook-plan';

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

/**
 * 单位、科目、上年数 change the organisation, the code lists or department figures: the county's
 * (admin, command line) only. 单位 rows that match the system exactly are let through, so that
 * an accountant can import the workbook they exported.
 */
function checkSheetsAllowed(workbook: Workbook, reach: Scope, ref: repo.ImportReference): void {
  if (reach.kind === 'county') return;
  const units = new Map(ref.units.map((u) => [u.code, u]));
  const departments = new Map(ref.departments.map((d) => [d.code, d.name]));
  const changesUnits = workbook.units.some((u) => {
    const unit = units.get(u.unitCode);
    const departmentName = departments.get(u.departmentCode);
    return !unit || unit.name !== u.unitName || unit.type !== u.unitType || unit.departmentCode !== u.departmentCode || (u.departmentName !== null && u.departmentName !== departmentName);
  });
  const refused = [changesUnits && SHEET.units, workbook.codes.length > 0 && SHEET.codes, workbook.priorYear.length > 0 && SHEET.priorYear].filter(Boolean);
  if (refused.length > 0) throw forbidden(`只有系统管理员可以导入「${refused.join('」「')}」工作表中的变更，请删除该工作表后重新导入`);
}

export async function runImport(db: PrismaClient, who: { actor: ImportActor; reach: Scope }, request: ImportRequest): Promise<ImportResult> {
  const { year, dryRun, read } = request;
  const workbook = read.workbook;
  return repo.importTransaction<ImportResult>(
    db,
    async (tx) => {
      const ref = await repo.loadImportReference(tx, year);
      if (!ref.fiscalYearStatus) throw notFound(`预算年度 ${year} 不存在`);
      if (ref.fiscalYearStatus === 'CLOSED') throw stateRefusal(`${year}年度已关闭，不能导入`);
      checkSheetsAllowed(workbook, who.reach, ref);
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
      const audit = dryRun ? [] : await applyImport(tx, who.actor, request, ref, summary);
      return { result: { ok: true, summary, warnings: warningTexts }, audit };
    },
    (result) => result.ok && !dryRun,
  );
}
