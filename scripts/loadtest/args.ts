/**
 * npm run loadtest — its command line, parsed and checked without side effects (tested in
 * tests/scripts/loadtest-args.test.ts). Every run is bounded: durations, connections and users
 * have upper limits, and the target is always 127.0.0.1.
 */

export const ENDPOINTS = ['report-json', 'report-html', 'report-xlsx', 'line-save', 'lines-page', 'county-page'] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

export interface LoadtestOptions {
  /** Closed-loop seconds per endpoint (null: the per-endpoint defaults of CLOSED_DEFAULTS). */
  duration: number | null;
  /** Closed-loop connections (null: the per-endpoint defaults). */
  connections: number | null;
  /** Which closed-loop endpoints run (all by default; [] with --mix-only). */
  endpoints: Endpoint[];
  /** Open-loop deadline mix: simulated users and seconds (0 seconds: no mix). */
  users: number;
  mixSeconds: number;
  /** Think time between a user's requests, ms. */
  thinkMs: [number, number];
  /** Soak: seconds of the mix after a warm-up mix, with RSS sampled (0: none). */
  soakSeconds: number;
  /** Multiplier of the benchmark county (1 = 150 departments, 100,000 lines). */
  scale: number;
  /** Directory for the server's CPU profile (node --cpu-prof), or null. */
  profileDir: string | null;
  /** Take heap snapshots of the server before and after the soak (SIGUSR2). */
  heapSnapshots: boolean;
  /** Write the result block into docs/benchmarks.md. */
  writeDoc: boolean;
  quick: boolean;
  /** Label of the run in the printed table and the doc block (e.g. "before", "after"). */
  label: string;
  port: number | null;
  /** Server processes (scripts/serve.mjs, WEB_CONCURRENCY): 1 = one Node process, as `next start`. */
  instances: number;
}

/** Per-endpoint closed-loop defaults, as measured in issue 13: [connections, seconds]. */
export const CLOSED_DEFAULTS: Record<Endpoint, [number, number]> = {
  'report-json': [15, 60],
  'line-save': [15, 60],
  'report-xlsx': [10, 20],
  'report-html': [10, 20],
  'lines-page': [10, 20],
  'county-page': [10, 20],
};

export const LIMITS = { duration: 600, connections: 200, users: 500, mixSeconds: 1800, soakSeconds: 3600, scale: 10, instances: 8 } as const;

const QUICK: Partial<LoadtestOptions> = { duration: 2, connections: 8, users: 20, mixSeconds: 6, thinkMs: [200, 600] };

export const USAGE = `usage: npm run loadtest -- [options]
  --quick               ~20 s in all: 2 s per endpoint, 8 connections, a 6 s mix of 20 users
  --duration <s>        closed-loop seconds per endpoint (default: 60 for report-json/line-save, 20 otherwise)
  --connections <n>     closed-loop connections (default: 15 for report-json/line-save, 10 otherwise)
  --only <a,b,…>        closed-loop endpoints: ${ENDPOINTS.join(', ')}
  --mix-only            no closed-loop runs
  --users <n>           users of the open-loop mix (default 50)
  --mix <s>             seconds of the mix (default 120; 0 = none)
  --think <min-max>     think time in ms (default 1000-3000)
  --soak <s>            after the mix, soak that long with RSS sampling (default 0)
  --heap-snapshots      server heap snapshots before and after the soak (into the profile dir or .loadtest/)
  --profile <dir>       CPU profile of the server (node --cpu-prof) into <dir>
  --scale <x>           benchmark county size multiplier, 0.1–${LIMITS.scale} (default 1)
  --label <text>        name of the run in the output (default "run")
  --port <n>            port on 127.0.0.1 (default: a free one)
  --instances <n>       server processes sharing the port (scripts/serve.mjs, WEB_CONCURRENCY; default 1)
  --no-doc              do not write docs/benchmarks.md`;

export class UsageError extends Error {}

function number(flag: string, raw: string | undefined, min: number, max: number, integer = true): number {
  if (raw === undefined || raw.startsWith('--')) throw new UsageError(`${flag} needs a value`);
  const value = Number(raw);
  if (!Number.isFinite(value) || (integer && !Number.isInteger(value))) throw new UsageError(`${flag}: "${raw}" is not ${integer ? 'an integer' : 'a number'}`);
  if (value < min || value > max) throw new UsageError(`${flag}: ${value} is outside ${min}–${max}`);
  return value;
}

