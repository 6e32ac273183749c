/**
 * GET /api/county (全县汇总) on the real server: only the finance bureau reads it (others 403,
 * anonymous 401), the query is validated (400 naming the field), and the sums are checked
 * against independent figures — each department's own report from GET /api/report, the literal
 * 表3 合计 of the example, and a line added to a second department straight in the database.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from './client';
import { YEAR, addLine, createWorld, type World } from './fixtures';

let w: World;
let reviewer: HttpClient;

beforeAll(async () => {
  w = await createWorld('http_county');
  reviewer = await w.signedIn('shenhe');
}, 600_000);

afterAll(async () => {
  await w?.close();
});

interface Row {
  code: string | null;
  name: string;
  level?: string;
  values: (string | null)[];
}
interface CountyTable {
  number: number;
  columns: string[];
  rows: Row[];
  total: string[];
}
interface County {
  year: number;
  amountUnit: string;
  departments: number;
  tables: CountyTable[];
}
interface ReportTable {
  number: number;
  sections: { columns: string[]; rows: Row[] }[];
}

const countyUrl = (extra = '') => `/api/county?year=${YEAR}${extra}`;

async function county(extra = ''): Promise<County> {
  const res = await reviewer.get(countyUrl(extra));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as unknown as County;
}

const table = (c: County, n: number) => c.tables.find((t) => t.number === n)!;

/** A fixed-point 元 string as an exact integer of 分. */
const cents = (text: string | null | undefined): bigint => {
  if (text === null || text === undefined) return 0n;
  const [int = '0', frac = ''] = text.replace('-', '').split('.');
  const value = BigInt(int) * 100n + BigInt(frac.padEnd(2, '0').slice(0, 2));
  return text.startsWith('-') ? -value : value;
};

describe('GET /api/county access', () => {
  it('refuses anonymous readers with 401', async () => {
    expect((await w.client().get(countyUrl())).status).toBe(401);
  });

  it('refuses the accountant, the department leader and the administrator with 403', async () => {
    for (const username of ['caiwu', 'lingdao', 'admin']) {
      const res = await (await w.signedIn(username)).get(countyUrl());
      expect(res.status, username).toBe(403);
      expect(res.body.code, username).toBe('FORBIDDEN');
    }
  });

  it('validates the query with 400 naming the field, in Chinese', async () => {
    const bad = await reviewer.get('/api/county?year=abc');
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('year');
    expect(bad.body.error).toMatch(/预算年度/);
    expect((await reviewer.get('/api/county?year=1999')).body.field).toBe('year');
    expect((await reviewer.get('/api/county')).body.field).toBe('year');
    expect((await reviewer.get(countyUrl('&unit=yuan'))).body.field).toBe('unit');
    expect((await reviewer.get(countyUrl('&format=pdf'))).body.field).toBe('format');
  });

  it('answers 404 for a year that does not exist', async () => {
    expect((await reviewer.get('/api/county?year=2099')).status).toBe(404);
  });
});

