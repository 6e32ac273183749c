/**
 * vitest globalSetup. Database tests clone ONE template database per run (migrations + reference
 * seed), built lazily by the first test file that asks for a database (tests/helpers/db.ts), so a
 * run of pure tests never touches PostgreSQL. This file names the template, shares the server URL
 * with the workers and, at teardown, drops the template and any test database a crashed file left.
 */
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

export interface DbTestConfig {
  /** A maintenance database on the server (TEST_DATABASE_URL); test databases are created beside it. */
  serverUrl: string;
  /** The run's template database: migrations + reference seed. */
  template: string;
  /** Prefix of this run's per-file databases. */
  prefix: string;
  /** Written by the worker that creates the template: teardown connects only when it exists. */
  markerFile: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    db: DbTestConfig;
  }
}

export default function setup(project: TestProject) {
  const template = `budget_tpl_${process.pid}`;
  const config: DbTestConfig = {
    serverUrl: process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
    template,
    prefix: `budget_test_${process.pid}_`,
    markerFile: join(tmpdir(), `${template}.created`),
  };
  project.provide('db', config);

  return async function teardown() {
    if (!existsSync(config.markerFile)) return; // no database test ran
    const client = new pg.Client({ connectionString: config.serverUrl, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      const { rows } = await client.query<{ datname: string }>(
        'SELECT datname FROM pg_database WHERE datname = $1 OR starts_with(datname, $2)',
        [config.template, config.prefix],
      );
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    } finally {
      await client.end();
      rmSync(config.markerFile, { force: true });
    }
  };
}
