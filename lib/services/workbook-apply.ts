/**
 * Writing a checked, planned import (workbook-import.ts) inside its transaction, in dependency
 * order: departments and units, codes, projects, then the replaced lines, 政府采购 and 上年数.
 * Returns the audit rows: one per department created or renamed, per code list extended, per
 * 上年数 replaced, and one per unit whose data changed.
 */
import type { AuditEntry, Tx } from '@/lib/db/audit-repository';
import * as repo from '@/lib/db/import-repository';
import { isUnchanged } from '@/lib/workbook/diff';
import { govEconCategoryOf, type PriorFigure } from '@/lib/workbook/format';
import type { Workbook } from '@/lib/workbook/types';
import type { ImportActor, ImportRequest, ImportSummary } from './workbook-import';
import { newDepartmentCounty } from './department-county';
import { groupBy } from './workbook-plan';

interface Context {
  tx: Tx;
  year: number;
  workbook: Workbook;
  ref: repo.ImportReference;
  entry: (over: Partial<AuditEntry>) => AuditEntry;
  audit: AuditEntry[];
}

const projectKey = (unitCode: string, name: string) => `${unitCode}\u0000${name}`;

async function applyDepartments(c: Context, actor: ImportActor): Promise<{ ids: Map<string, string>; created: string[] }> {
  let countyId: string | null = null; // the county of new departments, looked up at the first one
  const ids = new Map(c.ref.departments.map((d) => [d.code, d.id]));
  const names = new Map(c.ref.departments.map((d) => [d.code, d.name]));
  const region = c.ref.departments[0]?.region ?? '';
  const created: string[] = [];
  for (const u of c.workbook.units) {
    const id = ids.get(u.departmentCode);
    const name = names.get(u.departmentCode);
    if (id === undefined) {
      countyId ??= await newDepartmentCounty(c.tx, actor.id);
      const newId = await repo.createDepartment(c.tx, { code: u.departmentCode, name: u.departmentName ?? u.departmentCode, region, countyId });
      ids.set(u.departmentCode, newId);
      names.set(u.departmentCode, u.departmentName ?? u.departmentCode);
      created.push(newId);
      c.audit.push(c.entry({ entity: 'Department', entityId: newId, departmentId: newId, after: { code: u.departmentCode, name: u.departmentName } }));
    } else if (u.departmentName !== null && name !== u.departmentName) {
      await repo.renameDepartment(c.tx, id, u.departmentName);
      names.set(u.departmentCode, u.departmentName);
      c.audit.push(c.entry({ entity: 'Department', entityId: id, departmentId: id, before: { name }, after: { name: u.departmentName } }));
    }
  }
  return { ids, created };
}

/** Units created or updated; the unit code → { id, departmentId } of every unit afterwards. */
async function applyUnits(c: Context, departmentIds: Map<string, string>, newDepartments: string[]) {
  const units = new Map(c.ref.units.map((u) => [u.code, { id: u.id, departmentId: u.departmentId }]));
  const sortInDepartment = new Map<string, number>();
  const toCreate: repo.UnitData[] = [];
  for (const u of c.workbook.units) {
    const departmentId = departmentIds.get(u.departmentCode) ?? '';
    const sortOrder = (sortInDepartment.get(departmentId) ?? 0) + 1; // the sheet's order within the department
    sortInDepartment.set(departmentId, sortOrder);
    const data = { name: u.unitName, type: u.unitType, govEconCategory: govEconCategoryOf(u.unitType) };
    const existing = c.ref.units.find((x) => x.code === u.unitCode);
    if (!existing) toCreate.push({ ...data, sortOrder, departmentId, code: u.unitCode });
    else if (existing.name !== u.unitName || existing.type !== u.unitType) await repo.updateUnit(c.tx, existing.id, { ...data, sortOrder: existing.sortOrder });
  }
  const created = await repo.createUnits(c.tx, toCreate);
  toCreate.forEach((u, i) => units.set(u.code, { id: created[i] ?? '', departmentId: u.departmentId }));
  await repo.ensureSubmissions(c.tx, newDepartments, created);
  return units;
}

async function applyCodes(c: Context): Promise<void> {
  for (const category of ['FUNCTIONAL', 'DEPT_ECON'] as const) {
    const known = new Set((category === 'FUNCTIONAL' ? c.ref.functional : c.ref.deptEcon).map((x) => x.code));
    const added = c.workbook.codes.filter((x) => x.category === category && !known.has(x.code));
    if (added.length === 0) continue;
    await repo.insertCodes(c.tx, c.year, category, added);
    c.audit.push(c.entry({ entity: category === 'FUNCTIONAL' ? 'FunctionalCode' : 'DeptEconCode', after: added.map((x) => ({ code: x.code, name: x.name })) }));
  }
}

