/**
 * Floors, read from the files: the data layer (lib/db) knows nothing of lib/auth, and lib/auth
 * knows nothing of the layers built on it (lib/services, lib/http, lib/actions).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** `folder/file: import line` for every import of `folder` (generated code excluded) from one of `forbidden`. */
function importsOf(folder: string, forbidden: string[]): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !file.startsWith('generated'))
    .flatMap((file) =>
      readFileSync(join(ROOT, folder, file), 'utf8')
        .split('\n')
        .filter((line) => /^(import|export) .* from '/.test(line) && forbidden.some((layer) => line.includes(`'${layer}/`) || line.includes(`'${layer}'`)))
        .map((line) => `${folder}/${file}: ${line}`),
    );
}

describe('floors', () => {
  it('lib/db imports nothing from lib/auth', () => {
    expect(importsOf('lib/db', ['@/lib/auth'])).toEqual([]);
  });

  it('lib/auth imports nothing from lib/services, lib/http or lib/actions', () => {
    expect(importsOf('lib/auth', ['@/lib/services', '@/lib/http', '@/lib/actions'])).toEqual([]);
  });
});
