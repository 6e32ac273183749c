// Real PostgreSQL: the county key (docs/scaling.md §3) is set by triggers (migration …_inv_county)
// from each row's owner, and the backfill fills a database built before it. Neither exists without
// a server.
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disconnect } from '@/lib/db/client';
import { describeInvariantViolation } from '@/lib/db/errors';
import { applyMigrations, MIGRATIONS_DIR } from '@/lib/db/migrate';
import { DEMO_COUNTY } from '@/lib/db/seed-demo';
import { createDepartment } from '@/lib/services/departments';
import { createLine } from '@/lib/services/lines';
import { execute } from '@/lib/services/operation';
import { createUnit } from '@/lib/services/units';
import { createUser } from '@/lib/services/users';
import { createEmptyDatabase, createTestDatabase, type TestDatabase } from '../helpers/db';
import { basicLine } from '../http/fixtures';
import { signedInAs, useDatabase } from './support/service-user';

/** Every county-owned table, its owner and the owner's key (null: a root, or no owner for that row). */
const OWNED: readonly [table: string, owner: string, join: string][] = [
  ['Unit', 'Department', 'o.id = x."departmentId"'],
  ['BudgetLine', 'Unit', 'o.id = x."unitId"'],
  ['Project', 'Unit', 'o.id = x."unitId"'],
  ['ProcurementEntry', 'Unit', 'o.id = x."unitId"'],
  ['UnitSubmission', 'Unit', 'o.id = x."unitId"'],
  ['FindingAcknowledgement', 'Unit', 'o.id = x."unitId"'],
  ['UserUnitScope', 'Unit', 'o.id = x."unitId"'],
  ['PerformanceForm', 'Project', 'o.id = x."projectId"'],
  ['PerformanceIndicator', 'PerformanceForm', 'o.id = x."formId"'],
  ['PriorYearFigures', 'Department', 'o.id = x."departmentId"'],
  ['NarrativeSection', 'Department', 'o.id = x."departmentId"'],
  ['ChangeReason', 'Department', 'o.id = x."departmentId"'],
  ['DepartmentSubmission', 'Department', 'o.id = x."departmentId"'],
  ['PublishedReport', 'Department', 'o.id = x."departmentId"'],
  ['User', 'Department', 'o.id = x."departmentId"'],
  ['AuditLog', 'Department', 'o.id = x."departmentId"'],
  ['DataVersion', 'Department', 'o.id = x.scope'],
  ['LoginAttempt', 'User', 'lower(o.username) = lower(x.username)'],
];

/** Per table: rows with an owner, and how many of them are not in the owner's county. */
async function ownership(prisma: TestDatabase['prisma']): Promise<Record<string, { owned: number; wrong: number }>> {
  const result: Record<string, { owned: number; wrong: number }> = {};
  for (const [table, owner, on] of OWNED) {
    const [row] = await prisma.$queryRawUnsafe<{ owned: number; wrong: number }[]>(
      `SELECT count(*)::int AS owned, count(*) FILTER (WHERE x."countyId" IS DISTINCT FROM o."countyId")::int AS wrong
         FROM "${table}" x JOIN "${owner}" o ON ${on}`,
    );
    result[table] = row ?? { owned: 0, wrong: 0 };
  }
  return result;
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: unknown) => describeInvariantViolation(error)?.constraint ?? String(error),
  );

