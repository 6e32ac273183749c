/**
 * One readable line for "the database is not there": the start script and the CLI scripts
 * print it instead of a driver stack trace.
 */
import pg from 'pg';

interface Clues {
  codes: Set<string>;
  messages: string[];
  /** The server's own words: pg's DatabaseError message, the adapter's `originalMessage`. Prisma's
   * messages also quote the calling source code, so they are no evidence of what the server said. */
  serverMessages: string[];
}

/** Gathers error codes and messages from pg errors, AggregateErrors, causes and Prisma/adapter wrappers. */
function collect(value: unknown, clues: Clues, depth = 0): void {
  if (depth > 6 || typeof value !== 'object' || value === null) return;
  for (const key of ['code', 'kind', 'errorCode']) {
    const code: unknown = Reflect.get(value, key);
    if (typeof code === 'string') clues.codes.add(code);
  }
  if (value instanceof Error && value.message) clues.messages.push(value.message);
  const original: unknown = Reflect.get(value, 'originalMessage');
  if (typeof original === 'string') clues.serverMessages.push(original);
  if (value instanceof pg.DatabaseError) clues.serverMessages.push(value.message);
  if (value instanceof AggregateError) value.errors.forEach((e) => collect(e, clues, depth + 1));
  for (const key of ['cause', 'meta', 'driverAdapterError']) {
    collect(Reflect.get(value, key), clues, depth + 1);
  }
}

function where(url: string): { place: string; user: string; database: string } {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname || 'localhost';
    return {
      place: `${host}:${parsed.port || '5432'}`,
      user: decodeURIComponent(parsed.username) || 'postgres',
      database: decodeURIComponent(parsed.pathname.replace(/^\//, '')) || 'postgres',
    };
  } catch {
    return { place: '(unparseable DATABASE_URL)', user: '?', database: '?' };
  }
}

/** Causes in order of precedence: driver codes first, then Prisma/adapter kinds, then message text. */
const CAUSES: { codes: string[]; text?: RegExp; say: (who: { user: string; database: string }, text: string) => string }[] = [
  { codes: ['ECONNREFUSED'], text: /ECONNREFUSED/, say: () => 'connection refused (ECONNREFUSED) — is the server running there?' },
  { codes: ['ENOTFOUND', 'EAI_AGAIN'], text: /ENOTFOUND|EAI_AGAIN/, say: () => 'host not found (ENOTFOUND) — check the host in DATABASE_URL' },
  { codes: ['ETIMEDOUT', 'SocketTimeout'], text: /ETIMEDOUT|timeout/i, say: () => 'connection timed out — wrong host or a firewall?' },
  { codes: ['28P01', 'AuthenticationFailed', 'P1000'], text: /authentication failed/i, say: (w) => `authentication failed for user "${w.user}" — check user and password in DATABASE_URL` },
  { codes: [], text: /role "[^"]*" does not exist/, say: (w) => `role "${w.user}" does not exist — check the user in DATABASE_URL` },
  { codes: ['28000', 'DatabaseAccessDenied'], say: (w) => `access denied for user "${w.user}" — check pg_hba.conf and the user in DATABASE_URL` },
  { codes: ['3D000', 'DatabaseDoesNotExist', 'P1003'], say: (w) => `database "${w.database}" does not exist — create it (createdb ${w.database}) or fix DATABASE_URL` },
  { codes: ['DatabaseNotReachable', 'P1001'], text: /Can't reach database server/, say: () => 'server not reachable — is it running, and is the host/port in DATABASE_URL right?' },
  { codes: [], text: /Connection terminated/, say: () => 'the connection was closed during start-up — is this a PostgreSQL server?' },
];

/** E.g. `PostgreSQL at 127.0.0.1:5999 (database "budget"): connection refused (ECONNREFUSED) — is the server running there?` */
export function describeDbError(error: unknown, url: string): string {
  const clues: Clues = { codes: new Set(), messages: [], serverMessages: [] };
  collect(error, clues);
  const { place, user, database } = where(url);
  const text = clues.messages.join(' ');
  const rule = CAUSES.find((c) => c.codes.some((code) => clues.codes.has(code)) || c.text?.test(text));
  const fallback = (clues.messages.find((m) => m.trim()) ?? String(error)).trim().split('\n')[0];
  return `PostgreSQL at ${place} (database "${database}"): ${rule ? rule.say({ user, database }, text) : fallback}`;
}

/** Connects once and runs `SELECT 1`; throws the driver's own error (for `describeDbError`). */
export async function probeDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => {});
  }
}

/** What each hand-written invariant (prisma/migrations/…_invariants) means, for people. */
const INVARIANT_MESSAGES: Record<string, string> = {
  inv_budget_line_amount_nonneg: '金额不能为负数',
  inv_procurement_amount_nonneg: '政府采购金额不能为负数',
  inv_budget_line_functional_code: '功能分类科目须为7位项级编码',
  inv_budget_line_dept_econ_code: '部门经济分类科目须为5位款级编码',
  inv_budget_line_gov_econ_override: '政府经济分类科目须为5位款级编码',
  inv_budget_line_project_iff_project_kind: '项目支出须选择项目，基本支出不能关联项目',
  inv_budget_line_basic_econ_class: '基本支出只能使用301、302、303、310类经济科目',
  inv_budget_line_project_same_unit_year: '所选项目不属于本单位本年度',
  inv_procurement_project_same_unit_year: '所选项目不属于本单位本年度',
  inv_department_code: '部门编码须为3位数字',
  inv_functional_code_hierarchy: '功能分类编码须为3/5/7位，且上级为其前缀',
  inv_dept_econ_code_hierarchy: '部门经济分类编码须为3/5位，且上级为其前缀',
  inv_gov_econ_code_hierarchy: '政府经济分类编码须为3/5位，且上级为其前缀',
  inv_audit_log_append_only: '审计日志只能追加，不能修改或删除',
  inv_frozen_when_accepted: '部门预算已批复，数据已冻结，不能修改（如需修改，须由财政局审核撤销批复）',
  inv_published_report_append_only: '公开快照只能追加，不能修改或删除',
  inv_county_code: '县的行政区划代码须为6位数字',
  inv_county_fill: '数据须与其所属部门、单位在同一个县，且不能移到另一个县',
};

/** Trigger refusals carry no constraint name in their text: recognised by their message. */
const TRIGGER_MESSAGES: readonly [RegExp, string][] = [
  [/AuditLog is append-only/, 'inv_audit_log_append_only'],
  [/PublishedReport is append-only/, 'inv_published_report_append_only'],
  [/部门预算已批复，数据已冻结|撤销批复须经审计/, 'inv_frozen_when_accepted'],
  [/must be in the county of its owner|never moves to another county|unit of another county/, 'inv_county_fill'],
];

/** The invariant a database error broke, as `{ constraint, message }`; null for any other error. */
export function describeInvariantViolation(error: unknown): { constraint: string; message: string } | null {
  const clues: Clues = { codes: new Set(), messages: [], serverMessages: [] };
  collect(error, clues);
  for (const text of clues.serverMessages) {
    const constraint = /constraint "(inv_[a-z_]+)"/.exec(text)?.[1] ?? TRIGGER_MESSAGES.find(([pattern]) => pattern.test(text))?.[1] ?? null;
    const message = constraint ? INVARIANT_MESSAGES[constraint] : undefined;
    if (constraint && message) return { constraint, message };
  }
  return null;
}
