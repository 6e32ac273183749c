/**
 * The load test's database: a fresh `budget_loadtest` on 127.0.0.1 (dropped and recreated on
 * every run), migrated, reference-seeded and loaded with the benchmark county (scripts/bench),
 * plus the simulated users of every role, signed in later through next-auth.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { hashPassword } from '../../lib/auth/password';
import { createPrisma } from '../../lib/db/client';
import { applyMigrations } from '../../lib/db/migrate';
import { seedReference } from '../../lib/db/seed';
import { generateCounty, scaledCounty } from '../bench/data';
import { benchCodes, replaceBenchData } from '../bench/repository';

export const YEAR = 2023;
export const PASSWORD = 'Load12345test';
const DATABASE = 'budget_loadtest';

export interface SimUser {
  username: string;
  role: 'UNIT_ACCOUNTANT' | 'DEPT_LEADER' | 'FINANCE_REVIEWER' | 'ADMIN';
  departmentCode: string | null;
  unitId: string | null;
  /** Lines of the accountant's unit this user edits (nobody else edits them): id → version. */
  lines: { id: string; version: number; amount: number }[];
}

export interface LoadtestData {
  url: string;
  departments: string[];
  accountants: SimUser[];
  leaders: SimUser[];
  reviewers: SimUser[];
  admins: SimUser[];
  lineCount: number;
  seedSeconds: number;
}

/** Re-reads the versions of the simulated users' lines (a run cut off by its deadline leaves saves unanswered). */
export async function refreshVersions(data: LoadtestData): Promise<void> {
  const lines = new Map(data.accountants.flatMap((u) => u.lines.map((l) => [l.id, l] as const)));
  const client = new pg.Client({ connectionString: data.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; version: number; amount: string }>(
      `SELECT id, version, "amountYuan"::text AS amount FROM "BudgetLine" WHERE id = ANY ($1)`,
      [[...lines.keys()]],
    );
    for (const row of rows) {
      const line = lines.get(row.id);
      if (line) {
        line.version = row.version;
        line.amount = Math.trunc(Number(row.amount));
      }
    }
  } finally {
    await client.end();
  }
}

function adminUrl(): string {
  return process.env.LOADTEST_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
}

export function loadtestDatabaseUrl(): string {
  const url = new URL(adminUrl());
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) throw new Error('loadtest: the database must be on this machine (127.0.0.1)');
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

/** Drops and recreates the database, loads the county and creates `accountants` accountants (one per unit, round robin over departments) and a few of every other role. */
export async function prepareLoadtestData({ scale, accountants }: { scale: number; accountants: number }): Promise<LoadtestData> {
  const started = performance.now();
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
  const url = loadtestDatabaseUrl();
  await applyMigrations(url);
  const prisma = createPrisma(url, { max: 2 });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await seedReference(prisma);
    const codes = await benchCodes(client, YEAR);
    const county = generateCounty(codes, 20230101, scaledCounty(scale));
    await replaceBenchData(client, YEAR, county);
    const hash = await hashPassword(PASSWORD);
    const users: SimUser[] = [];
    const insertUser = async (user: SimUser, departmentId: string | null) => {
      const id = randomUUID();
      await client.query(
        `INSERT INTO "User" (id, username, "displayName", "passwordHash", role, "departmentId", "mustChangePassword", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, false, now())`,
        [id, user.username, user.username, hash, user.role, departmentId],
      );
      if (user.unitId) await client.query(`INSERT INTO "UserUnitScope" ("userId", "unitId") VALUES ($1, $2)`, [id, user.unitId]);
      users.push(user);
    };
    // Accountants: unit k of department k mod D, so users spread over departments and units.
    const { departments, units } = county;
    for (let i = 0; i < accountants; i++) {
      const department = departments[i % departments.length];
      const ofDepartment = units.filter((u) => u.departmentId === department?.id);
      const unit = ofDepartment[Math.floor(i / departments.length) % ofDepartment.length];
      if (!department || !unit) throw new Error('loadtest: county too small');
      await insertUser({ username: `lt_acct_${i}`, role: 'UNIT_ACCOUNTANT', departmentCode: department.code, unitId: unit.id, lines: [] }, department.id);
    }
    for (let i = 0; i < Math.min(10, departments.length); i++) {
      const department = departments[i];
      if (department) await insertUser({ username: `lt_lead_${i}`, role: 'DEPT_LEADER', departmentCode: department.code, unitId: null, lines: [] }, department.id);
    }
    for (let i = 0; i < 5; i++) await insertUser({ username: `lt_review_${i}`, role: 'FINANCE_REVIEWER', departmentCode: null, unitId: null, lines: [] }, null);
    await insertUser({ username: 'lt_admin', role: 'ADMIN', departmentCode: null, unitId: null, lines: [] }, null);
    // Each accountant edits lines of its unit that no other simulated user touches.
    const byUnit = new Map<string, SimUser[]>();
    for (const u of users) if (u.unitId) byUnit.set(u.unitId, [...(byUnit.get(u.unitId) ?? []), u]);
    for (const [unitId, owners] of byUnit) {
      const { rows } = await client.query<{ id: string; version: number }>(
        `SELECT id, version FROM "BudgetLine" WHERE "unitId" = $1 AND year = $2 AND kind = 'BASIC' ORDER BY id LIMIT $3`,
        [unitId, YEAR, owners.length * 20],
      );
      rows.forEach((row, k) => owners[k % owners.length]?.lines.push({ id: row.id, version: row.version, amount: 100_000 + k }));
    }
    await client.query('ANALYZE');
    const role = (r: SimUser['role']) => users.filter((u) => u.role === r);
    return {
      url,
      departments: departments.map((d) => d.code),
      accountants: role('UNIT_ACCOUNTANT'),
      leaders: role('DEPT_LEADER'),
      reviewers: role('FINANCE_REVIEWER'),
      admins: role('ADMIN'),
      lineCount: county.lines.length,
      seedSeconds: (performance.now() - started) / 1000,
    };
  } finally {
    await client.end();
    await prisma.$disconnect();
  }
}
