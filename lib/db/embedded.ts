/**
 * The embedded default database: PGlite (PostgreSQL compiled to WASM) with its
 * data in `<dataDir>/pglite`, served over the PostgreSQL wire protocol so the app
 * reaches it through the same `@prisma/adapter-pg` path as a real server. One PGlite
 * instance is one session: callers keep one connection (EMBEDDED_DB=1 makes
 * lib/db/client.ts use a pool of 1).
 *
 * Access: @electric-sql/pglite-socket (0.2.17) has no authentication at all: it hands
 * the startup message to PGlite, which answers AuthenticationOk to any user and any
 * password. So the database is not served on a TCP port, where every local process
 * could reach it, but on a Unix socket `<dataDir>/run/.s.PGSQL.5432` in a directory
 * of mode 0700, the socket itself 0600: only this OS user can connect.
 *
 * A data directory must never be opened by two processes: a lock file holding
 * the owner's pid guards it, and a second instance fails with a clear message.
 */
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export class DataDirLockedError extends Error {}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes `<dataDir>/.lock` for this process, or throws DataDirLockedError naming the owner. */
export function lockDataDir(dataDir: string): () => void {
  const lockPath = path.join(dataDir, '.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
      if (Number.isInteger(owner) && (owner === process.pid || processAlive(owner))) {
        throw new DataDirLockedError(
          `数据目录 ${dataDir} 正被另一个实例使用（进程 ${owner}），请先停止它。Data directory is in use by process ${owner}.`,
        );
      }
      rmSync(lockPath, { force: true }); // stale lock of a dead process
    }
  }
  throw new DataDirLockedError(`无法锁定数据目录 ${dataDir}`);
}

/** Opens (creating if needed) the PGlite database in `dataDir` and serves it on its private Unix socket. */
export async function startEmbeddedDatabase(options: { dataDir: string }): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  try {
    const db = await PGlite.create(path.join(dataDir, 'pglite'));
    // Several short-lived clients (migrations, seed, the app) connect in turn; the
    // socket server queues their queries onto the one session and keeps an open
    // transaction with the client that started it.
    const socketDir = path.join(dataDir, 'run');
    mkdirSync(socketDir, { recursive: true, mode: 0o700 });
    chmodSync(socketDir, 0o700);
    const socketPath = path.join(socketDir, '.s.PGSQL.5432');
    rmSync(socketPath, { force: true }); // left by a process that died (the lock above is ours now)
    const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 8 });
    await server.start();
    chmodSync(socketPath, 0o600);
    const url = `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}&sslmode=disable`;
    let stopped = false;
    return {
      url,
      dataDir,
      async stop() {
        if (stopped) return;
        stopped = true;
        await server.stop();
        await db.close();
        rmSync(socketPath, { force: true });
        unlock();
      },
    };
  } catch (err) {
    unlock();
    throw err;
  }
}
