// Runs `prisma generate` offline. The Prisma CLI insists on locating its native
// schema engine even for `generate`, which never executes it; pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file stops the download attempt.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const schema = fileURLToPath(new URL('../prisma/schema.prisma', import.meta.url));
if (!existsSync(schema)) {
  console.log('prisma/schema.prisma not found; skipping prisma generate');
  process.exit(0);
}
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
};
const result = spawnSync('npx', ['--no-install', 'prisma', 'generate', '--schema', schema], {
  stdio: 'inherit',
  env,
});
process.exit(result.status ?? 1);
