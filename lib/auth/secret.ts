/**
 * NEXTAUTH_SECRET signs and encrypts the session cookie. In production a missing or short
 * secret is refused at start (instrumentation.ts) rather than discovered at first sign-in.
 * Development and tests may run without one: a fixed, clearly insecure value is used.
 */
export const MIN_SECRET_LENGTH = 32;
const DEVELOPMENT_SECRET = 'development-only-secret-never-use-in-production-0000';

export function secretProblem(env: NodeJS.ProcessEnv = process.env): string | null {
  const secret = env.NEXTAUTH_SECRET;
  if (env.NODE_ENV !== 'production') return null;
  if (!secret) return 'NEXTAUTH_SECRET is not set. Set it to a random string of at least 32 characters (e.g. `openssl rand -base64 48`).';
  if (secret.length < MIN_SECRET_LENGTH)
    return `NEXTAUTH_SECRET is only ${secret.length} characters long; it must have at least ${MIN_SECRET_LENGTH} (e.g. \`openssl rand -base64 48\`).`;
  return null;
}

/** The secret to use; throws with the clear message in production when it is unusable. */
export function authSecret(env: NodeJS.ProcessEnv = process.env): string {
  const problem = secretProblem(env);
  if (problem) throw new Error(`Refusing to start: ${problem}`);
  return env.NEXTAUTH_SECRET || DEVELOPMENT_SECRET;
}
