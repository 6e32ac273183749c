/**
 * npm run db:seed: fiscal years 2022–2024, their reference codes, the demo department 045 / 2023
 * and one demo user per role (password Demo@2023). Idempotent: a second run changes nothing.
 */
import { createPrisma, describeDbError, probeDatabase } from '../lib/db/client';
import { seedAll } from '../lib/db/seed';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set, e.g. DATABASE_URL=postgresql://postgres@127.0.0.1:5432/budget npm run db:seed');
  process.exit(1);
}
try {
  await probeDatabase(url);
} catch (error) {
  console.error(describeDbError(error, url));
  process.exit(1);
}

const prisma = createPrisma(url, { max: 1 });
try {
  const started = performance.now();
  const summary = await seedAll(prisma);
  const ms = Math.round(performance.now() - started);
  console.log(
    `seeded years ${summary.years.join(', ')}; demo lines ${summary.demoLinesInserted ? 'inserted' : 'already present (left alone)'}; ` +
      `users created: ${summary.usersCreated.join(', ') || 'none'} (${ms} ms)`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
