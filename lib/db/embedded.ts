/**
 * The embedded default database: PGlite (PostgreSQL compiled to WASM) with its
 * data in `<dataDir>/pglite`, served on a loopback port over the PostgreSQL wire
 * protocol so the app reaches it through the same `@prisma/adapter-pg` path as a
 * real server. One PGlite instance is one session: callers keep one connection
 * (EMBEDDED_DB=1 makes lib/db/client.ts use a pool of 1).
 *
 * A data directory must never be opened by two processes: a lock file holding
 * the owner's pid guards it, and a second instance fails with a clear message.
 */
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
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

/** Opens (creating if needed) the PGlite database in `dataDir` and serves it on 127.0.0.1. */
export async function startEmbeddedDatabase(options: { dataDir: string; port?: number }): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  try {
    const db = await PGlite.create(path.join(dataDir, 'pglite'));
    // Several short-lived clients (migrations, seed, the app) connect in turn; the
    // socket server queues their queries onto the one session and keeps an open
    // transaction with the client that started it.
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: options.port ?? 0, maxConnections: 8 });
    await server.start();
    const url = `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
    let stopped = false;
    return {
      url,
      dataDir,
      async stop() {
        if (stopped) return;
        stopped = true;
        await server.stop();
        await db.close();
        unlock();
      },
    };
  } catch (err) {
    unlock();
    throw err;
  }
}