describe('GET /api/county sums', () => {
  it('matches department 045 own 表3 201 row and the example 合计 (only 045 has lines)', async () => {
    const c = await county();
    expect(c.amountUnit).toBe('万元');
    expect(c.departments).toBe(await w.prisma.department.count());
    const report = await reviewer.get(`/api/report?department=045&year=${YEAR}&format=json`);
    expect(report.status).toBe(200);
    const own3 = (report.body.tables as ReportTable[]).find((t) => t.number === 3)!.sections[0]!;
    const own201 = own3.rows.find((r) => r.code === '201')!;
    expect(own201).toBeDefined();
    const t3 = table(c, 3);
    expect(t3.columns).toEqual(own3.columns);
    expect(t3.rows.find((r) => r.code === '201')).toEqual({ code: '201', level: '类', name: own201.name, values: own201.values });
    // 款 rows too: each equals the department's own 表3 款 row, in the same order among the 类.
    const ownKuan = own3.rows.filter((r) => r.level === '款');
    expect(ownKuan.length).toBeGreaterThan(0);
    expect(t3.rows.filter((r) => r.level === '款')).toEqual(ownKuan.map((r) => ({ code: r.code, level: '款', name: r.name, values: r.values })));
    expect(t3.rows.map((r) => r.code)).toEqual(own3.rows.filter((r) => r.level === '类' || r.level === '款').map((r) => r.code));
    expect(t3.total).toEqual(['1185.70', '731.78', '453.92']);
    const ownTotal = own3.rows.find((r) => r.level === undefined && r.name === '合计')!;
    expect(t3.total).toEqual(ownTotal.values);
  });

  it('gives the same 201 row in 元', async () => {
    const c = await county('&unit=元');
    expect(c.amountUnit).toBe('元');
    const report = await reviewer.get(`/api/report?department=045&year=${YEAR}&format=json&unit=元`);
    const own201 = (report.body.tables as ReportTable[]).find((t) => t.number === 3)!.sections[0]!.rows.find((r) => r.code === '201')!;
    expect(table(c, 3).rows.find((r) => r.code === '201')!.values).toEqual(own201.values);
  });

  it('renders the /county page with the tables, the department count and 下载Excel', async () => {
    const res = await reviewer.raw('GET', `/county?year=${YEAR}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('全县汇总');
    expect(html).toContain('1185.70');
    expect(html).toContain('下载Excel');
    expect(html).toMatch(/汇总部门(<!-- -->)? (<!-- -->)?\d+/);
    // The overview: the department's row with its state and a link to its report.
    expect(html).toContain('全县部门概况');
    expect(html).toContain(`/report?department=045&amp;year=${YEAR}`);
    // The state filter is a GET form: the query alone filters, no script needed.
    const form = html.match(/<form[^>]*aria-label="按报送状态筛选部门"[^>]*>/)?.[0] ?? '';
    expect(form).toContain('method="get"');
    expect(form).toContain('action="/county"');
    const pending = await (await reviewer.raw('GET', `/county?year=${YEAR}&state=PENDING`)).text();
    expect(pending).toContain('data-department="045"');
    const accepted = await (await reviewer.raw('GET', `/county?year=${YEAR}&state=ACCEPTED`)).text();
    expect(accepted).not.toContain('data-department="045"');
    expect(accepted).toContain('没有处于该状态的部门');
  });

  it('downloads an xlsx with one sheet per table and numeric 0.00 cells', async () => {
    const res = await reviewer.raw('GET', countyUrl('&format=xlsx'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets).toHaveLength(3);
    const ws = wb.worksheets[2]!;
    let total: ExcelJS.Row | undefined;
    ws.eachRow((row) => {
      if (row.getCell(2).value === '合计') total = row;
    });
    expect(total).toBeDefined();
    expect(total!.getCell(3).value).toBe(1185.7);
    expect(total!.getCell(3).numFmt).toBe('0.00');
  });

  it('moves the county 合计 by exactly a line added to a second department', async () => {
    const before = await county('&unit=元');
    await addLine(w.prisma, 'u-099001', '12345.67');
    const after = await county('&unit=元');
    const added = cents('12345.67');
    for (const n of [1, 2, 3]) {
      // 表1 合计/当年预算安排, 表2 合计/一般公共预算, 表3 合计/基本支出: each up by the line; 表3 项目支出 unchanged.
      const [b, a] = [table(before, n).total, table(after, n).total];
      expect(cents(a[0]) - cents(b[0]), `表${n} 合计`).toBe(added);
      expect(cents(a[1]) - cents(b[1]), `表${n} col 1`).toBe(added);
    }
    expect(table(after, 3).total[2]).toBe(table(before, 3).total[2]);
    const row = (c: County) => table(c, 3).rows.find((r) => r.code === '201')!;
    expect(cents(row(after).values[0]) - cents(row(before).values[0])).toBe(added);
    // 万元: the exact 元 total ÷ 10,000, rounded half-up to 0.01 万元 on its own.
    const fen = cents(table(after, 3).total[0]);
    const hundredths = (fen + 5000n) / 10000n;
    const wan = await county();
    expect(table(wan, 3).total[0]).toBe(`${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`);
  });
});
