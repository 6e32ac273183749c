/**
 * npm run bench:import -- [--out county.xlsx]: the workbook import at county scale. Writes the
 * benchmark's synthetic county (scripts/bench-data.ts: 150 departments, 450 units, 3,000 projects,
 * 100,000 lines) as a workbook, then times reading it, the dry run, the import, and re-importing
 * the same file, against DATABASE_URL (migrated and seeded; year 2024). The synthetic departments
 * (codes 800–949) must not exist yet: use a scratch database.
 */
import { writeFile } from 'node:fs/promises';
import Decimal from 'decimal.js';
import { parseArgs } from 'node:util';
import { createPrisma } from '../lib/db/client';
import { runImport } from '../lib/services/workbook-import';
import { readWorkbook } from '../lib/workbook/read';
import type { Workbook } from '../lib/workbook/types';
import { writeWorkbook } from '../lib/workbook/write';
import { generateCounty } from './bench/data';

const YEAR = 2024;
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is not set');
const prisma = createPrisma(url, { max: 2 });

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

try {
  const [functional, deptEcon] = await Promise.all([
    prisma.functionalCode.findMany({ where: { year: YEAR }, select: { code: true } }),
    prisma.deptEconCode.findMany({ where: { year: YEAR }, select: { code: true } }),
  ]);
  const county = generateCounty({ functional: functional.map((c) => c.code).filter((c) => c.length === 7), deptEcon: deptEcon.map((c) => c.code).filter((c) => c.length === 5) }, 2024);
  const departmentOf = new Map(county.departments.map((d) => [d.id, d]));
  const unitOf = new Map(county.units.map((u) => [u.id, u]));
  const projectOf = new Map(county.projects.map((p) => [p.id, p]));
  const unitCode = (id: string) => unitOf.get(id)?.code ?? '';
  const workbook: Workbook = {
    sheets: [],
    units: county.units.map((u, i) => {
      const d = departmentOf.get(u.departmentId);
      return { row: i + 2, departmentCode: d?.code ?? '', departmentName: d?.name ?? '', unitCode: u.code, unitName: u.name, unitType: u.type };
    }),
    codes: [],
    projects: county.projects.map((p, i) => ({ row: i + 2, unitCode: unitCode(p.unitId), name: p.name, attribute: p.attribute, periodYears: 1 })),
    lines: county.lines.map((l, i) => ({
      row: i + 2, unitCode: unitCode(l.unitId), functionalCode: l.functionalCode, deptEconCode: l.deptEconCode, kind: l.kind,
      projectName: l.projectId ? (projectOf.get(l.projectId)?.name ?? null) : null, fundingSource: l.fundingSource, carryover: l.carryover, amountYuan: l.amountYuan, note: null,
    })),
    procurement: [],
    priorYear: [],
  };
  const file = await timed('write workbook', () => writeWorkbook(workbook));
  console.log(`workbook: ${(file.length / 1024 / 1024).toFixed(1)} MB, ${workbook.lines.length} lines`);
  if (values.out) await writeFile(values.out, file);
  const read = await timed('read + parse', () => readWorkbook(file));
  if (read.issues.length > 0) throw new Error(`unexpected issues: ${read.issues.length}`);
  const who = { actor: { id: null, name: '系统导入', ip: null }, reach: { kind: 'county' as const } };
  const request = { year: YEAR, fileName: 'county.xlsx', read };
  const dry = await timed('dry run', () => runImport(prisma, who, { ...request, dryRun: true }));
  if (!dry.ok) throw new Error(dry.errors.slice(0, 5).join('\n'));
  await timed('import', () => runImport(prisma, who, { ...request, dryRun: false }));
  await timed('dry run (data present)', () => runImport(prisma, who, { ...request, dryRun: true }));
  await timed('re-import (unchanged)', () => runImport(prisma, who, { ...request, dryRun: false }));
  // every amount one 分 higher: every unit's lines replaced
  const bumped = { ...read, workbook: { ...read.workbook, lines: read.workbook.lines.map((l) => ({ ...l, amountYuan: new Decimal(l.amountYuan).plus('0.01').toFixed(2) })) } };
  await timed('dry run (every line changed)', () => runImport(prisma, who, { ...request, read: bumped, dryRun: true }));
  await timed('import (every line changed)', () => runImport(prisma, who, { ...request, read: bumped, dryRun: false }));
} finally {
  await prisma.$disconnect();
}
