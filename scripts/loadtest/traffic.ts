/**
 * The requests of the load test. Closed loop (autocannon): each connection repeats one endpoint
 * as fast as the server answers. Open loop (the deadline mix): each simulated user waits a think
 * time, then makes one request — 70 % line saves, 20 % report views, 10 % county/approval pages —
 * on its own schedule, whatever the server's speed (requests start on time and overlap if the
 * server is slow), so latency under a realistic arrival rate is what is measured.
 */
import autocannon from 'autocannon';
import { mixAction, percentile, type Endpoint } from './args';
import { YEAR, type SimUser } from './setup';

export interface Session {
  user: SimUser;
  cookie: string;
}

export interface RunResult {
  name: string;
  connections: number;
  seconds: number;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** Status → count of the non-2xx answers (and 'error' for transport errors). */
  failures: Record<string, number>;
  /** The mix only: the same figures per kind of request (line save, report json/html/xlsx, county, approval). */
  parts?: RunResult[];
}

export interface Sessions {
  accountants: Session[];
  leaders: Session[];
  reviewers: Session[];
}

function summarise(name: string, connections: number, seconds: number, latencies: number[], failures: Record<string, number>): RunResult {
  latencies.sort((a, b) => a - b);
  const errors = Object.values(failures).reduce((a, b) => a + b, 0);
  return {
    name,
    connections,
    seconds,
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
    failures,
  };
}

const reportPath = (department: string, format: 'json' | 'html' | 'xlsx') =>
  `/api/report?department=${department}&year=${YEAR}&unit=${encodeURIComponent('万元')}&format=${format}`;

/** The next amount of a line: alternates, so every save changes the line (and the report). */
function nextAmount(line: SimUser['lines'][number]): string {
  line.amount = line.amount === 100_000 ? 100_001 : 100_000;
  return `${line.amount}.00`;
}

function readerOf(sessions: Sessions, k: number): Session {
  const pool = [...sessions.leaders, ...sessions.reviewers, ...sessions.accountants];
  const s = pool[k % pool.length];
  if (!s) throw new Error('loadtest: no sessions');
  return s;
}

/** The department a reader views: its own, or (a reviewer) one of the county's. */
function departmentOf(session: Session, departments: string[], k: number): string {
  return session.user.departmentCode ?? departments[k % departments.length] ?? '800';
}

/** One endpoint, closed loop, `connections` connections for `seconds`. */
export async function closedLoop(baseUrl: string, endpoint: Endpoint, sessions: Sessions, departments: string[], connections: number, seconds: number): Promise<RunResult> {
  let assigned = 0;
  type Context = { session?: Session; line?: number };
  const request: autocannon.Request = {
    setupRequest: (req: autocannon.Request, context: Context) => {
      if (!context.session) {
        const k = assigned++;
        context.session =
          endpoint === 'line-save' || endpoint === 'lines-page'
            ? sessions.accountants[k % sessions.accountants.length]
            : endpoint === 'county-page'
              ? sessions.reviewers[k % sessions.reviewers.length]
              : readerOf(sessions, k);
        context.line = 0;
      }
      const session = context.session;
      if (!session) throw new Error('loadtest: no session');
      const headers = { cookie: session.cookie };
      switch (endpoint) {
        case 'report-json':
        case 'report-html':
        case 'report-xlsx':
          return { ...req, method: 'GET', path: reportPath(departmentOf(session, departments, assigned), endpoint.slice(7) as 'json'), headers };
        case 'lines-page':
          return { ...req, method: 'GET', path: `/lines?unit=${session.user.unitId}&year=${YEAR}`, headers };
        case 'county-page':
          return { ...req, method: 'GET', path: `/county?year=${YEAR}`, headers };
        case 'line-save': {
          const lines = session.user.lines;
          const line = lines[(context.line = ((context.line ?? 0) + 1) % lines.length)];
          if (!line) throw new Error(`loadtest: ${session.user.username} has no lines`);
          return {
            ...req,
            method: 'PATCH',
            path: `/api/lines/${line.id}`,
            headers: { ...headers, 'content-type': 'application/json' },
            body: JSON.stringify({ id: line.id, version: line.version, amountYuan: nextAmount(line) }),
          };
        }
      }
    },
    onResponse: (status: number, body: string, context: Context) => {
      if (endpoint !== 'line-save' || status !== 200 || !context.session) return;
      const line = context.session.user.lines[context.line ?? 0];
      const saved = JSON.parse(body) as { id?: string; version?: number };
      if (line && saved.id === line.id && typeof saved.version === 'number') line.version = saved.version;
    },
  } as autocannon.Request;
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  const instance = autocannon({ url: baseUrl, connections, duration: seconds, requests: [request], timeout: 30 });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 200 && status < 300) latencies.push(ms);
    else failures[status] = (failures[status] ?? 0) + 1;
  });
  instance.on('reqError', () => {
    failures.error = (failures.error ?? 0) + 1;
  });
  await instance;
  return summarise(endpoint, connections, seconds, latencies, failures);
}

