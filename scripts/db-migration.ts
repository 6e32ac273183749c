/**
 * npm run db:migration -- --name <name>           new migration from the schema.prisma changes
 * npm run db:migration -- --name <name> --empty   new empty migration for hand-written SQL
 * No database needed: the SQL is the diff between prisma/migrations/schema-snapshot.prisma and
 * prisma/schema.prisma (see prisma/README.md).
 */
import { relative } from 'node:path';
import { createMigration } from '../lib/db/migration-files';

const nameIndex = process.argv.indexOf('--name');
const name = nameIndex >= 0 ? process.argv[nameIndex + 1] : undefined;
if (!name) {
  console.error('usage: npm run db:migration -- --name <lower_case_name> [--empty]');
  process.exit(1);
}

try {
  const created = await createMigration({ name, empty: process.argv.includes('--empty') });
  if (!created) console.log('no changes: prisma/schema.prisma matches the latest migration');
  else console.log(`wrote ${relative(process.cwd(), created.dir)}/migration.sql`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
