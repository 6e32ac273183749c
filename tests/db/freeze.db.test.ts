// 已批复 means frozen, in the database, against the role the app connects as. The role is made
// for this run (roles are cluster-wide), granted by the function `npm run db:migrate` uses, and
// dropped at the end. Department 045 / 2023 is accepted; 045 / 2024 is not.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantAppRole, privilegeWarning } from '@/lib/db/app-role';
import { describeInvariantViolation } from '@/lib/db/client';
import { createTestDatabase, withServer, type TestDatabase } from '../helpers/db';

const ROLE = `budget_app_test_${process.pid}`;
const FROZEN = /部门预算已批复，数据已冻结/;
const DENIED = /permission denied|must be owner/;

let db: TestDatabase;
let owner: pg.Client;
let app: pg.Client;
let appUrl = '';
let dept045 = '';

const line2023 = (id: string) => `INSERT INTO "BudgetLine" (id, year, "unitId", "functionalCode", "deptEconCode", kind, "fundingSource", "amountYuan", "updatedAt")
  VALUES ('${id}', 2023, 'u-045001', '2010306', '30201', 'BASIC', 'GENERAL_PUBLIC', 100, now())`;

/** The error the statement (and its commit) ends with; throws when it is not refused. */
async function refusalError(client: pg.Client, sql: string, params: unknown[] = []): Promise<Error> {
  await client.query('BEGIN');
  try {
    await client.query(sql, params);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    if (error instanceof Error) return error;
    throw error;
  }
  throw new Error(`not refused: ${sql}`);
}
const refusal = async (client: pg.Client, sql: string, params: unknown[] = []) => (await refusalError(client, sql, params)).message;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true, label: 'freeze' });
  owner = new pg.Client({ connectionString: db.url });
  await owner.connect();
  const result = await grantAppRole(owner, { role: ROLE, password: 'freeze-test' });
  expect(result).toEqual({ role: ROLE, created: true, canLogin: true });
  const url = new URL(db.url);
  url.username = ROLE;
  url.password = 'freeze-test';
  appUrl = url.toString();
  app = new pg.Client({ connectionString: appUrl });
  await app.connect();
  dept045 = (await owner.query<{ id: string }>(`SELECT id FROM "Department" WHERE code = '045'`)).rows[0]?.id ?? '';
  await owner.query(`UPDATE "DepartmentSubmission" SET status = 'ACCEPTED' WHERE "departmentId" = $1 AND year = 2023`, [dept045]);
  await owner.query(`INSERT INTO "AuditLog" (kind, reason) VALUES ('WORKFLOW', '已有审计记录')`);
  await owner.query(`INSERT INTO "PublishedReport" (id, "departmentId", year, version, "contentHash", content) VALUES ('snap-1', $1, 2023, 1, 'h1', '{}')`, [dept045]);
});

afterAll(async () => {
  await app?.end().catch(() => {});
  await owner?.end().catch(() => {});
  await db?.drop();
  await withServer((client) => client.query(`DROP ROLE IF EXISTS "${ROLE}"`));
});

describe('the app role', () => {
  it('is granted again on every db:migrate run, and never a superuser', async () => {
    expect(await grantAppRole(owner, { role: ROLE })).toEqual({ role: ROLE, created: false, canLogin: true });
    await expect(grantAppRole(owner, { role: 'postgres' })).rejects.toThrow('app role "postgres" is a superuser');
    const { rows } = await owner.query<{ privilege_type: string }>(
      `SELECT privilege_type FROM information_schema.role_table_grants WHERE grantee = $1 AND table_name = 'PublishedReport' ORDER BY 1`,
      [ROLE],
    );
    expect(rows.map((r) => r.privilege_type)).toEqual(['INSERT', 'SELECT']);
  });

  it('is neither superuser nor owner, so the start-up check is silent for it and warns for the owner', async () => {
    expect(await privilegeWarning(appUrl)).toBeNull();
    expect(await privilegeWarning(db.url)).toMatch(/superuser/);
  });

  it('cannot disable triggers, skip them by replication role, truncate, or create tables', async () => {
    expect(await refusal(app, 'ALTER TABLE "BudgetLine" DISABLE TRIGGER ALL')).toMatch(/must be owner/);
    expect(await refusal(app, 'ALTER TABLE "BudgetLine" DISABLE TRIGGER "inv_budget_line_frozen"')).toMatch(/must be owner/);
    expect(await refusal(app, 'SET session_replication_role = replica')).toMatch(/permission denied/);
    expect(await refusal(app, 'TRUNCATE "BudgetLine"')).toMatch(/permission denied/);
    expect(await refusal(app, 'CREATE TABLE "Sneaky" (id int)')).toMatch(/permission denied/);
    expect(await refusal(app, 'SELECT * FROM "_prisma_migrations"')).toMatch(/permission denied/);
  });
});

