/**
 * Raw SQL of the benchmark (scripts/bench.ts): bulk-loading a synthetic county and the
 * hand-written GROUP BY that is the floor the consolidation is compared with.
 * Synthetic departments are tagged with BENCH_REGION and replaced wholesale on every load,
 * so a run never touches real departments of the same database.
 */
import pg from 'pg';

export const BENCH_REGION = '基准测试县';
/** The synthetic county's County row: 999999 is no real 行政区划代码 (those start with a province, 11–65). */
export const BENCH_COUNTY_CODE = '999999';

export interface BenchDepartment {
  id: string;
  code: string;
  name: string;
}

export interface BenchUnit {
  id: string;
  departmentId: string;
  code: string;
  name: string;
  type: 'ADMINISTRATIVE' | 'CIVIL_SERVICE_INSTITUTION' | 'OTHER_INSTITUTION';
  govEconCategory: 'ORGAN' | 'INSTITUTION';
  sortOrder: number;
}

export interface BenchProject {
  id: string;
  unitId: string;
  name: string;
  attribute: 'ONE_OFF' | 'RECURRING';
  sortOrder: number;
}

export interface BenchLine {
  id: string;
  unitId: string;
  functionalCode: string;
  deptEconCode: string;
  kind: 'BASIC' | 'PROJECT';
  projectId: string | null;
  fundingSource: 'GENERAL_PUBLIC' | 'GOV_FUND' | 'STATE_CAPITAL' | 'SPECIAL_ACCOUNT' | 'UNIT_FUNDS';
  carryover: boolean;
  /** 元, fixed-point string with 2 decimals. */
  amountYuan: string;
}

export interface BenchDataset {
  departments: BenchDepartment[];
  units: BenchUnit[];
  projects: BenchProject[];
  lines: BenchLine[];
}

