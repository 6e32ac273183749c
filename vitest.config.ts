import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
      // lib/services/read/* import 'server-only', which throws outside Next.js's react-server build.
      'server-only': fileURLToPath(new URL('tests/support/server-only.ts', import.meta.url)),
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // Names the run's template database for *.db.test.ts (built lazily, dropped at the end).
    globalSetup: ['tests/global-setup.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Database test files each create their own database; keep parallelism modest on 2 cores.
    maxWorkers: 2,
  },
});
