/**
 * Entry points are generated from operations, read from the files as they are: every export of
 * an app/api route file is `route(<operation>)` and every export of a lib/actions file is
 * `action(<operation>)`, the operation imported from lib/services and declared there with
 * `defineOperation`. Where a service module is reached by both surfaces, both reach the same
 * operations (no action without its route, no route without its action).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** NextAuth's own handler is not an operation. */
const NOT_OPERATIONS = ['app/api/auth/[...nextauth]/route.ts'];

const routeFiles = readdirSync(join(ROOT, 'app', 'api'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('route.ts'))
  .map((file) => `app/api/${file}`)
  .sort();
const actionFiles = readdirSync(join(ROOT, 'lib', 'actions'))
  .filter((file) => file.endsWith('.ts') && file !== 'safe-action.ts')
  .map((file) => `lib/actions/${file}`);

interface Reached {
  /** The service module, e.g. `lib/services/projects.ts`. */
  module: string;
  /** The operation's declared name, e.g. `project.update`. */
  name: string;
}

/** `name` of `export const <identifier> = defineOperation({ name: '…'` in the module. */
function declaredName(module: string, identifier: string): string | undefined {
  const match = new RegExp(`export const ${identifier} = defineOperation\\(\\{\\s*name: '([^']+)'`).exec(read(module));
  return match?.[1];
}

/** The module each imported identifier comes from. */
function imports(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, names, from] of source.matchAll(/^import \{([^}]+)\} from '([^']+)';$/gm)) {
    for (const name of names!.split(',').map((n) => n.trim())) found.set(name, from!);
  }
  return found;
}

/**
 * Every statement of an entry file is an import, a blank line, a one-line comment or `export const X = wrap(op…);`
 * with `op` an operation imported from lib/services. Returns what it reaches, or the offending line.
 */
function entryPoints(file: string, wrap: 'route' | 'action', exportName: RegExp): { reached: Reached[]; offending: string[] } {
  const source = read(file);
  const imported = imports(source);
  const reached: Reached[] = [];
  const offending: string[] = [];
  for (const line of source.split('\n')) {
    if (line === '' || line === "'use server';" || /^import .* from '[^']+';$/.test(line)) continue;
    if (/^\/\*\*.*\*\/$/.test(line) || line.startsWith('// ')) continue; // a one-line doc comment naming the endpoint
    const match = new RegExp(`^export const (\\w+) = ${wrap}\\((\\w+)(, \\{[^}]*\\})?\\);$`).exec(line);
    const from = match && imported.get(match[2]!);
    const service = from?.startsWith('@/lib/services/') ? `${from.slice(2)}.ts` : null;
    const name = service && existsSync(join(ROOT, service)) ? declaredName(service, match![2]!) : undefined;
    if (match && exportName.test(match[1]!) && service && name) reached.push({ module: service, name });
    else offending.push(line);
  }
  return { reached, offending };
}

const routes = routeFiles.filter((file) => !NOT_OPERATIONS.includes(file));
const reachedByRoutes = routes.flatMap((file) => entryPoints(file, 'route', /^(GET|POST|PUT|PATCH|DELETE)$/).reached);
const reachedByActions = actionFiles.flatMap((file) => entryPoints(file, 'action', /^\w+Action$/).reached);

describe('route handlers', () => {
  it('finds the route files', () => {
    expect(routes.length).toBeGreaterThanOrEqual(15);
  });

  it.each(routes)('%s exports only route(<operation>)', (file) => {
    const { reached, offending } = entryPoints(file, 'route', /^(GET|POST|PUT|PATCH|DELETE)$/);
    expect(offending).toEqual([]);
    expect(reached.length).toBeGreaterThan(0);
  });
});

describe('server actions', () => {
  it.each(actionFiles)('%s exports only action(<operation>)', (file) => {
    const { reached, offending } = entryPoints(file, 'action', /^\w+Action$/);
    expect(offending).toEqual([]);
    expect(reached.length).toBeGreaterThan(0);
  });
});

describe('both surfaces', () => {
  const names = (reached: Reached[], module: string) => [...new Set(reached.filter((r) => r.module === module).map((r) => r.name))].sort();
  const modules = [...new Set(reachedByActions.map((r) => r.module))].filter((module) => reachedByRoutes.some((r) => r.module === module));

  it('share service modules', () => {
    expect(modules.length).toBeGreaterThan(0);
  });

  it.each(modules)('%s: the routes and the actions reach the same operations', (module) => {
    expect(names(reachedByActions, module)).toEqual(names(reachedByRoutes, module));
  });

  it('every action has its route', () => {
    const routed = new Set(reachedByRoutes.map((r) => r.name));
    expect(reachedByActions.map((r) => r.name).filter((name) => !routed.has(name))).toEqual([]);
  });
});
