/**
 * TRUST_PROXY (off by default): only behind a reverse proxy that sets X-Forwarded-For may the
 * app believe it. Off, every X-Forwarded-* / Forwarded / X-Real-IP header a client sends is
 * removed before Next sees the request, so Next fills X-Forwarded-For with the socket's address
 * and the audit log and the lockout record the real peer. Installed once from instrumentation.ts
 * (Node only); requests accepted in the moment before it runs keep their headers.
 */
import http from 'node:http';

export function trustProxy(env: NodeJS.ProcessEnv = process.env): boolean {
  return ['1', 'true', 'yes'].includes((env.TRUST_PROXY ?? '').trim().toLowerCase());
}

const CLIENT_SUPPLIED = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'forwarded', 'x-real-ip'];

let installed = false;

export function dropUntrustedForwarding(env: NodeJS.ProcessEnv = process.env): void {
  if (installed || trustProxy(env)) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    const req = args[0];
    if (event === 'request' && req instanceof http.IncomingMessage) {
      for (const name of CLIENT_SUPPLIED) delete req.headers[name];
    }
    return Boolean(Reflect.apply(emit, this, [event, ...args]));
  };
}
