/**
 * The only importer of the generated Prisma client. Everything else gets its client, its
 * types and its enums from here.
 *
 * Connections go through @prisma/adapter-pg. In embedded mode (`EMBEDDED_DB=1`) the server is
 * PGlite, which is ONE database session: the pool is then limited to one connection so that
 * transactions from different connections cannot interleave on that session.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import type Decimal from 'decimal.js';
import { Dec } from '@/lib/budget/money';
import { PrismaClient } from './generated/prisma/client';

export { Prisma, PrismaClient } from './generated/prisma/client';
export * from './generated/prisma/enums';
export type {
  AuditLog,
  BudgetLine,
  Department,
  DepartmentSubmission,
  DeptEconCode,
  EconMapping,
  FiscalYear,
  FunctionalCode,
  GovEconCode,
  LoginAttempt,
  NarrativeSection,
  PerformanceForm,
  PerformanceIndicator,
  PriorYearFigures,
  ProcurementEntry,
  Project,
  PublishedReport,
  Unit,
  UnitSubmission,
  User,
  UserUnitScope,
} from './generated/prisma/client';

/** A client or the client of an interactive transaction (`prisma.$transaction(async (tx) => …)`). */
export type Db = PrismaClient | Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/** Pool size: 1 against embedded PGlite (one session), otherwise `DATABASE_POOL_MAX` or 10. */
export function defaultPoolMax(env: NodeJS.ProcessEnv = process.env): number {
  if (env.EMBEDDED_DB === '1') return 1;
  const configured = Number(env.DATABASE_POOL_MAX);
  return Number.isInteger(configured) && configured > 0 ? configured : 10;
}

/** A new client for `url` (scripts, tests). The caller disconnects it. */
export function createPrisma(url: string, { max = defaultPoolMax() }: { max?: number } = {}): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max }) });
}

declare global {
  // One client per process, kept across Next.js dev reloads (which re-evaluate this module).
  var __budgetPrisma: PrismaClient | undefined;
}

/** The application's client, built on first use from `DATABASE_URL`. */
export function getPrisma(): PrismaClient {
  if (!globalThis.__budgetPrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set (see .env.example or run `npm start`, which sets it)');
    globalThis.__budgetPrisma = createPrisma(url);
  }
  return globalThis.__budgetPrisma;
}

/** Disconnects the application's client, if one was built. */
export async function disconnect(): Promise<void> {
  const client = globalThis.__budgetPrisma;
  globalThis.__budgetPrisma = undefined;
  await client?.$disconnect();
}

/**
 * Prisma's Decimal → the domain's decimal.js (`Dec` of lib/budget/money: its precision and
 * rounding). Both are decimal.js, but different copies, so go through the exact string form.
 * Writing needs no helper: Prisma accepts a decimal.js value or its string for a Decimal column.
 */
export function toDecimal(value: { toString(): string } | string | number): Decimal {
  return new Dec(typeof value === 'number' ? value : value.toString());
}

/** `toDecimal`, keeping null (unknown 上年数, blank 其他资金). */
export function toDecimalOrNull(value: { toString(): string } | null): Decimal | null {
  return value === null ? null : toDecimal(value);
}

export { describeDbError, describeInvariantViolation, probeDatabase } from './errors';
