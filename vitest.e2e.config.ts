import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/**
 * Browser journeys (tests/e2e/*.e2e.test.ts): each file starts the production app on its own
 * database cloned from the run's template (demo department 045 / 2023) and drives Chromium
 * (/usr/bin/chromium) with playwright-core. Run: `npx vitest run -c vitest.e2e.config.ts`.
 * Needs PostgreSQL (TEST_DATABASE_URL, as the db tests) and builds the app when the build is
 * missing or older than the sources (HTTP_TEST_BUILD=never uses .next as it is).
 */
export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
      // lib/services/read/* import 'server-only', which throws outside Next.js's react-server build.
      'server-only': fileURLToPath(new URL('tests/support/server-only.ts', import.meta.url)),
    },
  },
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // One journey file at a time: each runs a Next.js server and a browser on a 2-core machine.
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    // The first file may run `next build` (about 1.5 minutes) before its server starts.
    hookTimeout: 420_000,
  },
});
