/**
 * One app per journey file: a fresh database cloned from the run's template with the demo
 * department 045 / 2023 and its users (tests/helpers/db.ts), and the production server on it
 * (tests/http/server.ts: `next build` when the build is missing or stale, then `next start`).
 */
import { createTestDatabase, type TestDatabase } from '../../helpers/db';
import { startServer, type RunningServer } from '../../http/server';

export interface App {
  baseUrl: string;
  db: TestDatabase;
  server: RunningServer;
  stop(): Promise<void>;
}

export async function startApp(label: string): Promise<App> {
  const db = await createTestDatabase({ demo: true, label });
  let server: RunningServer;
  try {
    server = await startServer(db.url);
  } catch (error) {
    await db.drop();
    throw error;
  }
  return {
    baseUrl: server.baseUrl,
    db,
    server,
    stop: async () => {
      await server.stop();
      await db.drop();
    },
  };
}
