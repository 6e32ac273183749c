/**
 * Prisma's schema engine, run in WebAssembly over a driver adapter: the Prisma CLI would
 * download a native engine, which cannot be done here (see docs/environment.md).
 *
 * Two ways to open it:
 * - `openLiveEngine(url, …)`: against a database through @prisma/adapter-pg (apply migrations);
 * - `openDetachedEngine(…)`: no database at all, for datamodel-to-datamodel diffs.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import pg from 'pg';

export type SchemaEngine = bindings.SchemaEngine;
export type { MigrationList } from '@prisma/schema-engine-wasm/schema_engine_bg';

export interface EngineHandle {
  engine: SchemaEngine;
  /** Messages the engine logged (JSON lines), newest last. */
  logs: string[];
  close(): Promise<void>;
}

let started: Promise<void> | null = null;

/** The package entry imports the .wasm file, which Node 20 cannot do: instantiate it ourselves, once. */
function startWasm(): Promise<void> {
  started ??= (async () => {
    const gluePath = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(gluePath.replace(/\.js$/, '.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': { ...bindings } });
    bindings.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (typeof start !== 'function') throw new Error('schema engine wasm has no __wbindgen_start export');
    start();
  })();
  return started;
}

async function open(datamodel: string, factory: SqlMigrationAwareDriverAdapterFactory): Promise<Omit<EngineHandle, 'close'>> {
  await startWasm();
  const logs: string[] = [];
  const engine = await bindings.SchemaEngine.new(
    { datamodels: [['schema.prisma', datamodel]] },
    (line: string) => void logs.push(line),
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  return { engine, logs };
}

/**
 * adapter-pg's `executeScript` splits the script on ";" and runs the pieces one by one: that
 * breaks dollar-quoted function bodies and leaves a failed migration half-applied. Send the
 * whole script as one simple query instead, which PostgreSQL runs as one implicit transaction
 * (what the native engine does): a migration either applies entirely or not at all.
 */
function runScriptsWhole(adapter: SqlDriverAdapter, pool: pg.Pool): SqlDriverAdapter {
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      if (!(error instanceof pg.DatabaseError)) throw error;
      throw new DriverAdapterError({
        kind: 'postgres',
        code: error.code ?? 'N/A',
        severity: error.severity ?? 'ERROR',
        message: error.message,
        detail: error.detail,
        column: error.column,
        hint: error.hint,
      });
    }
  };
  return adapter;
}

/** The engine against a live database. One connection: the migration advisory lock is per session. */
export async function openLiveEngine(databaseUrl: string, datamodel: string): Promise<EngineHandle> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const inner = new PrismaPg(pool);
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => runScriptsWhole(await inner.connect(), pool),
    connectToShadowDb: () => Promise.reject(new Error('no shadow database: migrations are generated from datamodel diffs')),
  };
  try {
    const { engine, logs } = await open(datamodel, factory);
    return {
      engine,
      logs,
      close: async () => {
        engine.free();
        await pool.end();
      },
    };
  } catch (error) {
    await pool.end();
    throw error;
  }
}

/**
 * The engine with no database: it only needs the answer to its start-up probe (schema exists,
 * server version). Any real query fails loudly.
 */
export async function openDetachedEngine(datamodel: string): Promise<EngineHandle> {
  const refuse = (what: string) => () => Promise.reject(new Error(`detached schema engine cannot ${what}`));
  const adapter: SqlDriverAdapter = {
    provider: 'postgres',
    adapterName: 'detached',
    queryRaw: async () => ({
      columnNames: ['exists', 'version', 'numeric_version'],
      columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
      rows: [[true, 'PostgreSQL 15.0', 150000]],
    }),
    executeRaw: refuse('execute SQL'),
    executeScript: refuse('run a script'),
    startTransaction: refuse('start a transaction'),
    dispose: async () => {},
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: 'postgres',
    adapterName: 'detached',
    connect: async () => adapter,
    connectToShadowDb: async () => adapter,
  };
  const { engine, logs } = await open(datamodel, factory);
  return { engine, logs, close: async () => engine.free() };
}
