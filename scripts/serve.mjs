/**
 * The production HTTP server: Next's request handler (the same as `next start`) in one or more
 * processes sharing one port (node:cluster). Node runs JavaScript on one core per process, and
 * the app keeps no state between requests that another process would need (docs/scaling.md §1:
 * sessions are cookies, caches are keyed on the database's data versions), so on a machine with
 * N cores N processes serve up to N times the requests. The primary only accepts connections and
 * hands them to the workers in turn; a worker that dies is replaced.
 *
 *   node scripts/serve.mjs [-p PORT] [-H HOST]        (PORT 3000, HOST every interface)
 *   WEB_CONCURRENCY=<n>   number of server processes (default 1; 1 = no cluster at all)
 *   COMPRESSION=off       no gzip here (a reverse proxy in front compresses); see http-compression.mjs
 *
 * The embedded database (PGlite, EMBEDDED_DB=1) is one database session: it always runs one
 * process. npm start (scripts/start.ts) and npm run loadtest start the app through this file.
 */
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import next from 'next';
import { compressLazily } from './http-compression.mjs';

function option(flag, fallback) {
  const at = process.argv.indexOf(flag);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const port = Number(option('-p', process.env.PORT ?? '3000'));
const host = option('-H', undefined);
const requested = Number(process.env.WEB_CONCURRENCY ?? '1');
const instances = process.env.EMBEDDED_DB === '1' ? 1 : Number.isInteger(requested) && requested >= 1 && requested <= 64 ? requested : 1;

async function serve() {
  const app = next({ dev: false, dir: process.cwd(), hostname: host ?? 'localhost', port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const compress = process.env.COMPRESSION !== 'off';
  const server = createServer((req, res) => {
    if (compress) compressLazily(req, res);
    handle(req, res).catch((error) => {
      console.error('[budget] request failed:', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('服务器内部错误');
    });
  });
  server.listen(port, host, () => {
    if (!cluster.isWorker || cluster.worker?.id === 1) console.log(`ready on http://${host ?? 'localhost'}:${port}${instances > 1 ? ` (${instances} processes)` : ''}`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (instances === 1 || cluster.isWorker) {
  await serve();
} else {
  let stopping = false;
  for (let i = 0; i < instances; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`[budget] server process ${worker.process.pid} ended (${signal ?? code}); starting another`);
    cluster.fork();
  });
  const stop = (signal) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
