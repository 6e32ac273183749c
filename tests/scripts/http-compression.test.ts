// The production server's gzip (scripts/http-compression.mjs) on a real Node HTTP server, driven
// the way Next's response pipe drives it: flushHeaders, write, flush after each write, end.
import { createServer, request, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGunzip, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptsGzip, compressLazily, THRESHOLD_BYTES } from '../../scripts/http-compression.mjs';

type Handler = (req: IncomingMessage, res: ServerResponse & { flush?: () => void }) => void | Promise<void>;
let close: (() => Promise<void>) | null = null;

async function serve(handler: Handler): Promise<string> {
  const server = createServer((req, res) => {
    compressLazily(req, res);
    void handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  close = () => new Promise((r) => server.close(() => r()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
afterEach(async () => {
  await close?.();
  close = null;
});

async function get(url: string, headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br' }, method = 'GET') {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; raw: Buffer }>((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, raw: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** As Next's pipe writes a route's body: headers flushed, one write, flush, end. */
const nextLike = (type: string, body: string | Buffer, status = 200): Handler => (_req, res) => {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.flushHeaders();
  if (body.length > 0) res.write(body);
  res.flush?.();
  res.end();
};

const json = (bytes: number) => JSON.stringify({ note: 'x'.repeat(Math.max(0, bytes - 11)) });

describe('lazy gzip of the production server', () => {
  it('sends a small JSON answer as it is, with its Content-Length and no chunked framing', async () => {
    const body = json(400);
    const res = await get(await serve(nextLike('application/json', body)));
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['transfer-encoding']).toBeUndefined();
    expect(res.headers['content-length']).toBe(String(Buffer.byteLength(body)));
    expect(res.raw.toString()).toBe(body);
  });

  it('gzips a body from the threshold on, says so in Vary, and the bytes come back unchanged', async () => {
    const body = json(THRESHOLD_BYTES) + '中文'.repeat(2000);
    const res = await get(await serve(nextLike('application/json; charset=utf-8', body)));
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-length']).toBeUndefined();
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
    expect(res.raw.length).toBeLessThan(Buffer.byteLength(body));
    expect(gunzipSync(res.raw).toString()).toBe(body);
  });

  it('does not gzip for a client that does not accept it, a HEAD, a 304, or a type that is already compressed', async () => {
    const big = 'a'.repeat(5000);
    expect((await get(await serve(nextLike('text/html', big)), {})).headers['content-encoding']).toBeUndefined();
    await close?.();
    expect((await get(await serve(nextLike('text/html', big)), { 'accept-encoding': 'gzip;q=0' })).raw.toString()).toBe(big);
    await close?.();
    const xlsx = Buffer.alloc(5000, 7);
    const download = await get(await serve(nextLike('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsx)));
    expect(download.headers['content-encoding']).toBeUndefined();
    expect(download.raw.equals(xlsx)).toBe(true);
    await close?.();
    const notModified = await get(await serve(nextLike('text/html', '', 304)));
    expect(notModified.status).toBe(304);
    expect(notModified.headers['content-encoding']).toBeUndefined();
    await close?.();
    const head = await get(await serve((_req, res) => {
      res.setHeader('Content-Type', 'text/html');
      res.end();
    }), undefined, 'HEAD');
    expect(head.headers['content-encoding']).toBeUndefined();
  });

  it('streams: a first part still under the threshold reaches the client before the page goes on', async () => {
    let received: () => void = () => undefined;
    const clientHasFirst = new Promise<void>((r) => (received = r));
    const url = await serve(async (_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.flushHeaders();
      res.write('<!DOCTYPE html><p>外壳</p>');
      res.flush?.();
      // The rest is written only once the client has the shell: held bytes would deadlock here.
      await Promise.race([clientHasFirst, new Promise((_, reject) => setTimeout(() => reject(new Error('shell held back')), 5000))]);
      res.write('<p>内容</p>');
      res.flush?.();
      res.end();
    });
    const text = await new Promise<string>((resolve, reject) => {
      request(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        expect(res.headers['content-encoding']).toBe('gzip');
        const gunzip = res.pipe(createGunzip());
        let out = '';
        gunzip.on('data', (c: Buffer) => {
          out += c.toString();
          if (out.includes('外壳')) received();
        });
        gunzip.on('end', () => resolve(out));
        gunzip.on('error', reject);
      }).end();
    });
    expect(text).toBe('<!DOCTYPE html><p>外壳</p><p>内容</p>');
  });

  it('keeps backpressure: a large streamed body written as Next writes it (waiting for drain) arrives whole', async () => {
    const part = Buffer.from('<tr><td>一般公共预算</td><td>1,234.56</td></tr>'.repeat(400));
    const parts = 200;
    const url = await serve(async (_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.flushHeaders();
      for (let i = 0; i < parts; i++) {
        const ok = res.write(part);
        res.flush?.();
        if (!ok) await new Promise((r) => res.once('drain', r));
      }
      res.end();
    });
    const res = await get(url);
    expect(res.headers['content-encoding']).toBe('gzip');
    const body = gunzipSync(res.raw);
    expect(body.length).toBe(part.length * parts);
    expect(body.subarray(0, part.length).equals(part)).toBe(true);
  });

  it('reads Accept-Encoding as HTTP means it', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1, gzip;q=0.5')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
