/**
 * gzip for the production server (scripts/serve.mjs), deciding per response once it knows enough:
 * a body that ends below 1 KB goes out as it is, with its Content-Length, in one socket write;
 * anything larger, or still streaming at the end of the current turn of the event loop, is
 * compressed as it streams (when the client accepts gzip and the type is text-like).
 *
 * Why not Next's own compression (`compress: true`, now off in next.config.js): Next strips the
 * Content-Length of a route's Response and streams every body, so its compression middleware
 * cannot see that a body is small and gzips all of them — a line save's 400-byte answer took
 * three thread-pool round trips and four socket writes instead of one (issue 13,
 * docs/benchmarks.md "Fourth round"). Behind a reverse proxy that compresses, set
 * COMPRESSION=off.
 */
import { constants, createGzip } from 'node:zlib';

export const THRESHOLD_BYTES = 1024;

const COMPRESSIBLE = /^\s*(text\/|application\/(json|javascript|x-javascript|xml|manifest\+json|x-component)|image\/svg\+xml)/i;

/** True when the Accept-Encoding header accepts gzip (a q of 0 refuses it). */
export function acceptsGzip(header) {
  if (typeof header !== 'string') return false;
  return header.split(',').some((part) => {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    if (coding.trim() !== 'gzip' && coding.trim() !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

function appendVary(res, value) {
  const current = res.getHeader('Vary');
  const list = (Array.isArray(current) ? current.join(',') : String(current ?? '')).split(',').map((v) => v.trim()).filter(Boolean);
  if (list.includes('*') || list.some((v) => v.toLowerCase() === value.toLowerCase())) return;
  res.setHeader('Vary', [...list, value].join(', '));
}

const toBuffer = (chunk, encoding) => (Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, encoding) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));

/**
 * Wraps `res` (before the app writes to it): writes are held until the body ends, reaches
 * THRESHOLD_BYTES, or the current turn of the event loop ends; then the response is sent plain
 * (with Content-Length when it ended) or gzipped. Backpressure of the gzip stream is passed on as
 * the response's own `drain`, and `res.flush()` pushes out what gzip holds (streamed pages).
 */
export function compressLazily(req, res) {
  if (req.method === 'HEAD' || !acceptsGzip(req.headers['accept-encoding'])) return;
  const write = res.write;
  const end = res.end;
  const flushHeaders = res.flushHeaders;
  let mode = 'hold'; // → 'plain' | 'gzip'
  let held = [];
  let heldBytes = 0;
  let callbacks = [];
  let ended = false;
  let gzip = null;
  let timer = null;

  const compressible = () =>
    !res.headersSent &&
    res.statusCode !== 204 &&
    res.statusCode !== 304 &&
    res.statusCode >= 200 &&
    !res.getHeader('Content-Encoding') &&
    !res.getHeader('Content-Range') &&
    !/\bno-transform\b/i.test(String(res.getHeader('Cache-Control') ?? '')) &&
    COMPRESSIBLE.test(String(res.getHeader('Content-Type') ?? ''));

  const runCallbacks = () => {
    const pending = callbacks;
    callbacks = [];
    for (const cb of pending) cb();
  };

  /** Leaves the holding mode: plain, or gzip when the body is (or may become) large. */
  const decide = () => {
    if (timer) clearImmediate(timer);
    timer = null;
    const body = held.length === 1 ? held[0] : Buffer.concat(held, heldBytes);
    held = [];
    const large = heldBytes >= THRESHOLD_BYTES || !ended;
    if (large && compressible()) {
      mode = 'gzip';
      res.removeHeader('Content-Length');
      res.setHeader('Content-Encoding', 'gzip');
      appendVary(res, 'Accept-Encoding');
      gzip = createGzip();
      gzip.on('data', (data) => {
        if (write.call(res, data) === false) {
          gzip.pause();
          res.once('drain', () => gzip.resume());
        }
      });
      gzip.on('end', () => end.call(res, runCallbacks));
      gzip.on('drain', () => res.emit('drain'));
      gzip.on('error', (error) => res.destroy(error));
      res.once('close', () => gzip.destroy());
      if (ended) gzip.end(body);
      else {
        gzip.write(body);
        gzip.flush(constants.Z_SYNC_FLUSH);
      }
      return;
    }
    mode = 'plain';
    if (ended) {
      if (!res.headersSent && !res.getHeader('Transfer-Encoding')) res.setHeader('Content-Length', heldBytes);
      end.call(res, body, runCallbacks);
    } else {
      if (body.length > 0) write.call(res, body);
      runCallbacks();
    }
  };

  res.flushHeaders = function () {
    if (mode === 'plain') return flushHeaders.call(res);
    // Held: the headers go with the first bytes; gzip: already sent with its first bytes.
  };
  res.flush = function () {
    if (mode === 'gzip') gzip.flush(constants.Z_SYNC_FLUSH);
  };
  res.write = function (chunk, encoding, cb) {
    if (typeof encoding === 'function') [cb, encoding] = [encoding, undefined];
    if (mode === 'plain') return write.call(res, chunk, encoding, cb);
    if (mode === 'gzip') return gzip.write(toBuffer(chunk, encoding), cb);
    const bytes = toBuffer(chunk, encoding);
    held.push(bytes);
    heldBytes += bytes.length;
    if (cb) callbacks.push(cb);
    if (heldBytes >= THRESHOLD_BYTES) decide();
    else timer ??= setImmediate(() => mode === 'hold' && !ended && decide());
    return true;
  };
  res.end = function (chunk, encoding, cb) {
    if (typeof chunk === 'function') [cb, chunk, encoding] = [chunk, undefined, undefined];
    if (typeof encoding === 'function') [cb, encoding] = [encoding, undefined];
    if (mode === 'plain') return end.call(res, chunk, encoding, cb);
    if (ended) return res;
    ended = true;
    if (cb) callbacks.push(cb);
    if (mode === 'gzip') {
      gzip.end(chunk == null ? undefined : toBuffer(chunk, encoding));
      return res;
    }
    if (chunk != null) {
      const bytes = toBuffer(chunk, encoding);
      held.push(bytes);
      heldBytes += bytes.length;
    }
    decide();
    return res;
  };
}
