/**
 * Seeding: fiscal years, the reference codes of each year, and (seed-demo.ts) the demo
 * department with its users and workflow rows.
 *
 * Idempotent and non-destructive: every row is inserted only when its natural key is missing
 * (`INSERT … ON CONFLICT DO NOTHING`), so a second run changes nothing and never overwrites
 * what administrators or users edited since (code names, mappings, passwords, lines).
 */
import type { CodeName, ReferenceData } from '@/lib/budget/types';
import { reference2023 } from '@/prisma/seed/reference';
import { Prisma, type Db, type PrismaClient } from './client';
import { seedDemo } from './seed-demo';

export const SEED_YEARS: readonly number[] = [2022, 2023, 2024];

/** 类 3 digits (no parent), 款 5 → its 3-digit 类, 项 7 → its 5-digit 款. */
export function parentCodeOf(code: string): string | null {
  if (!/^\d{3}(\d{2}){0,2}$/.test(code)) throw new Error(`reference code "${code}" is not 3, 5 or 7 digits`);
  return code.length === 3 ? null : code.slice(0, code.length - 2);
}

/** Checks that each code's parent is in the list; returns parallel arrays for `unnest`. */
function codeColumns(entries: readonly CodeName[], list: string) {
  const codes = new Set(entries.map((e) => e.code));
  const parents = entries.map(({ code }) => {
    const parent = parentCodeOf(code);
    if (parent !== null && !codes.has(parent)) throw new Error(`${list} code ${code}: parent ${parent} is missing`);
    return parent;
  });
  return { codes: entries.map((e) => e.code), names: entries.map((e) => e.name), parents };
}

type CodeTable = 'FunctionalCode' | 'DeptEconCode' | 'GovEconCode';

/** One statement per table for all years (a few thousand rows): insert what is missing. */
async function insertCodes(db: Db, table: CodeTable, years: readonly number[], entries: readonly CodeName[], list: string) {
  const { codes, names, parents } = codeColumns(entries, list);
  // Foreign keys to the parent row are checked at the end of the statement, so order does not matter.
  await db.$executeRaw`
    INSERT INTO ${Prisma.raw(`"${table}"`)} ("year", "code", "name", "parentCode")
    SELECT y, c.code, c.name, c.parent
    FROM unnest(${[...years]}::int[]) AS y
    CROSS JOIN unnest(${codes}::text[], ${names}::text[], ${parents}::text[]) AS c (code, name, parent)
    ON CONFLICT DO NOTHING`;
}

/** Fiscal years and, for each, the reference edition's codes and 经济分类 对照. */
export async function seedReference(
  db: Db,
  { years = SEED_YEARS, reference = reference2023 }: { years?: readonly number[]; reference?: ReferenceData } = {},
): Promise<void> {
  await db.fiscalYear.createMany({ data: years.map((year) => ({ year })), skipDuplicates: true });
  await insertCodes(db, 'FunctionalCode', years, reference.functional, '功能分类');
  await insertCodes(db, 'DeptEconCode', years, reference.deptEcon, '部门经济分类');
  await insertCodes(db, 'GovEconCode', years, reference.govEcon, '政府经济分类');
  const mapping = reference.econMapping;
  await db.$executeRaw`
    INSERT INTO "EconMapping" ("year", "deptEconCode", "category", "govEconCode")
    SELECT y, m.dept, m.category::"GovEconCategory", m.gov
    FROM unnest(${[...years]}::int[]) AS y
    CROSS JOIN unnest(${mapping.map((m) => m.deptEconCode)}::text[], ${mapping.map((m) => m.category)}::text[],
                      ${mapping.map((m) => m.govEconCode)}::text[]) AS m (dept, category, gov)
    ON CONFLICT DO NOTHING`;
}

export interface SeedSummary {
  years: readonly number[];
  demoLinesInserted: boolean;
  usersCreated: string[];
}

/** Everything `npm run db:seed` loads: reference data for 2022–2024 and the demo department 045 / 2023. */
export async function seedAll(db: PrismaClient): Promise<SeedSummary> {
  await seedReference(db);
  const demo = await seedDemo(db);
  return { years: SEED_YEARS, ...demo };
}
