/**
 * A private copy of the production build for one journey file. The checkout's .next is shared:
 * a `next build` started by anyone else rewrites it under a running `next start`, whose pages
 * and server actions then fail at random. The journeys therefore run `next start` in a temporary
 * directory holding a copy of .next (without its cache, ~30 MB) and links to node_modules and
 * public. The copy is taken under the HTTP tests' build lock and retried if BUILD_ID changed.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withServer } from '../../helpers/db';
import { ensureBuild } from '../../http/server';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
const NEXT_DIR = join(ROOT, '.next');
const BUILD_ID = join(NEXT_DIR, 'BUILD_ID');

const buildId = () => (existsSync(BUILD_ID) ? readFileSync(BUILD_ID, 'utf8') : null);

function copyBuild(target: string): boolean {
  const before = buildId();
  if (!before) return false;
  cpSync(NEXT_DIR, join(target, '.next'), { recursive: true, verbatimSymlinks: true, filter: (source) => !source.startsWith(join(NEXT_DIR, 'cache')) });
  return buildId() === before && existsSync(join(target, '.next', 'BUILD_ID'));
}

/** Builds if needed (tests/http/server.ts), then copies the build; returns the directory to `next start` in. */
export async function snapshotBuild(): Promise<{ dir: string; remove(): void }> {
  await ensureBuild();
  for (let attempt = 1; attempt <= 10; attempt += 1) {
    const dir = mkdtempSync(join(tmpdir(), 'budget-e2e-'));
    const copied = await withServer(async (client) => {
      await client.query(`SELECT pg_advisory_lock(hashtext('budget-next-build'))`);
      try {
        return copyBuild(dir);
      } finally {
        await client.query(`SELECT pg_advisory_unlock(hashtext('budget-next-build'))`);
      }
    });
    if (copied) {
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
      symlinkSync(join(ROOT, 'public'), join(dir, 'public'));
      for (const file of ['next.config.js', 'package.json']) cpSync(join(ROOT, file), join(dir, file));
      return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
    }
    rmSync(dir, { recursive: true, force: true });
    // Someone is building right now: wait for the build to finish.
    await new Promise((resolve) => setTimeout(resolve, 5000));
  }
  throw new Error('could not copy a complete build of .next (a `next build` kept rewriting it); retry when it is done');
}
