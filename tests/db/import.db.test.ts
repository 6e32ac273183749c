// Real PostgreSQL: the import's contract is what it leaves in the database — one transaction per
// file (all or nothing), per-unit replacement, the workflow locks and the audit rows — and the
// command's exit codes; the round trip goes through the real loader and derivation. None of this
// can be shown without the database the app runs on.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveReport } from '@/lib/budget/report';
import { loadDepartmentBudget } from '@/lib/db/budget-repository';
import { loadExport } from '@/lib/db/export-repository';
import { runImport } from '@/lib/services/workbook-import';
import { readWorkbook } from '@/lib/workbook/read';
import { writeWorkbook } from '@/lib/workbook/write';
import { LINE_HEADER, lineRow, xlsx } from '../workbook/support';
import { createTestDatabase, type TestDatabase } from '../helpers/db';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

let fresh: TestDatabase; // reference codes only
let demo: TestDatabase; // + department 045 / 2023
let dir: string;

beforeAll(async () => {
  [fresh, demo] = await Promise.all([createTestDatabase({ label: 'import' }), createTestDatabase({ demo: true, label: 'import_demo' })]);
  dir = await mkdtemp(path.join(tmpdir(), 'import-'));
});
afterAll(async () => {
  await Promise.all([fresh?.drop(), demo?.drop()]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

function run(db: TestDatabase, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(TSX, ['scripts/import.ts', ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: db.url } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** Everything an import may change, as comparable text (no ids, no timestamps). */
async function digest(db: TestDatabase) {
  const q = <T>(sql: string) => db.prisma.$queryRawUnsafe<T[]>(sql);
  return JSON.stringify(
    await Promise.all([
      q(`SELECT d.code, d.name, d.region FROM "Department" d ORDER BY 1`),
      q(`SELECT u.code, u.name, u.type::text, u."govEconCategory"::text, u."sortOrder" FROM "Unit" u ORDER BY 1`),
      q(`SELECT year, code, name, "parentCode" FROM "FunctionalCode" WHERE code LIKE '2019%' ORDER BY 1, 2`),
      q(`SELECT u.code, p.year, p.name, p.attribute::text, p."periodYears", p."sortOrder" FROM "Project" p JOIN "Unit" u ON u.id = p."unitId" ORDER BY 1, 2, 3`),
      q(`SELECT u.code, l.year, l."functionalCode", l."deptEconCode", l.kind::text, p.name AS project, l."fundingSource"::text, l.carryover, l."amountYuan"::text, l.note
         FROM "BudgetLine" l JOIN "Unit" u ON u.id = l."unitId" LEFT JOIN "Project" p ON p.id = l."projectId" ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`),
      q(`SELECT u.code, e.category::text, e."itemName", e."amountYuan"::text FROM "ProcurementEntry" e JOIN "Unit" u ON u.id = e."unitId" ORDER BY 1, 2, 3, 4`),
      q(`SELECT d.code, f.year, f."totalIncome"::text, f.reception::text, f.abroad::text FROM "PriorYearFigures" f JOIN "Department" d ON d.id = f."departmentId" ORDER BY 1, 2`),
      q(`SELECT (SELECT count(*)::int FROM "UnitSubmission") AS units, (SELECT count(*)::int FROM "DepartmentSubmission") AS departments`),
    ]),
  );
}

const UNITS = [['部门编码', '部门名称', '单位编码', '单位名称', '单位类型'], ['046', '柳林县新部门', '046001', '新部门本级', '行政单位'], ['046', '柳林县新部门', '046002', '新部门中心', '其他事业单位']];
const CODES = [['科目类别', '科目编码', '科目名称'], ['功能分类', '2019601', '新增项级科目'], ['功能分类', '20196', '新增款级科目']];
const PROJECTS = [['单位编码', '项目名称', '项目属性', '项目期（年）'], ['046002', '信息化建设', '一次性项目', 1]];
const LINES = [
  LINE_HEADER,
  lineRow({ unitCode: '046001', amountYuan: '1,000.50' }),
  lineRow({ unitCode: '046001', functionalCode: '2019601', deptEconCode: '30201', amountYuan: '２００' }),
  lineRow({ unitCode: '046002', kind: '项目支出', projectName: '信息化建设', deptEconCode: '31002', amountYuan: 30000, carryover: '上年结转' }),
];
const PROCUREMENT = [['单位编码', '项目名称', '采购类别', '采购品目', '金额（元）'], ['046002', '信息化建设', '货物', '服务器', 30000]];
const PRIOR = [['部门编码', '指标', '金额（元）'], ['046', '收入总计', '900000'], ['046', '公务接待费', '1200.5']];
const BUDGET = { 单位: UNITS, 科目: CODES, 项目: PROJECTS, 明细: LINES, 政府采购: PROCUREMENT, 上年数: PRIOR };

async function file(name: string, sheets: Parameters<typeof xlsx>[0]): Promise<string> {
  const target = path.join(dir, name);
  await writeFile(target, await xlsx(sheets));
  return target;
}

describe('npm run import', { timeout: 60_000 }, () => {
  it('--dry-run checks the file and prints the summary, writing nothing', async () => {
    const before = await digest(fresh);
    const result = await run(fresh, ['--year', '2024', '--file', await file('budget.xlsx', BUDGET), '--dry-run']);
    expect(result.stderr).not.toContain('错误');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('试导入');
    expect(result.stdout).toContain('046001 新部门本级；明细 新增 2 删除 0 修改 0 未变 0；合计 0.00 → 1,200.50 元');
    expect(await digest(fresh)).toBe(before);
  });

  it('imports the file: department, units, codes, projects, lines, 政府采购, 上年数, audited as 系统导入', async () => {
    const result = await run(fresh, ['--year', '2024', '--file', path.join(dir, 'budget.xlsx')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('新建部门 1 个，新建单位 2 个，新增科目 2 个，上年数 1 个部门');
    expect(result.stdout).toContain('046002 新部门中心；明细 新增 1 删除 0 修改 0 未变 0；合计 0.00 → 30,000.00 元；新建项目 1；政府采购 0 → 1 条');
    const lines = await fresh.prisma.budgetLine.findMany({ where: { year: 2024, unit: { code: '046001' } }, orderBy: { amountYuan: 'asc' } });
    expect(lines.map((l) => [l.functionalCode, l.amountYuan.toFixed(2)])).toEqual([['2019601', '200.00'], ['2013101', '1000.50']]);
    const prior = await fresh.prisma.priorYearFigures.findFirstOrThrow({ where: { year: 2024, department: { code: '046' } } });
    expect([prior.totalIncome?.toFixed(2), prior.reception?.toFixed(2), prior.abroad]).toEqual(['900000.00', '1200.50', null]);
    const subs = await fresh.prisma.unitSubmission.findMany({ where: { unit: { departmentId: prior.departmentId } } });
    expect(subs.map((s) => s.status)).toEqual(expect.arrayContaining(['DRAFT']));
    expect(subs.length).toBe(2 * 3); // 2 units × the 3 open years
    const audit = await fresh.prisma.auditLog.findMany({ where: { kind: 'IMPORT', entity: 'Unit' } });
    expect(audit.map((a) => a.actorName)).toEqual(['系统导入', '系统导入']);
  });

  it('importing the same file again leaves the same data (and the same line ids)', async () => {
    const before = await digest(fresh);
    const ids = (await fresh.prisma.budgetLine.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((l) => l.id);
    const result = await run(fresh, ['--year', '2024', '--file', path.join(dir, 'budget.xlsx')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('046001 新部门本级；明细 新增 0 删除 0 修改 0 未变 2；合计 1,200.50 → 1,200.50 元');
    expect(await digest(fresh)).toBe(before);
    expect((await fresh.prisma.budgetLine.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((l) => l.id)).toEqual(ids);
  });

  it('a file with one bad row writes nothing, not even its good rows, and names every error', async () => {
    const before = await digest(fresh);
    const bad = await file('bad.xlsx', {
      ...BUDGET,
      明细: [...LINES.slice(0, 2), lineRow({ unitCode: '046001', amountYuan: '999' }), lineRow({ unitCode: '046001', deptEconCode: '30999', amountYuan: '1.234' })],
    });
    const result = await run(fresh, ['--year', '2024', '--file', bad]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('工作表「明细」第4行「金额（元）」：金额最多两位小数');
    expect(result.stdout).toBe('');
    expect(await digest(fresh)).toBe(before);
  });

  it('replaces only the units in the file; changed amounts show in the summary', async () => {
    const changed = await file('changed.xlsx', { 明细: [LINE_HEADER, lineRow({ unitCode: '046001', amountYuan: '1500' }), lineRow({ unitCode: '046001', functionalCode: '2019601', deptEconCode: '30201', amountYuan: '200' })] });
    const result = await run(fresh, ['--year', '2024', '--file', changed]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('明细 新增 0 删除 0 修改 1 未变 1；合计 1,200.50 → 1,700.00 元');
    const other = await fresh.prisma.budgetLine.count({ where: { unit: { code: '046002' } } });
    expect(other).toBe(1);
  });

  it('a 单位 row renames a unit, a 项目 row updates a project matched by unit + name', async () => {
    const update = await file('update.xlsx', {
      单位: [UNITS[0]!, ['046', '柳林县新部门', '046001', '新部门机关', '参公事业单位']],
      项目: [PROJECTS[0]!, ['046002', '信息化建设', '经常性项目', 3]],
    });
    const result = await run(fresh, ['--year', '2024', '--file', update]);
    expect(result.stderr).not.toContain('错误');
    expect(result.code).toBe(0);
    const unit = await fresh.prisma.unit.findFirstOrThrow({ where: { code: '046001' } });
    expect([unit.name, unit.type, unit.govEconCategory, unit.sortOrder]).toEqual(['新部门机关', 'CIVIL_SERVICE_INSTITUTION', 'INSTITUTION', 1]);
    const projects = await fresh.prisma.project.findMany({ where: { unit: { code: '046002' } } });
    expect(projects.map((p) => [p.name, p.attribute, p.periodYears])).toEqual([['信息化建设', 'RECURRING', 3]]);
    const audit = await fresh.prisma.auditLog.findMany({ where: { kind: 'IMPORT', entity: 'Unit', reason: '导入 update.xlsx' } });
    expect(audit.map((a) => a.unitId)).toEqual([unit.id]); // 046002 only had its project updated: no unit row
  });

  it('exit 2 for a missing file or a year the database does not have; 1 for a file that is not a workbook', async () => {
    expect((await run(fresh, ['--year', '2024', '--file', path.join(dir, 'nope.xlsx')])).code).toBe(2);
    expect((await run(fresh, ['--file', path.join(dir, 'budget.xlsx')])).code).toBe(2);
    const noYear = await run(fresh, ['--year', '2031', '--file', path.join(dir, 'budget.xlsx')]);
    expect([noYear.code, noYear.stderr.trim()]).toEqual([2, '预算年度 2031 不存在']);
    const pdf = path.join(dir, 'x.xlsx');
    await writeFile(pdf, '%PDF-1.7');
    const notXlsx = await run(fresh, ['--year', '2024', '--file', pdf]);
    expect(notXlsx.code).toBe(1);
    expect(notXlsx.stderr).toContain('不是有效的Excel工作簿');
  }, 120_000); // four processes
});

describe('runImport: scope and workflow', () => {
  const accountant = (unitIds: string[]) => ({ actor: { id: 'caiwu', name: '审批局财务', ip: null }, reach: { kind: 'units' as const, unitIds, departmentId: 'd-045' } });
  const linesOf = async (code: string) => readWorkbook(await xlsx({ 明细: [LINE_HEADER, lineRow({ unitCode: code, functionalCode: '2013101', deptEconCode: '30101', amountYuan: '1' })] }));

  it('an accountant imports their own unit, and may not touch another one or the 单位 sheet', async () => {
    const unitId = (await demo.prisma.unit.findFirstOrThrow({ where: { code: '045001' } })).id;
    await expect(runImport(demo.prisma, accountant([unitId]), { year: 2023, fileName: 'x.xlsx', dryRun: true, read: await linesOf('045002') })).rejects.toThrow('无权导入单位 045002');
    const withUnits = await readWorkbook(await xlsx({ 单位: UNITS }));
    await expect(runImport(demo.prisma, accountant([unitId]), { year: 2023, fileName: 'x.xlsx', dryRun: true, read: withUnits })).rejects.toThrow('只有系统管理员可以导入「单位」工作表中的变更');
    // the workbook the accountant exported (its 单位 rows as they are) imports back
    const exported = await readWorkbook(await writeWorkbook(await loadExport(demo.prisma, 2023, { departmentIds: null, unitIds: [unitId] })));
    const again = await runImport(demo.prisma, accountant([unitId]), { year: 2023, fileName: 'x.xlsx', dryRun: true, read: exported });
    expect(again.ok && again.summary.units.map((u) => [u.unitCode, u.lines?.added, u.lines?.removed, u.lines?.changed])).toEqual([['045001', 0, 0, 0]]);
    const ok = await runImport(demo.prisma, accountant([unitId]), { year: 2023, fileName: 'x.xlsx', dryRun: true, read: await linesOf('045001') });
    expect(ok.ok && ok.summary.units[0]?.lines?.added).toBe(1);
  });

  it('a unit already 已提交 refuses the import; nothing is written', async () => {
    const unit = await demo.prisma.unit.findFirstOrThrow({ where: { code: '045002' } });
    await demo.prisma.unitSubmission.update({ where: { unitId_year: { unitId: unit.id, year: 2023 } }, data: { status: 'SUBMITTED' } });
    const before = await digest(demo);
    const result = await runImport(demo.prisma, { actor: { id: null, name: '系统导入', ip: null }, reach: { kind: 'county' } }, { year: 2023, fileName: 'x.xlsx', dryRun: false, read: await linesOf('045002') });
    expect(result).toEqual({ ok: false, errors: ['工作表「明细」第2行「单位编码」：单位 045002 柳林县政务服务中心：单位预算已提交，不能修改'], warnings: [], state: true });
    expect(await digest(demo)).toBe(before);
    await demo.prisma.unitSubmission.update({ where: { unitId_year: { unitId: unit.id, year: 2023 } }, data: { status: 'DRAFT' } });
  });
});

describe('round trip', () => {
  it('export 045/2023 → import into an empty database → the same report, cell for cell', async () => {
    const exported = await writeWorkbook(await loadExport(demo.prisma, 2023, { departmentIds: null }));
    const empty = await createTestDatabase({ label: 'import_rt' });
    try {
      const result = await runImport(empty.prisma, { actor: { id: null, name: '系统导入', ip: null }, reach: { kind: 'county' } }, { year: 2023, fileName: 'export.xlsx', dryRun: false, read: await readWorkbook(exported) });
      expect(result.ok ? [] : result.errors).toEqual([]);
      const [original, imported] = await Promise.all([loadDepartmentBudget(demo.prisma, '045', 2023), loadDepartmentBudget(empty.prisma, '045', 2023)]);
      if (!original || !imported) throw new Error('department 045 / 2023 not found');
      const a = deriveReport(original);
      const b = deriveReport(imported);
      expect(b.tables.length).toBe(13);
      expect(JSON.stringify(b.tables)).toBe(JSON.stringify(a.tables));
      // The 情况说明 figures too (上年数 included), except the count of 绩效目标申报表: the forms are not in the format.
      const { performance: _a, ...figuresA } = a.narrative.figures;
      const { performance: _b, ...figuresB } = b.narrative.figures;
      expect(JSON.stringify(figuresB)).toBe(JSON.stringify(figuresA));
    } finally {
      await empty.drop();
    }
  });
});
