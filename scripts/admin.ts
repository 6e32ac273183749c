/**
 * npm run admin -- unlock <username>
 *
 * Server-side account recovery: unlocks a locked account (the administrator's included) at once,
 * on the database named by DATABASE_URL or, when it is unset, on the embedded database of
 * ${DATA_DIR:-.data}: through the running app's socket, or opened here when the app is stopped.
 * Exit codes: 0 done; 2 no such user; 64 bad arguments; 1 anything else.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeDbError, disconnect } from '../lib/db/client';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../lib/db/embedded';
import { unlockUser } from '../lib/db/unlock';

const USAGE = '用法 usage: npm run admin -- unlock <username>';
const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = path.resolve(root, process.env.DATA_DIR ?? '.data');

async function main(): Promise<number> {
  const [command, username, ...rest] = process.argv.slice(2);
  if (command !== 'unlock' || !username || rest.length > 0) {
    console.error(USAGE);
    return 64;
  }
  let embedded: EmbeddedDatabase | null = null;
  if (!process.env.DATABASE_URL) {
    const socketDir = path.join(dataDir, 'run');
    if (existsSync(path.join(socketDir, '.s.PGSQL.5432'))) {
      process.env.DATABASE_URL = `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}&sslmode=disable`;
    } else {
      embedded = await startEmbeddedDatabase({ dataDir });
      process.env.DATABASE_URL = embedded.url;
    }
    process.env.EMBEDDED_DB = '1';
  }
  try {
    const outcome = await unlockUser(username);
    if (outcome === 'not-found') {
      console.error(`用户“${username}”不存在 / no such user`);
      return 2;
    }
    console.log(`已解除锁定：${username} / unlocked`);
    return 0;
  } catch (error) {
    console.error(`解除锁定失败 / unlock failed: ${describeDbError(error, process.env.DATABASE_URL ?? '')}`);
    return 1;
  } finally {
    await disconnect();
    await embedded?.stop();
  }
}

process.exit(await main());
