/**
 * Brings a database to the state the app expects: every migration applied, and the
 * reference codes + demo department seeded when the database is new (no fiscal year yet).
 * Shared by `npm start` and the report command so both work on a fresh data directory.
 */
import { createPrisma } from './client';
import { applyMigrations } from './migrate';
import { seedAll, type SeedSummary } from './seed';

export async function prepareDatabase(url: string): Promise<{ applied: string[]; seeded: SeedSummary | null }> {
  const { applied } = await applyMigrations(url);
  const prisma = createPrisma(url, { max: 1 });
  try {
    const seeded = (await prisma.fiscalYear.count()) === 0 ? await seedAll(prisma) : null;
    return { applied, seeded };
  } finally {
    await prisma.$disconnect();
  }
}
