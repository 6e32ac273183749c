/**
 * GET /api/report/cell on the real server (docs/domain.md §13): the drill-down of one amount.
 * Access as for the report (the department's accountant yes, another department 403, anonymous
 * 401, the administrator 403), 400 with a Chinese message for a bad address, and the lines of a
 * cell summing exactly to the cell of GET /api/report in both units.
 */
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from './fixtures';

let w: World;

beforeAll(async () => {
  w = await createWorld('http_report_cell');
}, 600_000);

afterAll(async () => {
  await w?.close();
});

const cell = (department: string, address = 'table=3&section=0&row=0&column=0') => `/api/report/cell?department=${department}&year=2023&${address}`;

interface Drill {
  cell: {
    cellYuan: string | null;
    source: { kind: 'lines'; lines: { id: string; amountYuan: string; unit: { name: string } }[]; sumYuan: string };
    displayed: Record<'万元' | '元', { value: string | null; rounding: string }>;
    row: { name: string };
    column: string;
  };
}

describe('GET /api/report/cell access', () => {
  it('refuses anonymous readers with 401', async () => {
    expect((await w.client().get(cell('045'))).status).toBe(401);
  });

  it("serves the department's accountant, refuses another department with 403", async () => {
    const c = await w.signedIn('caiwu');
    const own = await c.get(cell('045'));
    expect(own.status).toBe(200);
    const foreign = await c.get(cell('099'));
    expect(foreign.status).toBe(403);
    expect(foreign.body.code).toBe('FORBIDDEN');
    expect(foreign.body.error).toMatch(/无权查看部门 099/);
  });

  it('refuses the administrator; the finance bureau reads any department, 404 without data', async () => {
    expect((await (await w.signedIn('admin')).get(cell('045'))).status).toBe(403);
    const reviewer = await w.signedIn('shenhe');
    expect((await reviewer.get(cell('099'))).status).toBe(200);
    const missing = await reviewer.get(cell('777'));
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatch(/^未找到部门 777 或 2023 年度数据/);
  });

  it('answers a bad address with 400 and a Chinese message naming the field', async () => {
    const c = await w.signedIn('lingdao');
    const cases: [string, string][] = [
      ['table=14&row=0&column=0', 'table'],
      ['table=3&row=-1&column=0', 'row'],
      ['table=3&row=x&column=0', 'row'],
      ['table=3&row=0', 'column'],
      ['table=3&section=2&row=0&column=0', 'section'],
      ['table=3&row=99999&column=0', 'row'], // valid shape, no such row
    ];
    for (const [address, field] of cases) {
      const response = await c.get(cell('045', address));
      expect(response.status, address).toBe(400);
      expect(response.body.field, address).toBe(field);
      expect(response.body.error, address).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('GET /api/report/cell content', () => {
  it('lists the lines of 表3 合计 whose exact sum is the report cell in 万元 and 元', async () => {
    const c = await w.signedIn('lingdao');
    const wan = await c.get('/api/report?department=045&year=2023');
    const yuan = await c.get(`/api/report?department=045&year=2023&unit=${encodeURIComponent('元')}`);
    const shown = (report: typeof wan) => (report.body.tables as { sections: { rows: { values: (string | null)[] }[] }[] }[])[2]!.sections[0]!.rows[0]!.values[0];
    const response = await c.get(cell('045'));
    expect(response.status).toBe(200);
    const { cell: d } = response.body as unknown as Drill;
    expect(d.row.name).toBe('合计');
    expect(d.column).toBe('合计');
    expect(d.source.kind).toBe('lines');
    expect(d.source.lines.length).toBeGreaterThan(1);
    const total = d.source.lines.reduce((acc, l) => acc.plus(l.amountYuan), new Decimal(0));
    expect(d.source.sumYuan).toBe(total.toFixed(2));
    expect(total.div(10000).toFixed(2, Decimal.ROUND_HALF_UP)).toBe(shown(wan));
    expect(total.toFixed(2)).toBe(shown(yuan));
    expect(d.displayed.万元.value).toBe(shown(wan));
  });
});
