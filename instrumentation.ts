/**
 * Runs once when the server starts. In production it refuses to start without a usable
 * NEXTAUTH_SECRET (missing, or shorter than 32 characters), with a clear message. Unless
 * TRUST_PROXY is set, client-sent X-Forwarded-* headers are dropped (lib/http/forwarded-headers.ts).
 * Started by scripts/start.ts on the embedded database, it exits when that process is gone.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { refuseToStartWithoutSecret } = await import('./lib/auth/startup-check');
  refuseToStartWithoutSecret();
  const { dropUntrustedForwarding } = await import('./lib/http/forwarded-headers');
  dropUntrustedForwarding();
  const { exitWhenEmbeddedDatabaseGone } = await import('./lib/db/embedded-parent');
  exitWhenEmbeddedDatabaseGone();
}
