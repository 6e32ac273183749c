/**
 * 部门与单位 (系统管理员): list, find by code, insert, update, and the submission rows a new
 * department or unit needs for every open fiscal year. Rules (codes, what may change) are the
 * service's (lib/services/departments.ts, units.ts); this module only asks and writes.
 */
import { getPrisma, type Db, type GovEconCategory, type UnitType } from './client';

export interface DepartmentRecord {
  id: string;
  code: string;
  name: string;
  region: string;
  active: boolean;
}

export interface UnitRecord {
  id: string;
  departmentId: string;
  departmentCode: string;
  code: string;
  name: string;
  type: UnitType;
  govEconCategory: GovEconCategory;
  active: boolean;
}

const departmentSelect = { id: true, code: true, name: true, region: true, active: true } as const;
const unitSelect = {
  id: true,
  departmentId: true,
  code: true,
  name: true,
  type: true,
  govEconCategory: true,
  active: true,
  department: { select: { code: true } },
} as const;

type UnitRow = { department: { code: string } } & Omit<UnitRecord, 'departmentCode'>;
const toUnit = ({ department, ...row }: UnitRow): UnitRecord => ({ ...row, departmentCode: department.code });

export function listDepartments(includeInactive: boolean, db: Db = getPrisma()): Promise<DepartmentRecord[]> {
  return db.department.findMany({ where: includeInactive ? {} : { active: true }, select: departmentSelect, orderBy: { code: 'asc' } });
}

export async function listUnits(filter: { departmentCode?: string; includeInactive: boolean }, db: Db = getPrisma()): Promise<UnitRecord[]> {
  const rows = await db.unit.findMany({
    where: { ...(filter.includeInactive ? {} : { active: true }), ...(filter.departmentCode && { department: { code: filter.departmentCode } }) },
    select: unitSelect,
    orderBy: [{ code: 'asc' }],
  });
  return rows.map(toUnit);
}

export function findDepartmentByCode(db: Db, code: string): Promise<DepartmentRecord | null> {
  return db.department.findUnique({ where: { code }, select: departmentSelect });
}

export async function findUnitByCode(db: Db, code: string): Promise<UnitRecord | null> {
  const row = await db.unit.findFirst({ where: { code }, select: unitSelect });
  return row && toUnit(row);
}

export async function unitNameTaken(db: Db, departmentId: string, name: string, exceptId?: string): Promise<boolean> {
  return (await db.unit.count({ where: { departmentId, name, ...(exceptId && { id: { not: exceptId } }) } })) > 0;
}

/**
 * The county a new department (or a user without a department) goes in (County, docs/scaling.md
 * §3): the acting user's; without an actor (the command line), the only county; null when the
 * database holds several counties (or none) and nothing says which.
 */
export async function countyForNew(db: Db, actorId: string | null): Promise<string | null> {
  const actor = actorId === null ? null : await db.user.findUnique({ where: { id: actorId }, select: { countyId: true } });
  if (actor) return actor.countyId;
  const counties = await db.county.findMany({ select: { id: true }, take: 2 });
  return counties.length === 1 ? (counties[0]?.id ?? null) : null;
}

export function insertDepartment(tx: Db, data: { code: string; name: string; region: string; countyId: string }): Promise<DepartmentRecord> {
  return tx.department.create({ data, select: departmentSelect });
}

export function updateDepartment(tx: Db, id: string, data: Partial<Pick<DepartmentRecord, 'name' | 'region' | 'active'>>): Promise<DepartmentRecord> {
  return tx.department.update({ where: { id }, data, select: departmentSelect });
}

export async function insertUnit(tx: Db, data: { departmentId: string; code: string; name: string; type: UnitType; govEconCategory: GovEconCategory }): Promise<UnitRecord> {
  const sortOrder = await tx.unit.count({ where: { departmentId: data.departmentId } });
  return toUnit(await tx.unit.create({ data: { ...data, sortOrder }, select: unitSelect }));
}

export async function updateUnit(tx: Db, id: string, data: Partial<Pick<UnitRecord, 'name' | 'type' | 'govEconCategory' | 'active'>>): Promise<UnitRecord> {
  return toUnit(await tx.unit.update({ where: { id }, data, select: unitSelect }));
}

/** Whether the unit has any budget data (lines, projects, 政府采购) in any year. */
export async function unitHasData(db: Db, unitId: string): Promise<boolean> {
  const [lines, projects, procurement] = await Promise.all([
    db.budgetLine.count({ where: { unitId } }),
    db.project.count({ where: { unitId } }),
    db.procurementEntry.count({ where: { unitId } }),
  ]);
  return lines + projects + procurement > 0;
}

export async function openYears(db: Db): Promise<number[]> {
  return (await db.fiscalYear.findMany({ where: { status: 'OPEN' }, select: { year: true }, orderBy: { year: 'asc' } })).map((y) => y.year);
}

/** A 待报送 DepartmentSubmission for each given year (existing rows are kept). */
export async function openDepartmentSubmissions(tx: Db, departmentId: string, years: readonly number[]): Promise<number> {
  return (await tx.departmentSubmission.createMany({ data: years.map((year) => ({ departmentId, year })), skipDuplicates: true })).count;
}

/** A 草稿 UnitSubmission for each given year (existing rows are kept). */
export async function openUnitSubmissions(tx: Db, unitId: string, years: readonly number[]): Promise<number> {
  return (await tx.unitSubmission.createMany({ data: years.map((year) => ({ unitId, year })), skipDuplicates: true })).count;
}

/** Active 部门领导 per department and active 单位财务 per unit. */
export async function countAssignments(db: Db = getPrisma()): Promise<{ leaders: Map<string, number>; accountants: Map<string, number> }> {
  const [leaders, accountants] = await Promise.all([
    db.user.groupBy({ by: ['departmentId'], where: { role: 'DEPT_LEADER', active: true }, _count: { _all: true } }),
    db.userUnitScope.groupBy({ by: ['unitId'], where: { user: { role: 'UNIT_ACCOUNTANT', active: true } }, _count: { _all: true } }),
  ]);
  return {
    leaders: new Map(leaders.flatMap((r) => (r.departmentId ? [[r.departmentId, r._count._all] as const] : []))),
    accountants: new Map(accountants.map((r) => [r.unitId, r._count._all] as const)),
  };
}