/** Opens a single connection; the caller ends it. */
export async function connectBench(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/** Creates `name` on the server of `adminUrl` unless it exists. Returns true when created. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<boolean> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid database name ${name}`);
  const admin = await connectBench(adminUrl);
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount) return false;
    await admin.query(`CREATE DATABASE ${name}`);
    return true;
  } finally {
    await admin.end();
  }
}

/** The reference codes a synthetic line may use: 功能 项 and the 部门经济 款 mapped for both categories. */
export async function benchCodes(client: pg.ClientBase, year: number): Promise<{ functional: string[]; deptEcon: string[] }> {
  const functional = await client.query<{ code: string }>(
    `SELECT code FROM "FunctionalCode" WHERE year = $1 AND length(code) = 7 ORDER BY code`,
    [year],
  );
  const deptEcon = await client.query<{ code: string }>(
    `SELECT "deptEconCode" AS code FROM "EconMapping" WHERE year = $1
     GROUP BY "deptEconCode" HAVING count(DISTINCT category) = 2 ORDER BY 1`,
    [year],
  );
  return { functional: functional.rows.map((r) => r.code), deptEcon: deptEcon.rows.map((r) => r.code) };
}

const BATCH = 20_000;

async function insertColumns(client: pg.ClientBase, table: string, columns: [string, string, unknown[]][]): Promise<void> {
  const rows = columns[0]?.[2].length ?? 0;
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  for (let from = 0; from < rows; from += BATCH) {
    const params = columns.map(([, , values]) => values.slice(from, from + BATCH));
    const selects = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
    await client.query(`INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${selects})`, params);
  }
}

/** Deletes every synthetic department of the region (with its data) and loads `data` for `year`. */
export async function replaceBenchData(client: pg.ClientBase, year: number, data: BenchDataset): Promise<void> {
  await client.query('BEGIN');
  try {
    const scope = `SELECT u.id FROM "Unit" u JOIN "Department" d ON d.id = u."departmentId" WHERE d.region = $1`;
    await client.query(`DELETE FROM "BudgetLine" WHERE "unitId" IN (${scope})`, [BENCH_REGION]);
    await client.query(`DELETE FROM "Project" WHERE "unitId" IN (${scope})`, [BENCH_REGION]);
    await client.query(`DELETE FROM "Unit" WHERE id IN (${scope})`, [BENCH_REGION]);
    await client.query(`DELETE FROM "Department" WHERE region = $1`, [BENCH_REGION]);
    const n = (count: number, value: unknown) => Array.from({ length: count }, () => value);
    const county = await client.query<{ id: string }>(
      `INSERT INTO "County" (id, code, name) VALUES (gen_random_uuid()::text, $1, $2)
       ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
      [BENCH_COUNTY_CODE, BENCH_REGION],
    );
    const countyId = county.rows[0]?.id;
    const { departments: d, units: u, projects: p, lines: l } = data;
    await insertColumns(client, 'Department', [
      ['id', 'text', d.map((x) => x.id)],
      ['code', 'text', d.map((x) => x.code)],
      ['name', 'text', d.map((x) => x.name)],
      ['region', 'text', n(d.length, BENCH_REGION)],
      ['countyId', 'text', n(d.length, countyId)],
    ]);
    await insertColumns(client, 'Unit', [
      ['id', 'text', u.map((x) => x.id)],
      ['departmentId', 'text', u.map((x) => x.departmentId)],
      ['code', 'text', u.map((x) => x.code)],
      ['name', 'text', u.map((x) => x.name)],
      ['type', '"UnitType"', u.map((x) => x.type)],
      ['govEconCategory', '"GovEconCategory"', u.map((x) => x.govEconCategory)],
      ['sortOrder', 'int', u.map((x) => x.sortOrder)],
    ]);
    await insertColumns(client, 'Project', [
      ['id', 'text', p.map((x) => x.id)],
      ['year', 'int', n(p.length, year)],
      ['unitId', 'text', p.map((x) => x.unitId)],
      ['name', 'text', p.map((x) => x.name)],
      ['attribute', '"ProjectAttribute"', p.map((x) => x.attribute)],
      ['sortOrder', 'int', p.map((x) => x.sortOrder)],
      ['updatedAt', 'timestamp', n(p.length, new Date(0).toISOString())],
    ]);
    await insertColumns(client, 'BudgetLine', [
      ['id', 'text', l.map((x) => x.id)],
      ['year', 'int', n(l.length, year)],
      ['unitId', 'text', l.map((x) => x.unitId)],
      ['functionalCode', 'text', l.map((x) => x.functionalCode)],
      ['deptEconCode', 'text', l.map((x) => x.deptEconCode)],
      ['kind', '"SpendingKind"', l.map((x) => x.kind)],
      ['projectId', 'text', l.map((x) => x.projectId)],
      ['fundingSource', '"FundingSource"', l.map((x) => x.fundingSource)],
      ['carryover', 'boolean', l.map((x) => x.carryover)],
      ['amountYuan', 'numeric', l.map((x) => x.amountYuan)],
      ['updatedAt', 'timestamp', n(l.length, new Date(0).toISOString())],
    ]);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
  await client.query('ANALYZE "BudgetLine"');
}

/** One 功能 类 of the floor: the 表1 支出, 表2 and 表3 columns as 元 strings. */
export interface FloorRow {
  classCode: string;
  table1: string[];
  table2: string[];
  table3: string[];
}

/**
 * The floor: the county's 表1–3 totals by 功能 类 in one GROUP BY over the lines, computed and
 * summed by PostgreSQL (numeric, exact). Columns follow the tables' order.
 */
export async function countyTotalsBySql(client: pg.ClientBase, year: number): Promise<FloorRow[]> {
  const result = await client.query<Record<string, string>>(
    `SELECT left(l."functionalCode", 3) AS class,
       sum(l."amountYuan") AS t_all,
       coalesce(sum(l."amountYuan") FILTER (WHERE NOT l.carryover), 0) AS t_current,
       coalesce(sum(l."amountYuan") FILTER (WHERE l.carryover), 0) AS t_carry,
       coalesce(sum(l."amountYuan") FILTER (WHERE NOT l.carryover AND l."fundingSource" = 'GENERAL_PUBLIC'), 0) AS s_gp,
       coalesce(sum(l."amountYuan") FILTER (WHERE NOT l.carryover AND l."fundingSource" = 'GOV_FUND'), 0) AS s_gf,
       coalesce(sum(l."amountYuan") FILTER (WHERE NOT l.carryover AND l."fundingSource" = 'STATE_CAPITAL'), 0) AS s_sc,
       coalesce(sum(l."amountYuan") FILTER (WHERE NOT l.carryover AND l."fundingSource" = 'SPECIAL_ACCOUNT'), 0) AS s_sa,
       coalesce(sum(l."amountYuan") FILTER (WHERE NOT l.carryover AND l."fundingSource" = 'UNIT_FUNDS'), 0) AS s_uf,
       coalesce(sum(l."amountYuan") FILTER (WHERE l.kind = 'BASIC'), 0) AS k_basic,
       coalesce(sum(l."amountYuan") FILTER (WHERE l.kind = 'PROJECT'), 0) AS k_project
     FROM "BudgetLine" l
     WHERE l.year = $1
     GROUP BY 1
     ORDER BY 1`,
    [year],
  );
  return result.rows.map((r) => {
    const v = (key: string): string => r[key] ?? '0';
    return {
      classCode: v('class'),
      table1: [v('t_all'), v('t_current'), v('t_carry')],
      table2: [v('t_current'), v('s_gp'), v('s_gf'), v('s_sc'), v('s_sa'), v('s_uf'), v('t_carry')],
      table3: [v('t_all'), v('k_basic'), v('k_project')],
    };
  });
}
