/**
 * 基础数据 queries (系统管理员): the year's 分类科目 of the three kinds, the 对照表, and copying
 * a year's reference data into a new fiscal year. The three code tables have the same columns
 * (year, code, name, parentCode), so one set of functions serves them through `codeTable`.
 * Rules (which parent, what may be deleted) are the service's; this module only asks and writes.
 */
import type { CodeKind } from '@/lib/schemas/reference';
import { getPrisma, type Db, type GovEconCategory } from './client';

export interface CodeRow {
  code: string;
  name: string;
  parentCode: string | null;
}

export interface MappingRow {
  deptEconCode: string;
  category: GovEconCategory;
  govEconCode: string;
}

const codeSelect = { code: true, name: true, parentCode: true } as const;
type Key = { year_code: { year: number; code: string } };

/** The part of a Prisma code delegate used here; FunctionalCode, DeptEconCode and GovEconCode all fit it. */
interface CodeDelegate {
  findMany(args: { where: { year: number; parentCode?: string }; select: typeof codeSelect; orderBy: { code: 'asc' } }): Promise<CodeRow[]>;
  findUnique(args: { where: Key; select: typeof codeSelect }): Promise<CodeRow | null>;
  count(args: { where: { year: number; parentCode: string } }): Promise<number>;
  create(args: { data: CodeRow & { year: number }; select: typeof codeSelect }): Promise<CodeRow>;
  createMany(args: { data: (CodeRow & { year: number })[] }): Promise<{ count: number }>;
  update(args: { where: Key; data: { name: string }; select: typeof codeSelect }): Promise<CodeRow>;
  delete(args: { where: Key; select: typeof codeSelect }): Promise<CodeRow>;
}

function codeTable(db: Db, kind: CodeKind): CodeDelegate {
  if (kind === 'functional') return db.functionalCode;
  if (kind === 'deptEcon') return db.deptEconCode;
  return db.govEconCode;
}

const key = (year: number, code: string): Key => ({ year_code: { year, code } });

export function listCodes(year: number, kind: CodeKind, db: Db = getPrisma()): Promise<CodeRow[]> {
  return codeTable(db, kind).findMany({ where: { year }, select: codeSelect, orderBy: { code: 'asc' } });
}

export function findCode(db: Db, year: number, kind: CodeKind, code: string): Promise<CodeRow | null> {
  return codeTable(db, kind).findUnique({ where: key(year, code), select: codeSelect });
}

export function insertCode(db: Db, year: number, kind: CodeKind, row: CodeRow): Promise<CodeRow> {
  return codeTable(db, kind).create({ data: { year, ...row }, select: codeSelect });
}

export function renameCode(db: Db, year: number, kind: CodeKind, code: string, name: string): Promise<CodeRow> {
  return codeTable(db, kind).update({ where: key(year, code), data: { name }, select: codeSelect });
}

export function deleteCode(db: Db, year: number, kind: CodeKind, code: string): Promise<CodeRow> {
  return codeTable(db, kind).delete({ where: key(year, code), select: codeSelect });
}

/** What still points at a code: 下级科目, 预算明细行 (as its code or 政府经济 override), 对照表 rows. */
export interface CodeUsage {
  children: number;
  lines: number;
  mappings: number;
}

export async function codeUsage(db: Db, year: number, kind: CodeKind, code: string): Promise<CodeUsage> {
  const lineColumn = { functional: 'functionalCode', deptEcon: 'deptEconCode', govEcon: 'govEconOverride' } as const;
  const [children, lines, mappings] = await Promise.all([
    codeTable(db, kind).count({ where: { year, parentCode: code } }),
    db.budgetLine.count({ where: { year, [lineColumn[kind]]: code } }),
    kind === 'functional' ? 0 : db.econMapping.count({ where: { year, [kind === 'deptEcon' ? 'deptEconCode' : 'govEconCode']: code } }),
  ]);
  return { children, lines, mappings };
}

// ------------------------------------------------------------ 对照表

export function listMappings(year: number, db: Db = getPrisma()): Promise<MappingRow[]> {
  return db.econMapping.findMany({
    where: { year },
    select: { deptEconCode: true, category: true, govEconCode: true },
    orderBy: [{ deptEconCode: 'asc' }, { category: 'asc' }],
  });
}

