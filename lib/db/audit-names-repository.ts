/**
 * Names for 审计日志 rows read in words (lib/budget/audit-text.ts): the codes, units and projects
 * their before/after records name, each list in one query; and the units and users the audit
 * page's pickers offer within a scope.
 */
import type { AuditNames } from '@/lib/budget/audit-text';
import type { AuditRow } from './audit-repository';
import { getPrisma, type Db } from './client';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export async function auditNames(rows: readonly AuditRow[], db: Db = getPrisma()): Promise<AuditNames> {
  const codes = { functional: new Set<string>(), deptEcon: new Set<string>(), govEcon: new Set<string>() };
  const years = new Set<number>();
  const units = new Set<string>();
  const projects = new Set<string>();
  const take = (set: Set<string>, v: unknown) => typeof v === 'string' && v !== '' && set.add(v);
  for (const row of rows) {
    if (row.unitId) units.add(row.unitId);
    if (row.entity !== 'BudgetLine') continue;
    if (row.year !== null) years.add(row.year);
    for (const side of [row.before, row.after]) {
      if (!isRecord(side)) continue;
      take(codes.functional, side.functionalCode);
      take(codes.deptEcon, side.deptEconCode);
      take(codes.govEcon, side.govEconOverride);
      take(units, side.unitId);
      take(projects, side.projectId);
    }
  }
  const where = (set: Set<string>) => ({ year: { in: [...years] }, code: { in: [...set] } });
  const select = { year: true, code: true, name: true } as const;
  const [functional, deptEcon, govEcon, unitRows, projectRows] = await Promise.all([
    codes.functional.size ? db.functionalCode.findMany({ where: where(codes.functional), select }) : [],
    codes.deptEcon.size ? db.deptEconCode.findMany({ where: where(codes.deptEcon), select }) : [],
    codes.govEcon.size ? db.govEconCode.findMany({ where: where(codes.govEcon), select }) : [],
    units.size ? db.unit.findMany({ where: { id: { in: [...units] } }, select: { id: true, name: true } }) : [],
    projects.size ? db.project.findMany({ where: { id: { in: [...projects] } }, select: { id: true, name: true } }) : [],
  ]);
  const byCode = (list: { year: number; code: string; name: string }[]) => new Map(list.map((c) => [`${c.year}:${c.code}`, c.name]));
  return {
    functional: byCode(functional),
    deptEcon: byCode(deptEcon),
    govEcon: byCode(govEcon),
    units: new Map(unitRows.map((u) => [u.id, u.name])),
    projects: new Map(projectRows.map((p) => [p.id, p.name])),
  };
}

export interface PickerEntry {
  id: string;
  label: string;
}

/** Units (code order, grouped by department code) and users within the departments (null: all). */
export async function auditPickers(departmentIds: readonly string[] | null, unitIds: readonly string[] | null, db: Db = getPrisma()): Promise<{ units: PickerEntry[]; users: PickerEntry[] }> {
  if (departmentIds !== null && departmentIds.length === 0) return { units: [], users: [] };
  const inDepartments = departmentIds === null ? {} : { departmentId: { in: [...departmentIds] } };
  const [units, users] = await Promise.all([
    db.unit.findMany({
      where: { ...inDepartments, ...(unitIds && { id: { in: [...unitIds] } }) },
      orderBy: [{ department: { code: 'asc' } }, { sortOrder: 'asc' }, { code: 'asc' }],
      select: { id: true, code: true, name: true },
    }),
    db.user.findMany({ where: inDepartments, orderBy: [{ displayName: 'asc' }, { username: 'asc' }], select: { id: true, username: true, displayName: true } }),
  ]);
  return {
    units: units.map((u) => ({ id: u.id, label: `${u.code} ${u.name}` })),
    users: users.map((u) => ({ id: u.id, label: `${u.displayName}（${u.username}）` })),
  };
}
