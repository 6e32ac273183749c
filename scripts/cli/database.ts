/**
 * The database of a command-line tool: DATABASE_URL when set (pool of 2), otherwise the embedded
 * PGlite database in ${DATA_DIR:-.data}, migrated and seeded when new as `npm start` leaves it, with
 * one connection (PGlite is one session). Each tool turns database errors into its own one-line message.
 */
import { startEmbeddedDatabase } from '../../lib/db/embedded';
import { prepareDatabase } from '../../lib/db/prepare';

export async function withCliDatabase<T>(work: (url: string, poolMax: number) => Promise<T>): Promise<T> {
  const given = process.env.DATABASE_URL;
  if (given) return work(given, 2);
  const embedded = await startEmbeddedDatabase({ dataDir: process.env.DATA_DIR ?? '.data' });
  try {
    await prepareDatabase(embedded.url);
    return await work(embedded.url, 1);
  } finally {
    await embedded.stop();
  }
}