type MappingKey = { year: number; deptEconCode: string; category: GovEconCategory };
const mappingWhere = ({ year, deptEconCode, category }: MappingKey) => ({ year_deptEconCode_category: { year, deptEconCode, category } });

export async function findMapping(db: Db, k: MappingKey): Promise<MappingRow | null> {
  return db.econMapping.findUnique({ where: mappingWhere(k), select: { deptEconCode: true, category: true, govEconCode: true } });
}

export async function upsertMapping(db: Db, row: MappingKey & { govEconCode: string }): Promise<MappingRow> {
  const { govEconCode } = row;
  return db.econMapping.upsert({
    where: mappingWhere(row),
    create: row,
    update: { govEconCode },
    select: { deptEconCode: true, category: true, govEconCode: true },
  });
}

export async function deleteMapping(db: Db, k: MappingKey): Promise<void> {
  await db.econMapping.delete({ where: mappingWhere(k) });
}

/** Lines of units on that side that take their 政府经济 code from this mapping row (no override). */
export function linesUsingMapping(db: Db, { year, deptEconCode, category }: MappingKey): Promise<number> {
  return db.budgetLine.count({ where: { year, deptEconCode, govEconOverride: null, unit: { govEconCategory: category } } });
}

// ------------------------------------------------------------ fiscal years

export interface FiscalYearRow {
  year: number;
  status: 'OPEN' | 'CLOSED';
}

export function listFiscalYears(db: Db = getPrisma()): Promise<FiscalYearRow[]> {
  return db.fiscalYear.findMany({ select: { year: true, status: true }, orderBy: { year: 'desc' } });
}

export function findFiscalYear(db: Db, year: number): Promise<FiscalYearRow | null> {
  return db.fiscalYear.findUnique({ where: { year }, select: { year: true, status: true } });
}

export interface CopiedYear {
  functional: number;
  deptEcon: number;
  govEcon: number;
  mappings: number;
}

/**
 * 创建新年度: the FiscalYear row, then the three code tables (sorted by code, so a parent always
 * precedes its children) and the 对照表. Call inside the caller's transaction.
 */
export async function copyYear(tx: Db, fromYear: number, toYear: number): Promise<CopiedYear> {
  await tx.fiscalYear.create({ data: { year: toYear } });
  const copy = async (kind: CodeKind) => {
    const rows = await listCodes(fromYear, kind, tx);
    return (await codeTable(tx, kind).createMany({ data: rows.map((row) => ({ ...row, year: toYear })) })).count;
  };
  const functional = await copy('functional');
  const deptEcon = await copy('deptEcon');
  const govEcon = await copy('govEcon');
  const mappingRows = await listMappings(fromYear, tx);
  const { count: mappings } = await tx.econMapping.createMany({ data: mappingRows.map((row) => ({ ...row, year: toYear })) });
  return { functional, deptEcon, govEcon, mappings };
}

export interface RemovedCodeUse {
  code: string;
  unitCode: string;
  unitName: string;
  lines: number;
  totalYuan: string;
}

/** The lines of `year` that use any of `codes` of that kind (功能, 部门经济, or the 政府经济 override), per code and unit. */
export async function linesUsingCodes(year: number, kind: CodeKind, codes: readonly string[], db: Db = getPrisma()): Promise<RemovedCodeUse[]> {
  if (codes.length === 0) return [];
  const column = { functional: 'functionalCode', deptEcon: 'deptEconCode', govEcon: 'govEconOverride' } as const;
  const rows = await db.budgetLine.groupBy({
    by: [column[kind], 'unitId'],
    where: { year, [column[kind]]: { in: [...codes] } },
    _count: { _all: true },
    _sum: { amountYuan: true },
  });
  const units = await db.unit.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.unitId))] } }, select: { id: true, code: true, name: true } });
  const unit = new Map(units.map((u) => [u.id, u]));
  return rows
    .map((r) => ({
      code: r[column[kind]] ?? '',
      unitCode: unit.get(r.unitId)?.code ?? '',
      unitName: unit.get(r.unitId)?.name ?? r.unitId,
      lines: r._count._all,
      totalYuan: r._sum.amountYuan?.toFixed(2) ?? '0.00',
    }))
    .sort((a, b) => (a.code + a.unitCode < b.code + b.unitCode ? -1 : 1));
}
