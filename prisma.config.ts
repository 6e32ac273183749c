// Prisma CLI configuration. Only `prisma generate` is used by the CLI here (see
// scripts/prisma-generate.mjs); migrations run offline through lib/db/migrate.ts.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres' },
});