/** A uniform draw in [min, max). */
const between = (min: number, max: number) => min + Math.random() * (max - min);

/**
 * The open-loop deadline mix for `seconds`: each of `users` simulated users thinks, then fires a
 * request without waiting for earlier ones to finish. User i is accountant i (its line saves),
 * views reports as itself or leader/reviewer i, and opens county/approval pages as reviewer i.
 */
export async function deadlineMix(baseUrl: string, sessions: Sessions, departments: string[], users: number, seconds: number, thinkMs: [number, number], name = 'deadline mix'): Promise<RunResult> {
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  const byKind = new Map<string, { latencies: number[]; failures: Record<string, number> }>();
  const inFlight = new Set<Promise<void>>();
  const end = performance.now() + seconds * 1000;
  const fire = async (kind: string, path: string, init: RequestInit, after?: (body: string) => void) => {
    const part = byKind.get(kind) ?? { latencies: [], failures: {} };
    byKind.set(kind, part);
    const start = performance.now();
    try {
      const res = await fetch(baseUrl + path, { ...init, redirect: 'manual', signal: AbortSignal.timeout(30_000) });
      const body = await res.text();
      const ms = performance.now() - start;
      if (res.status >= 200 && res.status < 300) {
        latencies.push(ms);
        part.latencies.push(ms);
        after?.(body);
      } else {
        failures[res.status] = (failures[res.status] ?? 0) + 1;
        part.failures[res.status] = (part.failures[res.status] ?? 0) + 1;
      }
    } catch {
      failures.error = (failures.error ?? 0) + 1;
      part.failures.error = (part.failures.error ?? 0) + 1;
    }
  };
  const user = async (i: number) => {
    const accountant = sessions.accountants[i % sessions.accountants.length];
    const reviewer = sessions.reviewers[i % sessions.reviewers.length];
    if (!accountant || !reviewer) throw new Error('loadtest: no sessions');
    let n = 0;
    // Users start spread over the first think time, not all at once.
    await new Promise((r) => setTimeout(r, between(0, thinkMs[1])));
    while (performance.now() < end) {
      const action = mixAction(Math.random());
      let request: Promise<void>;
      if (action === 'line-save') {
        const line = accountant.user.lines[n++ % accountant.user.lines.length];
        if (!line) throw new Error('loadtest: no lines');
        // A user saves a line only after its previous save of that line answered (it holds the version).
        request = fire(
          'line save',
          `/api/lines/${line.id}`,
          {
            method: 'PATCH',
            headers: { cookie: accountant.cookie, 'content-type': 'application/json' },
            body: JSON.stringify({ id: line.id, version: line.version, amountYuan: nextAmount(line) }),
          },
          (body) => {
            const saved = JSON.parse(body) as { version?: number };
            if (typeof saved.version === 'number') line.version = saved.version;
          },
        );
        await request;
      } else if (action === 'report') {
        const reader = i % 2 === 0 ? accountant : readerOf(sessions, i);
        const draw = Math.random();
        const format = draw < 0.6 ? 'json' : draw < 0.9 ? 'html' : 'xlsx';
        request = fire(`report ${format}`, reportPath(departmentOf(reader, departments, n++), format), { headers: { cookie: reader.cookie } });
      } else {
        const page = Math.random() < 0.5 ? 'county' : 'approval';
        request = fire(`${page} page`, `/${page}?year=${YEAR}`, { headers: { cookie: reviewer.cookie } });
      }
      inFlight.add(request);
      void request.finally(() => inFlight.delete(request));
      await new Promise((r) => setTimeout(r, between(thinkMs[0], thinkMs[1])));
    }
  };
  await Promise.all(Array.from({ length: users }, (_, i) => user(i)));
  await Promise.all(inFlight);
  const parts = [...byKind].sort(([a], [b]) => a.localeCompare(b)).map(([kind, part]) => summarise(`  ${kind}`, users, seconds, part.latencies, part.failures));
  return { ...summarise(name, users, seconds, latencies, failures), parts };
}
