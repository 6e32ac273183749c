/**
 * The workbook endpoints through HTTP on the real server and PostgreSQL: what an upload does
 * (and, refused, does not do) to the database, the content-type and size checks, the dry run,
 * CSV, and the downloads (template, export) read back as workbooks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '@/lib/workbook/read';
import type { HttpClient } from './client';
import { YEAR, createWorld, digest, type World } from './fixtures';
import { LINE_HEADER, lineRow, xlsx } from '../workbook/support';

let w: World;
let accountant: HttpClient;
let admin: HttpClient;

beforeAll(async () => {
  w = await createWorld('http_workbook');
  accountant = await w.signedIn('caiwu');
  admin = await w.signedIn('admin');
}, 600_000);
afterAll(async () => {
  await w?.close();
});

function form(file: Buffer | string, name: string, dryRun = false): FormData {
  const data = new FormData();
  data.set('file', new Blob([typeof file === 'string' ? file : new Uint8Array(file)]), name);
  data.set('year', String(YEAR));
  data.set('dryRun', String(dryRun));
  return data;
}

const linesOf = (code: string) => w.prisma.budgetLine.findMany({ where: { year: YEAR, unit: { code } }, orderBy: { amountYuan: 'asc' } });

describe('POST /api/import', () => {
  it('a file with one bad row: 400 naming sheet, row and column, and nothing written', async () => {
    const before = await digest(w.prisma);
    const own = await accountant.postForm('/api/import', form(await xlsx({ 明细: [LINE_HEADER, lineRow(), lineRow({ amountYuan: '12.345' })] }), 'budget.xlsx'));
    expect(own.status).toBe(400);
    expect(own.body.errors).toEqual(['工作表「明细」第3行「金额（元）」：金额最多两位小数（分），“12.345”有3位']);
    // a well-formed file naming a unit of the department that is not the accountant's
    const sibling = await accountant.postForm('/api/import', form(await xlsx({ 明细: [LINE_HEADER, lineRow(), lineRow({ unitCode: '045002' })] }), 'budget.xlsx'));
    expect([sibling.status, sibling.body.error]).toEqual([403, '无权导入单位 045002 柳林县政务服务中心 的数据']);
    expect(await digest(w.prisma)).toBe(before);
  });

  it('the dry run answers the summary and writes nothing; the import then replaces the unit’s lines', async () => {
    const before = await digest(w.prisma);
    const total = (await linesOf('045001')).reduce((sum, l) => sum + Number(l.amountYuan.toFixed(2)) * 100, 0) / 100;
    const file = await xlsx({ 明细: [LINE_HEADER, lineRow({ amountYuan: '1,000' }), lineRow({ deptEconCode: '30102', amountYuan: '２０' })] });
    const dry = await accountant.postForm('/api/import', form(file, 'budget.xlsx', true));
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body).toMatchObject({ summary: { dryRun: true, units: [{ unitCode: '045001', lines: { totalBefore: total.toFixed(2), totalAfter: '1020.00' } }] } });
    expect(await digest(w.prisma)).toBe(before);
    const real = await accountant.postForm('/api/import', form(file, 'budget.xlsx'));
    expect(real.status).toBe(200);
    expect((await linesOf('045001')).map((l) => l.amountYuan.toFixed(2))).toEqual(['20.00', '1000.00']);
    const audit = await w.prisma.auditLog.findFirstOrThrow({ where: { kind: 'IMPORT' }, orderBy: { id: 'desc' } });
    expect([audit.actorName, audit.unitId]).toEqual(['审批局财务', w.units.own]);
  });

  it('a CSV of the 明细 columns (UTF-8 with BOM)', async () => {
    const csv = `\uFEFF${LINE_HEADER.join(',')}\n045001,2013101,30101,基本支出,,一般公共预算,本年,"3,000.00",\n`;
    const res = await accountant.postForm('/api/import', form(csv, 'lines.csv'));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await linesOf('045001')).map((l) => l.amountYuan.toFixed(2))).toEqual(['3000.00']);
  });

  it('a unit already 已提交: 409, nothing written', async () => {
    await w.prisma.unitSubmission.update({ where: { unitId_year: { unitId: w.units.own, year: YEAR } }, data: { status: 'SUBMITTED' } });
    const before = await digest(w.prisma);
    const res = await accountant.postForm('/api/import', form(await xlsx({ 明细: [LINE_HEADER, lineRow()] }), 'budget.xlsx'));
    expect(res.status).toBe(409);
    expect(res.body.errors).toEqual(['工作表「明细」第2行「单位编码」：单位 045001 柳林县行政审批服务管理局：单位预算已提交，不能修改']);
    expect(await digest(w.prisma)).toBe(before);
    await w.prisma.unitSubmission.update({ where: { unitId_year: { unitId: w.units.own, year: YEAR } }, data: { status: 'DRAFT' } });
  });

  it('refuses JSON, a missing file, an .xls renamed to .xlsx', async () => {
    const json = await accountant.post('/api/import', { year: YEAR });
    expect([json.status, json.body.error]).toEqual([400, '请求内容须为 multipart/form-data（上传文件）']);
    const empty = new FormData();
    empty.set('year', String(YEAR));
    expect((await accountant.postForm('/api/import', empty)).body.error).toBe('请选择要导入的文件');
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);
    const res = await accountant.postForm('/api/import', form(xls, 'old.xlsx'));
    expect(res.status).toBe(400);
    expect(res.body.error).toContain('.xls');
  });
});

describe('pages', () => {
  it('the admin import page is the 系统管理员’s; the lines page offers the accountant the upload', async () => {
    const page = await (await admin.raw('GET', '/admin/import')).text();
    expect(page).toContain('导入工作簿');
    expect(page).toContain('下载导入模板');
    const refused = await (await accountant.raw('GET', '/admin/import')).text();
    expect(refused).toContain('单位财务无权管理预算年度、分类科目与对照表');
    expect(refused).not.toContain('下载导入模板');
    const lines = await (await accountant.raw('GET', `/lines?year=${YEAR}`)).text();
    expect(lines).toContain('导入工作簿（替换本单位的明细行）');
  });
});

describe('downloads', () => {
  it('the template is an xlsx with the format’s sheets', async () => {
    const res = await accountant.raw('GET', `/api/import/template?year=${YEAR}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    await expect(readWorkbook(Buffer.from(await res.arrayBuffer()))).rejects.toThrow('没有数据行');
  });

  it('the export of department 045 reads back as a workbook with every line of the department', async () => {
    const res = await admin.raw('GET', `/api/export?year=${YEAR}&departmentCode=045`);
    expect(res.status).toBe(200);
    const { workbook, issues } = await readWorkbook(Buffer.from(await res.arrayBuffer()));
    expect(issues).toEqual([]);
    expect(workbook.lines).toHaveLength(await w.prisma.budgetLine.count({ where: { year: YEAR, unit: { department: { code: '045' } } } }));
    expect(new Set(workbook.units.map((u) => u.departmentCode))).toEqual(new Set(['045']));
  });
});
