/**
 * Runs once when the server starts. In production it refuses to start without a usable
 * NEXTAUTH_SECRET (missing, or shorter than 32 characters), with a clear message.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { secretProblem } = await import('./lib/auth/secret');
  const problem = secretProblem();
  if (problem) {
    console.error(`\n[budget] Refusing to start: ${problem}\n`);
    process.exit(1);
  }
}