describe('countyId on a running database', () => {
  let db: TestDatabase;
  let liulin = '';
  let linxian = '';
  let dept045 = '';
  let dept046 = '';
  let unit046 = '';

  beforeAll(async () => {
    db = await createTestDatabase({ demo: true, label: 'county' });
    await useDatabase(db);
    liulin = (await db.prisma.county.findUniqueOrThrow({ where: { code: DEMO_COUNTY.code } })).id;
    dept045 = (await db.prisma.department.findUniqueOrThrow({ where: { code: '045' } })).id;
  });
  afterAll(async () => {
    await disconnect();
    await db?.drop();
  });

  it('the demo seed puts every row in 柳林县 (141125): each row has the county of its owner', async () => {
    const counties = await db.prisma.county.findMany({ select: { code: true, name: true } });
    expect(counties).toEqual([{ code: '141125', name: '柳林县' }]);
    const department = await db.prisma.department.findUniqueOrThrow({ where: { code: '045' } });
    expect(department.countyId).toBe(liulin);
    const admin = await db.prisma.user.findUniqueOrThrow({ where: { username: 'admin' } });
    expect(admin).toMatchObject({ departmentId: null, countyId: liulin });
    const stats = await ownership(db.prisma);
    for (const table of ['Unit', 'BudgetLine', 'Project', 'ProcurementEntry', 'UnitSubmission', 'UserUnitScope', 'PerformanceForm', 'PerformanceIndicator', 'PriorYearFigures', 'NarrativeSection', 'DepartmentSubmission', 'User']) {
      expect(stats[table], table).toMatchObject({ wrong: 0 });
      expect(stats[table]?.owned, table).toBeGreaterThan(0);
    }
  });

  it('operations create rows in the county of their owner without naming it', async () => {
    const admin = await signedInAs(db, 'admin');
    const department = await execute(createDepartment, admin, { code: '101', name: '柳林县新建局', region: '柳林县' });
    const unit = await execute(createUnit, admin, { departmentCode: '101', code: '101001', name: '柳林县新建局本级', type: 'ADMINISTRATIVE' });
    const reviewer = await execute(createUser, admin, { username: 'shenhe2', displayName: '审核二', role: 'FINANCE_REVIEWER', password: 'Start12345', unitIds: [] });
    const accountant = await execute(createUser, admin, {
      username: 'caiwu101', displayName: '新建局财务', role: 'UNIT_ACCOUNTANT', departmentId: department.id, unitIds: [unit.id], password: 'Start12345',
    });
    await db.prisma.user.update({ where: { id: accountant.id }, data: { mustChangePassword: false } });
    const line = await execute(createLine, await signedInAs(db, 'caiwu101'), basicLine(unit.id, '12.34'));
    // Rows the demo seed does not have, written as the operations write them (no countyId).
    const units045 = await db.prisma.unit.findFirstOrThrow({ where: { departmentId: dept045 } });
    await db.prisma.changeReason.create({ data: { departmentId: department.id, year: 2023, subject: 'functional:2010301', text: '新增' } });
    await db.prisma.findingAcknowledgement.create({ data: { unitId: units045.id, year: 2023, ruleId: 'R', findingKey: 'k', userId: admin.id, userName: '系统管理员' } });
    await db.prisma.publishedReport.create({ data: { departmentId: department.id, year: 2022, contentHash: 'x', content: {} } });
    await db.prisma.loginAttempt.create({ data: { username: 'CAIWU101', success: false } });

    const countyOf = async (table: string, id: string) =>
      (await db.prisma.$queryRawUnsafe<{ countyId: string }[]>(`SELECT "countyId" FROM "${table}" WHERE id = $1`, id))[0]?.countyId;
    expect(await countyOf('Department', department.id)).toBe(liulin);
    expect(await countyOf('Unit', unit.id)).toBe(liulin);
    expect(await countyOf('User', reviewer.id)).toBe(liulin);
    expect(await countyOf('User', accountant.id)).toBe(liulin);
    expect(await countyOf('BudgetLine', line.id)).toBe(liulin);
    const stats = await ownership(db.prisma);
    for (const [table] of OWNED) {
      expect(stats[table], table).toMatchObject({ wrong: 0 });
      expect(stats[table]?.owned, table).toBeGreaterThan(0);
    }
    // The '*' data version (reference data) belongs to no county; the audit rows all to 柳林县.
    expect(await db.prisma.dataVersion.findUnique({ where: { scope: '*' }, select: { countyId: true } })).toMatchObject({ countyId: null });
    expect(await db.prisma.auditLog.count({ where: { countyId: { not: liulin } } })).toBe(0);
    expect(await db.prisma.auditLog.count({ where: { countyId: liulin } })).toBeGreaterThan(0);
  });

  it('a second county: its administrator creates departments there; a department naming no county is refused', async () => {
    linxian = (await db.prisma.county.create({ data: { code: '141124', name: '临县' } })).id;
    await db.prisma.user.create({ data: { username: 'admin2', displayName: '临县管理员', role: 'ADMIN', passwordHash: 'x', countyId: linxian } });
    const admin2 = await signedInAs(db, 'admin2');
    const department = await execute(createDepartment, admin2, { code: '046', name: '临县行政审批服务管理局', region: '临县' });
    dept046 = department.id;
    unit046 = (await execute(createUnit, admin2, { departmentCode: '046', code: '046001', name: '临县审批局本级', type: 'ADMINISTRATIVE' })).id;
    expect(await db.prisma.department.findUniqueOrThrow({ where: { id: dept046 } })).toMatchObject({ countyId: linxian });
    expect(await db.prisma.unit.findUniqueOrThrow({ where: { id: unit046 } })).toMatchObject({ countyId: linxian });
    expect(await db.prisma.departmentSubmission.count({ where: { departmentId: dept046, countyId: linxian } })).toBeGreaterThan(0);
    expect(await db.prisma.auditLog.count({ where: { departmentId: dept046, countyId: linxian } })).toBe(2); // 新建部门, 新建单位
    expect(await db.prisma.auditLog.count({ where: { departmentId: dept046, countyId: { not: linxian } } })).toBe(0);
    // With two counties the database cannot guess: a department or an administrator needs its county.
    await expect(db.prisma.department.create({ data: { code: '047', name: '无县部门', region: '' } })).rejects.toThrow(/needs its county/);
    await expect(db.prisma.user.create({ data: { username: 'nobody', displayName: '无县', role: 'ADMIN', passwordHash: 'x' } })).rejects.toThrow(/needs its county/);
    // A user of a department takes the department's county.
    const leader = await db.prisma.user.create({ data: { username: 'lingdao46', displayName: '临县领导', role: 'DEPT_LEADER', passwordHash: 'x', departmentId: dept046 } });
    expect(leader.countyId).toBe(linxian);
  });

  it('a row is never in another county than its owner, nor moved to another county', async () => {
    const unit045 = (await db.prisma.unit.findFirstOrThrow({ where: { departmentId: dept045 } })).id;
    expect(await refusal(db.prisma.unit.create({ data: { departmentId: dept045, code: '045999', name: '错县单位', type: 'ADMINISTRATIVE', govEconCategory: 'ORGAN', countyId: linxian } }))).toBe('inv_county_fill');
    expect(await refusal(db.prisma.budgetLine.create({ data: { ...basicLine(unit045, '1.00'), kind: 'BASIC', fundingSource: 'GENERAL_PUBLIC', countyId: linxian } }))).toBe('inv_county_fill');
    expect(await refusal(db.prisma.departmentSubmission.create({ data: { departmentId: dept046, year: 2022, countyId: liulin } }))).toBe('inv_county_fill');
    // The right county, given explicitly, is accepted.
    const line = await db.prisma.budgetLine.create({ data: { ...basicLine(unit045, '1.00'), kind: 'BASIC', fundingSource: 'GENERAL_PUBLIC', countyId: liulin } });
    expect(line.countyId).toBe(liulin);
    // Moves: by countyId, or by an owner in another county.
    expect(await refusal(db.prisma.$executeRawUnsafe(`UPDATE "BudgetLine" SET "countyId" = $1 WHERE id = $2`, linxian, line.id))).toBe('inv_county_fill');
    expect(await refusal(db.prisma.$executeRawUnsafe(`UPDATE "BudgetLine" SET "unitId" = $1 WHERE id = $2`, unit046, line.id))).toBe('inv_county_fill');
    expect(await refusal(db.prisma.$executeRawUnsafe(`UPDATE "Unit" SET "departmentId" = $1 WHERE id = $2`, dept046, unit045))).toBe('inv_county_fill');
    expect(await refusal(db.prisma.department.update({ where: { id: dept046 }, data: { countyId: liulin } }))).toBe('inv_county_fill');
    // A 单位财务 of 柳林县 cannot be given a unit of 临县.
    const caiwu = await db.prisma.user.findUniqueOrThrow({ where: { username: 'caiwu' } });
    expect(await refusal(db.prisma.userUnitScope.create({ data: { userId: caiwu.id, unitId: unit046 } }))).toBe('inv_county_fill');
    // An owner that does not exist is still the foreign key's refusal (P2003), not a missing county.
    await expect(db.prisma.budgetLine.create({ data: { ...basicLine('no-such-unit', '1.00'), kind: 'BASIC', fundingSource: 'GENERAL_PUBLIC' } })).rejects.toMatchObject({ code: 'P2003' });
    // Moves within the county stay possible.
    const other045 = await db.prisma.unit.findFirstOrThrow({ where: { departmentId: dept045, id: { not: unit045 } } });
    await db.prisma.budgetLine.update({ where: { id: line.id }, data: { unitId: other045.id } });
    expect(await db.prisma.budgetLine.findUniqueOrThrow({ where: { id: line.id } })).toMatchObject({ countyId: liulin, unitId: other045.id });
    await db.prisma.budgetLine.delete({ where: { id: line.id } });
  });

  it('the county code is a 6-digit 行政区划代码', async () => {
    expect(await refusal(db.prisma.county.create({ data: { code: '14112', name: '五位县' } }))).toBe('inv_county_code');
  });
});