/** Projects created (after the unit's last) or updated; unit code + name → project id. */
async function applyProjects(c: Context, unitIdOf: (code: string) => string): Promise<Map<string, string>> {
  const unitCodeOf = new Map(c.ref.units.map((u) => [u.id, u.code]));
  const existing = new Map(c.ref.projects.map((p) => [projectKey(unitCodeOf.get(p.unitId) ?? '', p.name), p]));
  const ids = new Map([...existing].map(([key, p]) => [key, p.id]));
  const lastSort = new Map<string, number>();
  for (const p of c.ref.projects) lastSort.set(p.unitId, Math.max(lastSort.get(p.unitId) ?? 0, p.sortOrder));
  const toCreate: { key: string; data: Omit<repo.ExistingProject, 'id'> & { year: number } }[] = [];
  for (const p of c.workbook.projects) {
    const key = projectKey(p.unitCode, p.name);
    const found = existing.get(key);
    if (found) {
      if (found.attribute !== p.attribute || found.periodYears !== p.periodYears) {
        await repo.updateProject(c.tx, found.id, { attribute: p.attribute, periodYears: p.periodYears });
      }
      continue;
    }
    const unitId = unitIdOf(p.unitCode);
    const sortOrder = (lastSort.get(unitId) ?? 0) + 1;
    lastSort.set(unitId, sortOrder);
    toCreate.push({ key, data: { year: c.year, unitId, name: p.name, attribute: p.attribute, periodYears: p.periodYears, sortOrder } });
  }
  const created = await repo.createProjects(c.tx, toCreate.map((p) => p.data));
  toCreate.forEach((p, i) => ids.set(p.key, created[i] ?? ''));
  return ids;
}

export async function applyImport(tx: Tx, actor: ImportActor, request: ImportRequest, ref: repo.ImportReference, summary: ImportSummary): Promise<AuditEntry[]> {
  const { year, read: { workbook } } = request;
  const entry = (over: Partial<AuditEntry>): AuditEntry => ({
    kind: 'IMPORT', actor: { id: actor.id ?? 'system', name: actor.name }, year, reason: `导入 ${request.fileName}`, ip: actor.ip, ...over,
  });
  const c: Context = { tx, year, workbook, ref, entry, audit: [] };

  const departments = await applyDepartments(c, actor);
  const units = await applyUnits(c, departments.ids, departments.created);
  const unitIdOf = (code: string) => units.get(code)?.id ?? '';
  await applyCodes(c);
  const projects = await applyProjects(c, unitIdOf);
  const projectId = (unitCode: string, name: string | null) => (name === null ? null : (projects.get(projectKey(unitCode, name)) ?? null));

  // 明细: the units whose lines differ are replaced; identical ones keep their rows
  const changed = summary.units.filter((u) => u.lines && !isUnchanged(u.lines)).map((u) => u.unitCode);
  const linesByUnit = groupBy(workbook.lines, (l) => l.unitCode);
  const inserts = changed.flatMap((code) =>
    (linesByUnit.get(code) ?? []).map(({ row: _row, unitCode, projectName, ...l }) => ({ ...l, unitId: unitIdOf(unitCode), projectId: projectId(unitCode, projectName) })),
  );
  if (changed.length > 0) await repo.replaceLines(tx, year, changed.map(unitIdOf), inserts, actor.id);

  const procurementUnits = [...new Set(workbook.procurement.map((p) => p.unitCode))];
  if (procurementUnits.length > 0) {
    const entries = workbook.procurement.map((p) => ({
      unitId: unitIdOf(p.unitCode), projectId: projectId(p.unitCode, p.projectName), category: p.category, itemName: p.itemName, amountYuan: p.amountYuan,
    }));
    await repo.replaceProcurement(tx, year, procurementUnits.map(unitIdOf), entries);
  }

  for (const [departmentCode, rows] of groupBy(workbook.priorYear, (p) => p.departmentCode)) {
    const departmentId = departments.ids.get(departmentCode) ?? '';
    const figures: Partial<Record<PriorFigure, string>> = Object.fromEntries(rows.map((r) => [r.figure, r.amountYuan]));
    await repo.replacePriorYear(tx, departmentId, year, figures);
    c.audit.push(entry({ entity: 'PriorYearFigures', entityId: departmentId, departmentId, after: figures }));
  }

  for (const u of summary.units) {
    const unchanged = u.unitId !== null && !u.unitRowChanged && (u.lines === null || isUnchanged(u.lines)) && u.projectsCreated === 0 && u.procurement === null;
    if (unchanged) continue;
    const unit = units.get(u.unitCode);
    c.audit.push(
      entry({
        entity: 'Unit', entityId: unit?.id, unitId: unit?.id ?? null, departmentId: unit?.departmentId ?? null,
        before: u.lines ? { totalYuan: u.lines.totalBefore, procurement: u.procurement?.before ?? null } : null,
        after: { ...u, unitId: unit?.id ?? null },
      }),
    );
  }
  return c.audit;
}