/** Parses argv (without node and the script); throws UsageError with a one-line reason. */
export function parseLoadtestArgs(argv: readonly string[]): LoadtestOptions {
  const options: LoadtestOptions = {
    duration: null,
    connections: null,
    endpoints: [...ENDPOINTS],
    users: 50,
    mixSeconds: 120,
    thinkMs: [1000, 3000],
    soakSeconds: 0,
    scale: 1,
    profileDir: null,
    heapSnapshots: false,
    writeDoc: true,
    quick: false,
    label: 'run',
    port: null,
    instances: 1,
  };
  const explicit = new Set<keyof LoadtestOptions>();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    const next = () => argv[++i];
    const set = <K extends keyof LoadtestOptions>(key: K, value: LoadtestOptions[K]) => {
      options[key] = value;
      explicit.add(key);
    };
    switch (flag) {
      case '--quick':
        options.quick = true;
        break;
      case '--duration':
        set('duration', number(flag, next(), 1, LIMITS.duration));
        break;
      case '--connections':
        set('connections', number(flag, next(), 1, LIMITS.connections));
        break;
      case '--users':
        set('users', number(flag, next(), 1, LIMITS.users));
        break;
      case '--mix':
        set('mixSeconds', number(flag, next(), 0, LIMITS.mixSeconds));
        break;
      case '--soak':
        set('soakSeconds', number(flag, next(), 0, LIMITS.soakSeconds));
        break;
      case '--scale':
        set('scale', number(flag, next(), 0.1, LIMITS.scale, false));
        break;
      case '--port':
        set('port', number(flag, next(), 1024, 65535));
        break;
      case '--instances':
        set('instances', number(flag, next(), 1, LIMITS.instances));
        break;
      case '--think': {
        const raw = next();
        const match = raw === undefined ? null : /^(\d+)-(\d+)$/.exec(raw);
        if (!match) throw new UsageError('--think needs <min>-<max> in ms, e.g. 1000-3000');
        const [min, max] = [Number(match[1]), Number(match[2])];
        if (min > max || max > 60_000) throw new UsageError(`--think: ${raw} must be min ≤ max ≤ 60000`);
        set('thinkMs', [min, max]);
        break;
      }
      case '--only': {
        const raw = next();
        if (raw === undefined || raw.startsWith('--')) throw new UsageError('--only needs a list of endpoints');
        const names = raw.split(',').map((s) => s.trim()).filter(Boolean);
        const unknown = names.filter((n) => !(ENDPOINTS as readonly string[]).includes(n));
        if (unknown.length || names.length === 0) throw new UsageError(`--only: unknown endpoint ${unknown.join(', ') || '(none)'}; known: ${ENDPOINTS.join(', ')}`);
        set('endpoints', names as Endpoint[]);
        break;
      }
      case '--mix-only':
        set('endpoints', []);
        break;
      case '--profile': {
        const raw = next();
        if (raw === undefined || raw.startsWith('--')) throw new UsageError('--profile needs a directory');
        set('profileDir', raw);
        break;
      }
      case '--heap-snapshots':
        options.heapSnapshots = true;
        break;
      case '--label': {
        const raw = next();
        if (raw === undefined || !/^[\w .:+-]{1,40}$/.test(raw)) throw new UsageError('--label needs 1–40 letters, digits or " .:+-_"');
        set('label', raw);
        break;
      }
      case '--no-doc':
        options.writeDoc = false;
        break;
      default:
        throw new UsageError(`unknown option ${flag}`);
    }
  }
  if (options.quick) {
    for (const [key, value] of Object.entries(QUICK) as [keyof LoadtestOptions, never][]) if (!explicit.has(key)) options[key] = value;
  }
  if (options.heapSnapshots && options.soakSeconds === 0) throw new UsageError('--heap-snapshots needs --soak <s>');
  if (options.heapSnapshots && options.instances > 1) throw new UsageError('--heap-snapshots needs --instances 1 (one heap to compare)');
  if (options.endpoints.length === 0 && options.mixSeconds === 0 && options.soakSeconds === 0) throw new UsageError('nothing to run: no endpoints, no mix, no soak');
  return options;
}

/** [connections, seconds] of one endpoint's closed-loop run under these options. */
export function closedRun(options: LoadtestOptions, endpoint: Endpoint): [number, number] {
  const [connections, seconds] = CLOSED_DEFAULTS[endpoint];
  return [options.connections ?? connections, options.duration ?? seconds];
}

/** The percentile (0–100) of sorted values, nearest-rank. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? NaN;
}

/** Which request a simulated user makes next, from a uniform draw in [0, 1): the deadline mix. */
export type MixAction = 'line-save' | 'report' | 'overview';
export const MIX: readonly [MixAction, number][] = [
  ['line-save', 0.7],
  ['report', 0.2],
  ['overview', 0.1],
];
export function mixAction(draw: number): MixAction {
  let r = draw;
  for (const [action, weight] of MIX) if ((r -= weight) < 0) return action;
  return 'overview';
}