describe('the backfill of a database built before the county key', () => {
  let empty: Awaited<ReturnType<typeof createEmptyDatabase>>;
  let before = '';

  beforeAll(async () => {
    empty = await createEmptyDatabase('county_backfill');
    before = await mkdtemp(join(tmpdir(), 'migrations-before-county-'));
    const names = await readdir(MIGRATIONS_DIR);
    const first = names.find((n) => /^\d{14}_county$/.test(n));
    if (!first) throw new Error('no …_county migration');
    for (const name of names.filter((n) => n === 'migration_lock.toml' || (/^\d{14}_/.test(n) && n < first))) {
      await cp(join(MIGRATIONS_DIR, name), join(before, name), { recursive: true });
    }
  });
  afterAll(async () => {
    await empty?.drop();
    if (before) await rm(before, { recursive: true, force: true });
  });

  it('creates a County per region and fills every row from its owner, frozen and append-only rows included; then NOT NULL', async () => {
    await applyMigrations(empty.url, { migrationsDir: before });
    const client = new pg.Client({ connectionString: empty.url });
    await client.connect();
    try {
      const q = (text: string) => client.query(text);
      await q(`INSERT INTO "FiscalYear" (year) VALUES (2023)`);
      await q(`INSERT INTO "FunctionalCode" (year, code, name, "parentCode") VALUES (2023, '201', '一般公共服务支出', NULL), (2023, '20103', '政府办公厅', '201'), (2023, '2010301', '行政运行', '20103')`);
      await q(`INSERT INTO "DeptEconCode" (year, code, name, "parentCode") VALUES (2023, '301', '工资福利支出', NULL), (2023, '30101', '基本工资', '301')`);
      await q(`INSERT INTO "Department" (id, code, name, region) VALUES ('d45', '045', '柳林县行政审批服务管理局', '柳林县'), ('d47', '047', '柳林县另一局', '柳林县'), ('d46', '046', '无地区部门', ' ')`);
      await q(`INSERT INTO "Unit" (id, "departmentId", code, name, type, "govEconCategory") VALUES ('u45', 'd45', '045001', '本级', 'ADMINISTRATIVE', 'ORGAN'), ('u46', 'd46', '046001', '本级', 'ADMINISTRATIVE', 'ORGAN')`);
      await q(`INSERT INTO "BudgetLine" (id, year, "unitId", "functionalCode", "deptEconCode", kind, "fundingSource", "amountYuan", "updatedAt") VALUES ('l45', 2023, 'u45', '2010301', '30101', 'BASIC', 'GENERAL_PUBLIC', 10, now()), ('l46', 2023, 'u46', '2010301', '30101', 'BASIC', 'GENERAL_PUBLIC', 5, now())`);
      // 045/2023 is 已批复: its line is frozen, and the backfill still fills it.
      await q(`INSERT INTO "DepartmentSubmission" (id, "departmentId", year, status, "updatedAt") VALUES ('s45', 'd45', 2023, 'ACCEPTED', now())`);
      await q(`INSERT INTO "User" (id, username, "displayName", "passwordHash", role, "departmentId", "updatedAt") VALUES ('admin', 'admin', '系统管理员', 'x', 'ADMIN', NULL, now()), ('lead46', 'lingdao46', '领导', 'x', 'DEPT_LEADER', 'd46', now())`);
      await q(`INSERT INTO "UserUnitScope" ("userId", "unitId") VALUES ('lead46', 'u46')`);
      await q(`INSERT INTO "AuditLog" (kind, "departmentId") VALUES ('WORKFLOW', 'd46')`);
      await q(`INSERT INTO "AuditLog" (kind, "actorId") VALUES ('USER_CHANGE', 'admin')`);
      await q(`INSERT INTO "LoginAttempt" (username, success) VALUES ('Admin', true), ('nobody', false)`);
    } finally {
      await client.end();
    }

    const { applied } = await applyMigrations(empty.url);
    expect(applied.some((name) => name.endsWith('_inv_county'))).toBe(true);

    const after = new pg.Client({ connectionString: empty.url });
    await after.connect();
    try {
      const rows = async (text: string) => (await after.query(text)).rows;
      expect(await rows(`SELECT code, name FROM "County" ORDER BY code`)).toEqual([
        { code: '000001', name: '未命名县' },
        { code: '141125', name: '柳林县' },
      ]);
      const county = async (table: string, where: string) =>
        (await rows(`SELECT c.code FROM "${table}" x JOIN "County" c ON c.id = x."countyId" WHERE ${where}`)).map((r: { code: string }) => r.code);
      expect(await county('Department', `true ORDER BY x.code`)).toEqual(['141125', '000001', '141125']);
      expect(await county('Unit', `x.id = 'u46'`)).toEqual(['000001']);
      expect(await county('BudgetLine', `true ORDER BY x.id`)).toEqual(['141125', '000001']);
      expect(await county('DepartmentSubmission', `true`)).toEqual(['141125']);
      expect(await county('UserUnitScope', `true`)).toEqual(['000001']);
      // A user without a department: the county with the most departments.
      expect(await county('User', `true ORDER BY x.id`)).toEqual(['141125', '000001']);
      expect(await county('AuditLog', `true ORDER BY x.id`)).toEqual(['000001', '141125']);
      // Two counties: the attempt for an unknown username has none (the column is nullable there).
      expect(await rows(`SELECT username, "countyId" IS NOT NULL AS known FROM "LoginAttempt" ORDER BY id`)).toEqual([
        { username: 'Admin', known: true },
        { username: 'nobody', known: false },
      ]);
      expect(await rows(`SELECT scope, "countyId" FROM "DataVersion" WHERE scope = '*'`)).toEqual([{ scope: '*', countyId: null }]);
      const nullable = await rows(`SELECT table_name, is_nullable FROM information_schema.columns WHERE column_name = 'countyId' ORDER BY table_name`);
      expect(nullable.filter((r: { is_nullable: string }) => r.is_nullable === 'YES').map((r: { table_name: string }) => r.table_name)).toEqual(['AuditLog', 'DataVersion', 'LoginAttempt']);
      expect(nullable).toHaveLength(19);
      // The frozen line is still frozen: the triggers are back on.
      await expect(after.query(`UPDATE "BudgetLine" SET "amountYuan" = 11 WHERE id = 'l45'`)).rejects.toThrow(/已批复/);
      // And new rows get their county.
      await after.query(`INSERT INTO "Unit" (id, "departmentId", code, name, type, "govEconCategory") VALUES ('u47', 'd47', '047001', '本级', 'ADMINISTRATIVE', 'ORGAN')`);
      expect(await county('Unit', `x.id = 'u47'`)).toEqual(['141125']);
    } finally {
      await after.end();
    }
  });
});

