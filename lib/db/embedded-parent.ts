/**
 * In embedded mode the database lives in the parent process (scripts/start.ts) and `next start`
 * is its child. Should the parent die (killed, or PGlite crashed it), the child would go on
 * answering 500s and keep the port, so a new start would fail: instead it exits non-zero with
 * one line as soon as it notices (within a second), and the next start recovers (the data
 * directory's lock and socket of a dead process are taken over).
 */
export const PARENT_PID_VARIABLE = 'BUDGET_EMBEDDED_DB_PID';

export function exitWhenEmbeddedDatabaseGone(env: NodeJS.ProcessEnv = process.env): void {
  const parent = Number(env[PARENT_PID_VARIABLE]);
  if (!Number.isInteger(parent) || parent <= 0) return;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    console.error(`[budget] 嵌入式数据库进程 ${parent} 已退出，服务停止 / embedded database process ${parent} is gone; exiting.`);
    process.exit(1);
  }, 1000);
  timer.unref();
}