describe('an accepted department-year, as the app role', () => {
  it.each([
    ['UPDATE of a line', `UPDATE "BudgetLine" SET "amountYuan" = 1 WHERE id = 'l-045-001'`],
    ['INSERT of a new line', line2023('l-new-frozen')],
    ['DELETE of a line', `DELETE FROM "BudgetLine" WHERE id = 'l-045-001'`],
    ['moving a line to another year', `UPDATE "BudgetLine" SET year = 2024 WHERE id = 'l-045-001'`],
    ['renaming a project', `UPDATE "Project" SET name = '改名' WHERE id = 'p-workFunds'`],
    ['a 绩效目标申报表 change', `UPDATE "PerformanceForm" SET overview = '改' WHERE "projectId" = 'p-workFunds'`],
    ['a 绩效指标 change', `UPDATE "PerformanceIndicator" SET name = '改' WHERE "formId" IN (SELECT id FROM "PerformanceForm" WHERE "projectId" = 'p-workFunds')`],
    ['a 政府采购 entry', `INSERT INTO "ProcurementEntry" (id, year, "unitId", category, "itemName", "amountYuan", "updatedAt") VALUES ('pe-x', 2023, 'u-045001', 'GOODS', '电脑', 1, now())`],
    ['a 情况说明 section', `INSERT INTO "NarrativeSection" ("departmentId", year, key, title, body, "updatedAt") SELECT id, 2023, 'extra', '补充', '文字', now() FROM "Department" WHERE code = '045'`],
    ['the 上年数', `INSERT INTO "PriorYearFigures" ("departmentId", year, "totalIncome", "updatedAt") SELECT id, 2023, 1, now() FROM "Department" WHERE code = '045'`],
    ['a 增减变动原因', `INSERT INTO "ChangeReason" ("departmentId", year, subject, text, "updatedAt") SELECT id, 2023, 'functional:2010301', '新增人员', now() FROM "Department" WHERE code = '045'`],
    ['moving the status back without 撤销批复', `UPDATE "DepartmentSubmission" SET status = 'SUBMITTED' WHERE year = 2023`],
    ['deleting the status', `DELETE FROM "DepartmentSubmission" WHERE year = 2023`],
  ])('refuses %s with the freeze message, which maps to its invariant', async (_case, sql) => {
    const error = await refusalError(app, sql);
    expect(error.message).toMatch(FROZEN);
    expect(describeInvariantViolation(error)?.constraint).toBe('inv_frozen_when_accepted');
  });

  it('holds for the owner too (only the privileges differ)', async () => {
    expect(await refusal(owner, `UPDATE "BudgetLine" SET "amountYuan" = 1 WHERE id = 'l-045-001'`)).toMatch(FROZEN);
  });

  it('leaves 已批复 only with the 撤销批复 audit row in the same transaction (checked at commit)', async () => {
    const reopen = `UPDATE "DepartmentSubmission" SET status = 'RETURNED' WHERE "departmentId" = $1 AND year = 2023`;
    expect(await refusal(app, reopen, [dept045])).toMatch(/撤销批复须经审计/);
    await app.query('BEGIN');
    await app.query(reopen, [dept045]);
    await app.query(
      `INSERT INTO "AuditLog" (kind, entity, "departmentId", year, after, reason) VALUES ('WORKFLOW', 'DepartmentSubmission', $1, 2023, '{"action":"reopen","status":"RETURNED"}', '测试撤销')`,
      [dept045],
    );
    await app.query('COMMIT');
    expect((await app.query(`UPDATE "BudgetLine" SET "amountYuan" = 7 WHERE id = 'l-045-001'`)).rowCount).toBe(1);
    await owner.query(`UPDATE "DepartmentSubmission" SET status = 'ACCEPTED' WHERE "departmentId" = $1 AND year = 2023`, [dept045]);
    expect(await refusal(app, `UPDATE "BudgetLine" SET "amountYuan" = 8 WHERE id = 'l-045-001'`)).toMatch(FROZEN);
  });
});

describe('append-only tables', () => {
  it.each([
    ['UPDATE of the audit log', `UPDATE "AuditLog" SET reason = 'x'`],
    ['DELETE of the audit log', `DELETE FROM "AuditLog"`],
    ['UPDATE of a published snapshot', `UPDATE "PublishedReport" SET "contentHash" = 'forged'`],
    ['DELETE of a published snapshot', `DELETE FROM "PublishedReport"`],
    ['TRUNCATE of a published snapshot', `TRUNCATE "PublishedReport"`],
  ])('refuse %s, for the app (no privilege) and the owner (trigger)', async (_case, sql) => {
    expect(await refusal(app, sql)).toMatch(DENIED);
    expect(await refusal(owner, sql)).toMatch(/is append-only/);
  });

  it('accept the next snapshot version', async () => {
    await app.query(`INSERT INTO "PublishedReport" (id, "departmentId", year, version, "contentHash", content) VALUES ('snap-2', $1, 2023, 2, 'h2', '{}')`, [dept045]);
    const { rows } = await app.query<{ version: number }>(`SELECT version FROM "PublishedReport" WHERE "departmentId" = $1 ORDER BY version`, [dept045]);
    expect(rows.map((r) => r.version)).toEqual([1, 2]);
  });
});

describe('a department-year that is not accepted, as the app role', () => {
  it('takes a normal insert, update and delete', async () => {
    await app.query(line2023('l-2024-free').replace('2023', '2024'));
    expect((await app.query(`UPDATE "BudgetLine" SET "amountYuan" = 55.5 WHERE id = 'l-2024-free'`)).rowCount).toBe(1);
    expect((await app.query(`DELETE FROM "BudgetLine" WHERE id = 'l-2024-free'`)).rowCount).toBe(1);
  });
});