describe('the cut-over keys (prisma/citus/1-keys.sql) on plain PostgreSQL', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({ demo: true, label: 'county_keys' });
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('put countyId in every key and foreign key between county tables, and keep the data', async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const lines = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "BudgetLine"`)).rows[0]?.n;
      await client.query(`INSERT INTO "LoginAttempt" (username, success) VALUES ('nobody', false)`);
      await client.query(await readFile(join(MIGRATIONS_DIR, '..', 'citus', '1-keys.sql'), 'utf8'));
      const keys = await client.query<{ table: string; key: string }>(
        `SELECT conrelid::regclass::text AS table, pg_get_constraintdef(oid) AS key FROM pg_constraint
          WHERE contype = 'p' AND conrelid::regclass::text IN ('"BudgetLine"', '"Department"', '"DataVersion"', '"UserUnitScope"') ORDER BY 1`,
      );
      expect(keys.rows).toEqual([
        { table: '"BudgetLine"', key: 'PRIMARY KEY ("countyId", id)' },
        { table: '"DataVersion"', key: 'PRIMARY KEY ("countyId", scope)' },
        { table: '"Department"', key: 'PRIMARY KEY ("countyId", id)' },
        { table: '"UserUnitScope"', key: 'PRIMARY KEY ("countyId", "userId", "unitId")' },
      ]);
      expect((await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "BudgetLine"`)).rows[0]?.n).toBe(lines);
      // No NULL county left: the unknown username's attempt went to the pseudo-county 000000.
      const nulls = await client.query(`SELECT
        (SELECT count(*) FROM "LoginAttempt" WHERE "countyId" IS NULL) + (SELECT count(*) FROM "AuditLog" WHERE "countyId" IS NULL)
        + (SELECT count(*) FROM "DataVersion" WHERE "countyId" IS NULL) AS n`);
      expect(Number(nulls.rows[0]?.n)).toBe(0);
      // Without the triggers, the composite foreign key alone refuses a line in another county than its unit.
      const other = (await client.query<{ id: string }>(`INSERT INTO "County" (id, code, name) VALUES ('c2', '141124', '临县') RETURNING id`)).rows[0]?.id;
      await client.query(`DROP TRIGGER "inv_county_fill" ON "BudgetLine"`);
      await expect(
        client.query(
          `INSERT INTO "BudgetLine" (id, "countyId", year, "unitId", "functionalCode", "deptEconCode", kind, "fundingSource", "amountYuan", "updatedAt")
           SELECT 'x', $1, 2023, id, '2010301', '30201', 'BASIC', 'GENERAL_PUBLIC', 1, now() FROM "Unit" LIMIT 1`,
          [other],
        ),
      ).rejects.toThrow(/BudgetLine_unitId_fkey/);
      // A reference-data change still bumps the '*' version, now in the pseudo-county.
      const before = await client.query<{ version: string }>(`SELECT version::text FROM "DataVersion" WHERE scope = '*'`);
      await client.query(`UPDATE "FunctionalCode" SET name = name || '' WHERE year = 2023 AND code = '201'`);
      const after = await client.query<{ version: string; code: string }>(
        `SELECT v.version::text, c.code FROM "DataVersion" v JOIN "County" c ON c.id = v."countyId" WHERE scope = '*'`,
      );
      expect(after.rows).toEqual([{ version: String(Number(before.rows[0]?.version ?? 0) + 1), code: '000000' }]);
    } finally {
      await client.end();
    }
  });
});
