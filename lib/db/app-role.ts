/**
 * Least privilege: the app connects as its own role (default `budget_app`), which is not a
 * superuser and owns nothing, so it can neither disable the inv_* triggers (ALTER TABLE needs
 * the owner) nor skip them (session_replication_role needs a superuser).
 *
 * `npm run db:migrate`, run with the owner's URL, applies the migrations and then calls
 * `grantAppRole` (tests call it too): it creates the role if missing — NOLOGIN unless a password
 * is given — and grants exactly what the app needs, again on every run, so new tables are covered:
 * - SELECT, INSERT, UPDATE, DELETE on the app's tables (no TRUNCATE, REFERENCES, TRIGGER);
 * - SELECT, INSERT only on AuditLog and PublishedReport (append-only, also by trigger);
 * - nothing on _prisma_migrations (only db:migrate reads it, as the owner);
 * - USAGE on the sequences (AuditLog, LoginAttempt ids); CONNECT, and USAGE on the schema;
 * - no CREATE anywhere: CREATE on the schema is revoked from PUBLIC (PostgreSQL ≥ 15's default).
 */
import pg from 'pg';

export const DEFAULT_APP_ROLE = 'budget_app';
const APPEND_ONLY = ['AuditLog', 'PublishedReport'];
const NOT_FOR_THE_APP = ['_prisma_migrations'];
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

type Query = Pick<pg.Client, 'query'>;
const ident = (name: string) => pg.escapeIdentifier(name);

export interface AppRoleResult {
  role: string;
  created: boolean;
  /** False for a NOLOGIN role: an operator gives it a password (`ALTER ROLE … LOGIN PASSWORD …`). */
  canLogin: boolean;
}

/** Creates the role if missing, then (re)grants exactly the app's privileges in the current schema. */
export async function grantAppRole(db: Query, { role = DEFAULT_APP_ROLE, password = null }: { role?: string; password?: string | null } = {}): Promise<AppRoleResult> {
  if (!ROLE_NAME.test(role)) throw new Error(`app role name "${role}" must match ${ROLE_NAME}`);
  await db.query('BEGIN');
  try {
    const existing = await db.query<{ rolsuper: boolean }>('SELECT rolsuper FROM pg_roles WHERE rolname = $1', [role]);
    const found = existing.rows[0];
    if (found?.rolsuper) throw new Error(`app role "${role}" is a superuser: choose another role for the app`);
    if (!found) await db.query(`CREATE ROLE ${ident(role)} ${password ? `LOGIN PASSWORD ${pg.escapeLiteral(password)}` : 'NOLOGIN'}`);
    else if (password) await db.query(`ALTER ROLE ${ident(role)} LOGIN PASSWORD ${pg.escapeLiteral(password)}`);
    const { rows } = await db.query<{ schema: string; database: string; owner: boolean }>(
      'SELECT current_schema() AS schema, current_database() AS database, current_user = $1 AS owner',
      [role],
    );
    const { schema, database, owner } = rows[0]!;
    if (owner) throw new Error(`the migrating user is "${role}" itself: migrate as the tables' owner, not as the app`);
    const tables = await db.query<{ name: string; mine: boolean }>(
      `SELECT c.relname AS name, pg_has_role($2, c.relowner, 'MEMBER') AS mine FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') ORDER BY 1`,
      [schema, role],
    );
    const owned = tables.rows.filter((t) => t.mine).map((t) => t.name);
    if (owned.length) throw new Error(`app role "${role}" owns ${owned.join(', ')}: the tables must belong to the migrating user`);
    const all = tables.rows.map((t) => `${ident(schema)}.${ident(t.name)}`).join(', ');
    const grantee = ident(role);
    await db.query(`REVOKE CREATE ON SCHEMA ${ident(schema)} FROM PUBLIC`);
    await db.query(`GRANT CONNECT ON DATABASE ${ident(database)} TO ${grantee}`);
    await db.query(`GRANT USAGE ON SCHEMA ${ident(schema)} TO ${grantee}`);
    if (all) {
      await db.query(`REVOKE ALL ON ${all} FROM ${grantee}`);
      await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${all} TO ${grantee}`);
    }
    for (const name of tables.rows.map((t) => t.name)) {
      const table = `${ident(schema)}.${ident(name)}`;
      if (APPEND_ONLY.includes(name)) await db.query(`REVOKE UPDATE, DELETE ON ${table} FROM ${grantee}`);
      if (NOT_FOR_THE_APP.includes(name)) await db.query(`REVOKE ALL ON ${table} FROM ${grantee}`);
    }
    await db.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${ident(schema)} FROM ${grantee}`);
    await db.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${ident(schema)} TO ${grantee}`);
    const login = await db.query<{ rolcanlogin: boolean }>('SELECT rolcanlogin FROM pg_roles WHERE rolname = $1', [role]);
    await db.query('COMMIT');
    return { role, created: !found, canLogin: login.rows[0]?.rolcanlogin ?? false };
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
}

/**
 * Why the connection's user is too powerful for the app (a superuser, or owner of the tables),
 * or null when it is a least-privilege role. `npm start` prints it as a warning.
 */
export async function privilegeWarning(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ who: string; superuser: boolean; owned: number }>(
      `SELECT current_user AS who, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
         (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND pg_has_role(current_user, c.relowner, 'MEMBER')) AS owned`,
    );
    const { who, superuser, owned } = rows[0]!;
    if (superuser) return `the app connects as "${who}", a superuser: it could disable the 已批复 freeze and the append-only triggers. Connect as ${DEFAULT_APP_ROLE} (README, Production setup).`;
    if (owned > 0) return `the app connects as "${who}", which owns ${owned} tables: it could disable the 已批复 freeze and the append-only triggers. Connect as ${DEFAULT_APP_ROLE} (README, Production setup).`;
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}
